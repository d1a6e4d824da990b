//go:build !js

package wasmtest

// End-to-end tests of the embed: the calculator embedded in an article page
// of another origin (with embed=1 it sends its height in the Datawrapper,
// Pym.js and AMP forms; the listener script web/embed.js), and the export
// and import of a scenario.

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// heightMessage is one height report read from the host page's recorder.
type heightMessage struct {
	Origin string          `json:"origin"`
	Data   json.RawMessage `json:"data"`
}

// heightReports returns the heights received so far in each form: Datawrapper's
// for id, Pym.js's for id, AMP's.
func heightReports(t testing.TB, ctx context.Context, origin, id string) (dw, pym, amp []int) {
	t.Helper()
	var msgs []heightMessage
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `JSON.stringify(window.msgs)`)), &msgs); err != nil {
		t.Fatal(err)
	}
	pymRe := regexp.MustCompile(`^pymxPYMx` + regexp.QuoteMeta(id) + `xPYMxheightxPYMx(\d+)$`)
	for _, m := range msgs {
		if m.Origin != origin {
			continue
		}
		var s string
		if json.Unmarshal(m.Data, &s) == nil {
			if sm := pymRe.FindStringSubmatch(s); sm != nil {
				var h int
				fmt.Sscan(sm[1], &h)
				pym = append(pym, h)
			}
			continue
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(m.Data, &obj) != nil {
			continue
		}
		if raw, ok := obj["datawrapper-height"]; ok {
			var byID map[string]float64
			if json.Unmarshal(raw, &byID) == nil {
				if h, ok := byID[id]; ok {
					dw = append(dw, int(h))
				}
			}
		}
		var sentinel, typ string
		json.Unmarshal(obj["sentinel"], &sentinel)
		json.Unmarshal(obj["type"], &typ)
		if sentinel == "amp" && typ == "embed-size" {
			var h float64
			if json.Unmarshal(obj["height"], &h) == nil {
				amp = append(amp, int(h))
			}
		}
	}
	return dw, pym, amp
}

// waitHeightReports waits until at least n reports of each form have arrived
// (Pym.js's only when the frame's URL has a childId).
func waitHeightReports(t testing.TB, ctx context.Context, origin, id string, withPym bool, n int) (dw, pym, amp []int) {
	t.Helper()
	if !eventually(stepTimeout, func() bool {
		dw, pym, amp = heightReports(t, ctx, origin, id)
		return len(dw) >= n && (len(pym) >= n || !withPym) && len(amp) >= n
	}) {
		t.Fatalf("height reports: Datawrapper %v, Pym.js %v, AMP %v; want %d of each (messages: %s)",
			dw, pym, amp, n, eval[string](t, ctx, `JSON.stringify(window.msgs)`))
	}
	return dw, pym, amp
}

// lastHeight is the last report of a form (0 when none has come).
func lastHeight(v []int) int {
	if len(v) == 0 {
		return 0
	}
	return v[len(v)-1]
}

// waitReportsFit waits until the last report of each form (Pym.js's only
// with a childId) is one and the same height, that of the framed document's
// content within a few pixels: the reports have caught up with the page as
// it is now. It returns the reports and the content height as they are
// then, or at the deadline.
func waitReportsFit(t testing.TB, ctx, fctx context.Context, origin, id string, withPym bool) (dw, pym, amp []int, content int) {
	t.Helper()
	eventually(5*time.Second, func() bool {
		dw, pym, amp = heightReports(t, ctx, origin, id)
		content = eval[int](t, fctx, contentHeightJS)
		h := lastHeight(dw)
		return h > 0 && nearPx(h, content) && (!withPym || lastHeight(pym) == h) && lastHeight(amp) == h
	})
	return dw, pym, amp, content
}

// readSnippet reads the embed code the calculator produces for a scenario.
func readSnippet(t testing.TB, ctx context.Context, calcURL string) (code, src string) {
	t.Helper()
	openApp(t, ctx, calcURL)
	code = eval[string](t, ctx, `document.querySelector('[data-testid="embed-snippet"]').value`)
	m := regexp.MustCompile(`<iframe[^>]*\ssrc="([^"]+)"`).FindStringSubmatch(code)
	if m == nil {
		t.Fatalf("no iframe src in the embed code %q", code)
	}
	return code, html.UnescapeString(m[1])
}

func TestEmbed(t *testing.T) {
	srv := startServer(t)
	host := startArticleHost(t)
	ctx := newBrowser(t)

	code, src := readSnippet(t, ctx, srv.URL+"/?lang=en&pre=800")
	t.Logf("embed code: %s", code)

	t.Run("snippet", func(t *testing.T) {
		u, err := url.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := u.Scheme + "://" + u.Host; got != srv.URL {
			t.Errorf("the frame's src %q is not on the calculator's origin %s", src, srv.URL)
		}
		q := u.Query()
		for k, v := range map[string]string{"embed": "1", "pre": "800", "lang": "en"} {
			if q.Get(k) != v {
				t.Errorf("the frame's src %q: want %s=%s", src, k, v)
			}
		}
		for _, part := range []string{"data-roundcalc", `loading="lazy"`, `title="`, "width:100%", srv.URL + "/web/embed.js"} {
			if !strings.Contains(code, part) {
				t.Errorf("the embed code lacks %q", part)
			}
		}
		js, _ := httpGet(t, srv.URL+"/web/embed.js")
		if len(js) >= 2048 {
			t.Errorf("web/embed.js is %d bytes, want well under 2 KB", len(js))
		}
	})

	// The snippet's frame with a Pym.js child id, in a page with no listener:
	// the messages themselves are checked.
	pymSrc := src + "&childId=rc1"
	frameA := strings.Replace(strings.SplitN(code, "\n", 2)[0], `src="`+html.EscapeString(src)+`"`, `id="calc" src="`+html.EscapeString(pymSrc)+`"`, 1)
	if !strings.Contains(frameA, `id="calc"`) {
		t.Logf("the embed code's iframe could not be edited; using an equivalent one")
		frameA = `<iframe id="calc" data-roundcalc src="` + html.EscapeString(pymSrc) + `" title="roundcalc" style="width:100%;border:0" height="1600"></iframe>`
	}
	host.set("/messages", articleHTML(frameA))

	t.Run("messages", func(t *testing.T) {
		navigate(t, ctx, host.URL+"/messages")
		waitHeightReports(t, ctx, srv.URL, "rc1", true, 1)
		fctx := attachFrame(t, ctx, srv.URL+"/")
		waitApp(t, fctx)
		// The last report of each form comes to stand for the page as it is now.
		dw, pym, amp, content := waitReportsFit(t, ctx, fctx, srv.URL, "rc1", true)
		h := lastHeight(dw)
		if lastHeight(pym) != h || lastHeight(amp) != h {
			t.Errorf("the three forms disagree: Datawrapper %v, Pym.js %v, AMP %v", dw, pym, amp)
		}
		t.Logf("reported %d px, content %d px (frame viewport %d)", h, content, eval[int](t, fctx, `innerHeight`))
		if !nearPx(h, content) {
			t.Errorf("reported height %d px, the frame's content is %d px", h, content)
		}
		// The framed page: the link's scenario, no header, a link to the full calculator.
		if got := eval[string](t, fctx, `document.querySelector('[data-testid="verdict"]').textContent`); !strings.Contains(got, "$910B") {
			t.Errorf("framed verdict %q, want $910B (pre=800)", got)
		}
		if eval[bool](t, fctx, `!!document.querySelector("header, .masthead, footer")`) {
			t.Error("the embedded page shows its header or footer")
		}
		full := eval[string](t, fctx, `(document.querySelector('[data-testid="open-full"]') || {}).href || ""`)
		if fu, err := url.Parse(full); err != nil || fu.Query().Get("pre") != "800" || fu.Query().Has("embed") {
			t.Errorf("open-full link %q: want the scenario (pre=800) without embed", full)
		}

		t.Run("host-triggered change", func(t *testing.T) {
			// The article loads another scenario with three more tranches,
			// and the headline figures: a taller page.
			eval[bool](t, ctx, `(window.msgs = [], true)`)
			bigger := pymSrc + "&t.x1=5&t.x2=5&t.x3=5&show=verdict,figures,contributions"
			eval[bool](t, ctx, fmt.Sprintf(`(document.getElementById("calc").src = %s, true)`, jsString(bigger)))
			waitHeightReports(t, ctx, srv.URL, "rc1", true, 1)
			fctx := attachFrame(t, ctx, bigger)
			waitApp(t, fctx)
			waitDataValue(t, fctx, "raised", "125.0000000000")
			dw, pym, amp, content := waitReportsFit(t, ctx, fctx, srv.URL, "rc1", true)
			if lastHeight(dw) <= h {
				t.Errorf("with three more tranches the reported height is %d px, before %d px", lastHeight(dw), h)
			}
			if !nearPx(lastHeight(dw), content) || !nearPx(lastHeight(pym), content) || !nearPx(lastHeight(amp), content) {
				t.Errorf("reported %v / %v / %v px, the frame's content is %d px", dw, pym, amp, content)
			}
		})

		t.Run("resize", func(t *testing.T) {
			before, _, _ := heightReports(t, ctx, srv.URL, "rc1")
			eval[bool](t, ctx, `(document.getElementById("col").style.width = "320px", true)`)
			fctx := attachFrame(t, ctx, srv.URL+"/")
			var dw []int
			var content int
			if !eventually(5*time.Second, func() bool {
				dw, _, _ = heightReports(t, ctx, srv.URL, "rc1")
				content = eval[int](t, fctx, contentHeightJS)
				return len(dw) > len(before) && nearPx(lastHeight(dw), content)
			}) {
				t.Errorf("after the column narrowed to 320 px: reports %v, content %d px", dw, content)
			}
		})
	})

	// The produced snippet as is, its listener script included.
	host.set("/listener", articleHTML(code))
	openListener := func(t *testing.T) context.Context {
		t.Helper()
		navigate(t, ctx, host.URL+"/listener")
		dw, pym, amp := waitHeightReports(t, ctx, srv.URL, "roundcalc", false, 1)
		if len(pym) > 0 {
			t.Errorf("Pym.js messages %v from a frame with no childId", pym)
		}
		if lastHeight(dw) != lastHeight(amp) {
			t.Errorf("Datawrapper %v and AMP %v disagree", dw, amp)
		}
		fctx := attachFrame(t, ctx, srv.URL+"/")
		waitApp(t, fctx)
		if !eval[bool](t, ctx, `window.roundcalcEmbed === true`) {
			t.Error("the listener script did not run in the host page")
		}
		return fctx
	}

	t.Run("listener after load", func(t *testing.T) {
		fctx := openListener(t)
		var dw []int
		var frame int
		if !eventually(5*time.Second, func() bool {
			dw, _, _ = heightReports(t, ctx, srv.URL, "roundcalc")
			frame = eval[int](t, ctx, `Math.round(document.querySelector("iframe[data-roundcalc]").getBoundingClientRect().height)`)
			return frame == lastHeight(dw)
		}) {
			t.Fatalf("the frame is %d px tall, the last reported height %d px (%v)", frame, lastHeight(dw), dw)
		}
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "after load")
	})

	t.Run("listener follows a narrower then wider column", func(t *testing.T) {
		fctx := openListener(t)
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "after load")
		eval[bool](t, ctx, `(document.getElementById("col").style.width = "320px", true)`)
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "column narrowed to 320 px (taller content)")
		eval[bool](t, ctx, `(document.getElementById("col").style.width = "600px", true)`)
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "column back to 600 px (shorter content)")
	})

	t.Run("listener follows a change in the frame", func(t *testing.T) {
		fctx := openListener(t)
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "after load")
		// The reader moves a lever inside the frame: the verdict follows.
		setField(t, fctx, "field-pre", "900")
		poll(t, fctx, `document.querySelector('[data-testid="verdict"]').textContent.includes("$1,010B")`, stepTimeout)
		before := eval[int](t, fctx, contentHeightJS)
		// A refused value shows a message above the figures: a layout
		// change that makes the page taller.
		setField(t, fctx, "field-pre", "abc")
		waitErrorText(t, fctx)
		if after := eval[int](t, fctx, contentHeightJS); after <= before {
			t.Errorf("a refused value's message did not make the page taller (%d → %d px)", before, after)
		}
		waitFrameFits(t, ctx, fctx, "iframe[data-roundcalc]", "after a message appeared in the frame")
	})
}

// An exported scenario file, imported back, reproduces the scenario; a bad
// file is refused with a message and changes nothing.
func TestExportImport(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	// Downloads are captured in the page (captureDownloads).
	// download clicks testid and returns the file's name, type and text.
	download := func(t *testing.T, testid string) (name, typ, body string) {
		t.Helper()
		n := eval[int](t, ctx, `window.blobs.length`)
		clickTestid(t, ctx, testid)
		poll(t, ctx, fmt.Sprintf(`window.blobs.length > %d && window.downloads.length > %d`, n, n), stepTimeout)
		// The text as bytes, decoded here: Blob.text() would drop a BOM.
		res := eval[[3]string](t, ctx, fmt.Sprintf(`(async () => {
			const b = window.blobs[%d];
			const bytes = new Uint8Array(await b.arrayBuffer());
			return [window.downloads[%d], b.type, Array.from(bytes, (c) => String.fromCharCode(c)).join("")];
		})()`, n, n))
		raw := make([]byte, 0, len(res[2]))
		for _, r := range res[2] {
			raw = append(raw, byte(r))
		}
		return res[0], res[1], string(raw)
	}
	importText := func(t *testing.T, content string) {
		t.Helper()
		ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
			const input = document.querySelector('[data-testid="import-json"]');
			if (!input) return false;
			const dt = new DataTransfer();
			dt.items.add(new File([%s], "scenario.json", {type: "application/json"}));
			input.files = dt.files;
			input.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`, jsString(content)))
		if !ok {
			t.Fatal("no import-json input")
		}
	}
	figureIDs := []string{"post-money", "raised", "dilution", "equity-msft", "equity-amzn", "net-flow-sftb", "collapse-loss-nvda"}
	for _, h := range append(append([]string{}, capHolders...), "x1") {
		figureIDs = append(figureIDs, "stake-before-"+h, "stake-after-"+h)
	}
	figures := func(t *testing.T) map[string]string {
		t.Helper()
		out := map[string]string{}
		for _, id := range figureIDs {
			if hasTestid(t, ctx, id) {
				out[id] = dataValue(t, ctx, id)
			} else {
				out[id] = "(absent)"
			}
		}
		return out
	}
	sameFigures := func(t *testing.T, want map[string]string, what string) {
		t.Helper()
		got := figures(t)
		for _, id := range figureIDs {
			if got[id] != want[id] {
				t.Errorf("%s: %s = %s, want %s", what, id, got[id], want[id])
			}
		}
	}

	scenario := "lang=en&pre=800&q.amzn2=80&m.amzn2=1.5&s.msft=30&t.x1=20&name.x1=Oracle&gw=40"
	openApp(t, ctx, srv.URL+"/?"+scenario)
	// 800 + 30 + 30 + 15 + 35 / 1.5 + 20 (all close).
	waitDataValue(t, ctx, "raised", "130.0000000000")
	want := figures(t)
	if want["post-money"] != "918.3333333333" {
		t.Fatalf("post-money = %s, want 918.3333333333", want["post-money"])
	}
	captureDownloads(t, ctx)

	// The import looks like its neighbours, a button named in the page's
	// language: the file input covers its label, unseen, and a click on
	// what the reader sees opens the file chooser.
	t.Run("import button", func(t *testing.T) {
		got := eval[[]string](t, ctx, `(() => {
			const input = document.querySelector('[data-testid="import-json"]'), label = input.closest("label");
			const a = input.getBoundingClientRect(), b = label.getBoundingClientRect();
			// Inside the label's border (1 px).
			const covers = Math.abs(a.left - b.left) <= 1.5 && Math.abs(a.right - b.right) <= 1.5 && Math.abs(a.top - b.top) <= 1.5 && Math.abs(a.bottom - b.bottom) <= 1.5;
			return [label.textContent.trim(), getComputedStyle(input).opacity, String(covers), String(b.height >= 24)];
		})()`)
		if got[0] != "Import a scenario" || got[1] != "0" || got[2] != "true" || got[3] != "true" {
			t.Errorf("the import control: label %q, input opacity %s, input covers the label %s, 24 px tall %s", got[0], got[1], got[2], got[3])
		}
		if _, err := chromedp.Call(ctx, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(ctx, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: false})
		opened := make(chan struct{}, 1)
		lctx, stop := context.WithCancel(ctx)
		defer stop()
		events := chromedp.Events(lctx, page.FileChooserOpened)
		go func() {
			for _, err := range events {
				if err == nil {
					opened <- struct{}{}
				}
				return
			}
		}()
		step(t, ctx, chromedp.Click(`label.file`))
		select {
		case <-opened:
		case <-time.After(stepTimeout):
			t.Error("a click on the import button opened no file chooser")
		}
	})

	var exported string
	t.Run("export", func(t *testing.T) {
		name, typ, body := download(t, "export-json")
		exported = body
		if name != "roundcalc-scenario.json" || !strings.HasPrefix(typ, "application/json") {
			t.Errorf("exported %q of type %q", name, typ)
		}
		var f struct {
			Format  string                     `json:"format"`
			Version int                        `json:"version"`
			Params  map[string]json.RawMessage `json:"params"`
		}
		if err := json.Unmarshal([]byte(body), &f); err != nil {
			t.Fatalf("the export is not JSON: %v\n%s", err, body)
		}
		if f.Format != "roundcalc-scenario" || f.Version != 1 {
			t.Errorf("format %q version %d", f.Format, f.Version)
		}
		for k, v := range map[string]string{"pre": "800", "q.amzn2": "80", "m.amzn2": "1.5", "s.msft": "30", "t.x1": "20", "name.x1": `"Oracle"`, "gw": "40", "ipo": "1000"} {
			if got := string(f.Params[k]); got != v {
				t.Errorf("params[%q] = %s, want %s", k, got, v)
			}
		}
	})
	if exported == "" {
		t.Fatal("nothing exported")
	}

	t.Run("import reproduces the scenario", func(t *testing.T) {
		clickTestid(t, ctx, "reset")
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		if hasTestid(t, ctx, "stake-after-x1") {
			t.Fatal("reset kept the added tranche")
		}
		importText(t, exported)
		waitDataValue(t, ctx, "post-money", want["post-money"])
		sameFigures(t, want, "after import")
		if got := strings.TrimSpace(textOf(t, ctx, "error")); got != "" {
			t.Errorf("error after a good import: %q", got)
		}
		if got := valueOf(t, ctx, "field-m-amzn2"); got != "1.5" {
			t.Errorf("field-m-amzn2 = %q after import, want 1.5", got)
		}
		// The same file can be chosen twice.
		setSlider(t, ctx, "input-pre", "900")
		waitDataValue(t, ctx, "post-money", "1018.3333333333")
		importText(t, exported)
		waitDataValue(t, ctx, "post-money", want["post-money"])
		// The address carries the imported scenario.
		waitAddress(t, ctx, 2*time.Second, "pre=800&t.x1=20&name.x1=Oracle", func(q url.Values) bool {
			return q.Get("pre") == "800" && q.Get("t.x1") == "20" && q.Get("name.x1") == "Oracle" && q.Get("m.amzn2") == "1.5"
		})
	})

	// The exported file with one value out of range: that value is refused,
	// the rest is the current scenario, so nothing changes.
	var whole map[string]any
	if err := json.Unmarshal([]byte(exported), &whole); err != nil {
		t.Fatal(err)
	}
	whole["params"].(map[string]any)["pre"] = 0
	badValue, _ := json.Marshal(whole)
	// The address of the imported scenario.
	imported, err := url.ParseQuery(scenario)
	if err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct{ name, file, msg string }{
		{"truncated", exported[:len(exported)/2], "File refused"},
		{"not a scenario", `{"format":"something-else","version":1,"params":{"pre":900}}`, "File refused"},
		{"not JSON", "pre=900\n", "File refused"},
		{"bad value", string(badValue), named("pre")},
	} {
		t.Run("refused "+c.name, func(t *testing.T) {
			// Start from no message (a good import clears the last one) and
			// from the imported scenario's address, which the rewrite after
			// a good import writes.
			importText(t, exported)
			poll(t, ctx, `document.querySelector('[data-testid="error"]').textContent.trim() === ""`, stepTimeout)
			waitAddress(t, ctx, 2*time.Second, "the imported scenario "+imported.Encode(), func(q url.Values) bool {
				return q.Encode() == imported.Encode()
			})
			before, err := url.Parse(eval[string](t, ctx, `location.href`))
			if err != nil {
				t.Fatal(err)
			}
			importText(t, c.file)
			msg := waitErrorText(t, ctx)
			if !strings.Contains(msg, c.msg) {
				t.Errorf("message %q, want it to contain %q", msg, c.msg)
			}
			// The figures render with the message.
			sameFigures(t, want, "after a refused file")
			// A rewrite of the address the file set off has run, at the
			// latest, with the next one (the address bar is one debounced
			// job): a change of view sets one off. Once the address
			// carries the view, it is the one before with the view alone
			// added.
			chooseView(t, ctx, "firm")
			waitAddress(t, ctx, 2*time.Second, "view=firm", func(q url.Values) bool { return q.Get("view") == "firm" })
			after, err := url.Parse(eval[string](t, ctx, `location.href`))
			if err != nil {
				t.Fatal(err)
			}
			q := after.Query()
			q.Del("view")
			if after.Path != before.Path || q.Encode() != before.Query().Encode() {
				t.Errorf("the address changed from %q to %q (view=firm aside)", before, after)
			}
			chooseView(t, ctx, "all")
			waitDataValue(t, ctx, "post-money", want["post-money"])
		})
	}

	// A file is one scenario: with one field refused nothing of it applies,
	// not its valid fields, and the tranche the reader added stays.
	t.Run("refused field keeps the reader's tranche", func(t *testing.T) {
		importText(t, exported)
		waitDataValue(t, ctx, "post-money", want["post-money"])
		setField(t, ctx, "add-name", "Mubadala")
		setField(t, ctx, "add-amount", "5")
		setField(t, ctx, "add-prob", "100")
		clickTestid(t, ctx, "add-tranche")
		waitDataValue(t, ctx, "raised", "135.0000000000")
		if got := strings.TrimSpace(textOf(t, ctx, "error")); got != "" {
			t.Fatalf("error after adding a tranche: %q", got)
		}
		before := figures(t)
		x2 := dataValue(t, ctx, "stake-after-x2")
		for _, c := range []struct{ params, msg string }{
			{`{"s.msft":101}`, "101"},
			{`{"pre":900,"s.msft":-5}`, "-5"},
		} {
			importText(t, `{"format":"roundcalc-scenario","version":1,"params":`+c.params+`}`)
			poll(t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="error"]').textContent.includes(%s)`, jsString(c.msg)), stepTimeout)
			if msg := textOf(t, ctx, "error"); strings.Count(msg, named("s.msft")) != 1 || strings.Contains(msg, "(s.msft)") {
				t.Errorf("%s: message %q, want it to name s.msft once", c.params, msg)
			}
			sameFigures(t, before, "after a file with a refused field")
			if !hasTestid(t, ctx, "stake-after-x2") {
				t.Fatalf("%s: the reader's added tranche is gone", c.params)
			}
			if got := dataValue(t, ctx, "stake-after-x2"); got != x2 {
				t.Errorf("%s: stake-after-x2 = %s, want %s", c.params, got, x2)
			}
		}
	})

	// A file over 1 MB is refused by its size, before it is read: reading
	// it would grow the wasm memory for good.
	t.Run("a file over 1 MB is not read", func(t *testing.T) {
		eval[bool](t, ctx, `(() => {
			if (!window.reads) {
				window.reads = { n: 0 };
				for (const how of ["text", "arrayBuffer"]) {
					const read = Blob.prototype[how];
					Blob.prototype[how] = function () { window.reads.n++; return read.call(this); };
				}
			}
			return true;
		})()`)
		importText(t, exported)
		waitDataValue(t, ctx, "post-money", want["post-money"])
		poll(t, ctx, `window.reads.n === 1`, stepTimeout) // the spy sees a read
		poll(t, ctx, `document.querySelector('[data-testid="error"]').textContent.trim() === ""`, stepTimeout)
		before := figures(t)
		eval[bool](t, ctx, `(() => {
			const input = document.querySelector('[data-testid="import-json"]');
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(1048577).fill(32)], "huge-scenario.json", {type: "application/json"}));
			input.files = dt.files;
			input.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`)
		msg := waitErrorText(t, ctx)
		for _, part := range []string{"huge-scenario.json", "1 MB"} {
			if !strings.Contains(msg, part) {
				t.Errorf("message %q does not contain %q", msg, part)
			}
		}
		if n := eval[int](t, ctx, `window.reads.n`); n != 1 {
			t.Errorf("the page read the file over 1 MB (%d reads)", n-1)
		}
		sameFigures(t, before, "after a file over 1 MB")
	})

	t.Run("csv", func(t *testing.T) {
		name, typ, body := download(t, "export-csv")
		if name != "roundcalc-all-en.csv" || !strings.HasPrefix(typ, "text/csv") {
			t.Errorf("exported %q of type %q", name, typ)
		}
		lines := strings.Split(strings.TrimPrefix(body, "\ufeff"), "\n")
		if len(lines) < 8 || !strings.Contains(lines[0], ",") {
			t.Fatalf("CSV:\n%s", body)
		}
		// Oracle: 20 of 918.3333…: 2.1779 %.
		if !strings.Contains(body, "Oracle,0,2.1779,") {
			t.Errorf("no row for the added holder in:\n%s", body)
		}
		openApp(t, ctx, srv.URL+"/?lang=fr")
		captureDownloads(t, ctx)
		name, _, body = download(t, "export-csv")
		if name != "roundcalc-all-fr.csv" {
			t.Errorf("French CSV named %q", name)
		}
		// app/csv.go writes a BOM so that spreadsheet programs read the
		// accents as UTF-8; it must reach the file.
		if !strings.HasPrefix(body, "\ufeff") {
			t.Errorf("the CSV file does not start with a UTF-8 BOM: it starts with % x", body[:min(len(body), 12)])
		}
		if !strings.Contains(body, "Microsoft;27;23,4643;") {
			t.Errorf("French CSV without semicolons and decimal commas:\n%s", body)
		}
	})
}
