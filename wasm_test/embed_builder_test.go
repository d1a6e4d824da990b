//go:build !js

package wasmtest

// End-to-end tests of the embed builder (app/embed_builder.go), the full
// page's "Intégrer dans un article" panel: the code follows the editor's
// choices, the two previews show exactly that embed and are as tall as
// their content, the copy (clipboard, and the fallback), the AMP form, the
// oEmbed address, nothing of it while the panel is closed, and no sideways
// overflow on a phone.

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/roundcalc/roundcalc/app/text"
)

// previewIDs are the builder's two preview frames.
var previewIDs = []string{"embed-preview-phone", "embed-preview-column"}

// blockHooks is, for each block of an embed, an element only that block
// shows.
var blockHooks = map[string]string{
	"verdict":       "verdict",
	"figures":       "post-money",
	"contributions": "chart-contributions",
	"ownership":     "chart-ownership",
	"captable":      "stake-after-msft",
	"exposure":      "collapse-loss-msft",
	"collapse":      "chart-exposure",
	"routes":        "route-chatgpt",
	"pay":           "chart-pay",
	"time":          "chart-time",
}

// openBuilder opens the embed panel and waits for its previews.
func openBuilder(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(document.querySelector("details.embed-code > summary").click(), true)`)
	poll(t, ctx, `document.querySelectorAll("iframe[data-testid^='embed-preview-']").length === 2`, stepTimeout)
}

// frameSrc is the frame address of an embed code (HTML or AMP).
func frameSrc(t testing.TB, code string) *url.URL {
	t.Helper()
	m := regexp.MustCompile(`<(?:amp-)?iframe[^>]*\ssrc="([^"]+)"`).FindStringSubmatch(code)
	if m == nil {
		t.Fatalf("no frame address in %q", code)
	}
	u, err := url.Parse(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// snippet is the builder's code and its frame's address.
func snippet(t testing.TB, ctx context.Context) (string, *url.URL) {
	t.Helper()
	code := valueOf(t, ctx, "embed-snippet")
	return code, frameSrc(t, code)
}

// withoutChild is a frame address without its Pym.js child id.
func withoutChild(u *url.URL) string {
	q := u.Query()
	q.Del("childId")
	v := *u
	v.RawQuery = q.Encode()
	return v.String()
}

// tick sets a checkbox of the builder as the editor clicking it would.
func tick(t testing.TB, ctx context.Context, testid string, on bool) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const b = document.querySelector(%s); if (b.checked !== %v) b.click(); return b.checked; })()`,
		jsString(testidSelector(testid)), on)
	if got := eval[bool](t, ctx, js); got != on {
		t.Fatalf("%s: checked %v after the click, want %v", testid, got, on)
	}
}

// choose sets the builder's scenario select.
func choose(t testing.TB, ctx context.Context, value string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const s = document.querySelector(%s); s.value = %s;
		s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`, jsString(testidSelector("embed-scenario")), jsString(value)))
}

// waitSnippet waits until the code's frame address satisfies ok.
func waitSnippet(t testing.TB, ctx context.Context, what string, ok func(url.Values) bool) (string, *url.URL) {
	t.Helper()
	var code string
	var src *url.URL
	if !eventually(stepTimeout, func() bool {
		code, src = snippet(t, ctx)
		return ok(src.Query())
	}) {
		t.Fatalf("the code's frame %s: want %s", src, what)
	}
	return code, src
}

// inPreview evaluates expr with doc, the preview frame's document.
func inPreview[T any](t testing.TB, ctx context.Context, id, expr string) T {
	t.Helper()
	return eval[T](t, ctx, fmt.Sprintf(`((doc) => (%s))(document.getElementById(%s).contentDocument)`, expr, jsString(id)))
}

// waitPreviews waits until both previews show src and their program runs.
func waitPreviews(t testing.TB, ctx context.Context, src *url.URL) {
	t.Helper()
	for _, id := range previewIDs {
		f := fmt.Sprintf(`document.getElementById(%s)`, jsString(id))
		got := eval[string](t, ctx, f+`.src`)
		u, err := url.Parse(got)
		if err != nil || withoutChild(u) != withoutChild(src) {
			t.Fatalf("preview %s shows %s, the code's frame is %s", id, got, src)
		}
		if u.Query().Get("childId") == "" {
			t.Errorf("preview %s has no child id of its own: %s", id, got)
		}
		// The frames start by themselves once in view and idle.
		eval[bool](t, ctx, `(`+f+`.scrollIntoView({block: "nearest"}), true)`)
		poll(t, ctx, fmt.Sprintf(`((f) => { const d = f.contentDocument; return d && d.location.href === f.src &&
			d.readyState === "complete" && !d.getElementById("app-wasm-loader") && !!d.querySelector(".page.embed"); })(%s)`, f), appTimeout)
	}
	a := eval[string](t, ctx, `document.getElementById("embed-preview-phone").src`)
	b := eval[string](t, ctx, `document.getElementById("embed-preview-column").src`)
	if a == b {
		t.Errorf("both previews have the address %s: their height messages cannot be told apart", a)
	}
}

// checkPreviews checks that each preview shows the blocks, in order, the
// sliders, in order, and the title or not.
func checkPreviews(t *testing.T, ctx context.Context, blocks, levers []string, title bool) {
	t.Helper()
	for _, id := range previewIDs {
		for b, hook := range blockHooks {
			want := false
			for _, x := range blocks {
				want = want || x == b
			}
			if got := inPreview[bool](t, ctx, id, fmt.Sprintf(`!!doc.querySelector(%s)`, jsString(testidSelector(hook)))); got != want {
				t.Errorf("preview %s: block %s (%s) shown %v, want %v", id, b, hook, got, want)
			}
		}
		var order []string
		for _, b := range blocks {
			order = append(order, testidSelector(blockHooks[b]))
		}
		// The blocks' hooks in document order.
		js := fmt.Sprintf(`((sels) => [...doc.querySelectorAll(sels.join(","))].map((e) => sels.findIndex((s) => e.matches(s))))(%s)`, jsArray(order))
		if got := inPreview[[]int](t, ctx, id, js); !sortedInts(got) {
			t.Errorf("preview %s: the blocks %v show in the order %v", id, blocks, got)
		}
		gotLevers := inPreview[[]string](t, ctx, id, `[...doc.querySelectorAll(".embed-levers [data-param].num-field")].map((e) => e.dataset.param)`)
		if len(levers) == 0 && len(gotLevers) == 0 {
			gotLevers = []string{}
		}
		if !reflect.DeepEqual(gotLevers, levers) {
			t.Errorf("preview %s: sliders %q, want %q", id, gotLevers, levers)
		}
		if got := inPreview[bool](t, ctx, id, `(() => { const h = doc.querySelector("h1"); return !!h && h.getBoundingClientRect().height > 1; })()`); got != title {
			t.Errorf("preview %s: a title (h1) %v, want %v", id, got, title)
		}
		if !inPreview[bool](t, ctx, id, `!!doc.querySelector('[data-testid="credit"]')`) {
			t.Errorf("preview %s: no credit line", id)
		}
	}
}

func jsArray(v []string) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func sortedInts(v []int) bool {
	for i := 1; i < len(v); i++ {
		if v[i] < v[i-1] {
			return false
		}
	}
	return true
}

// checkPreviewHeights waits until each preview is as tall as its content.
func checkPreviewHeights(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, id := range previewIDs {
		var frame, content int
		if !eventually(stepTimeout, func() bool {
			frame = eval[int](t, ctx, fmt.Sprintf(`Math.round(document.getElementById(%s).getBoundingClientRect().height)`, jsString(id)))
			content = inPreview[int](t, ctx, id, `Math.ceil(doc.documentElement.getBoundingClientRect().height)`)
			return nearPx(frame, content)
		}) {
			t.Errorf("preview %s is %d px tall, its content %d px", id, frame, content)
		}
	}
}

// queryWithout is q less the given keys, encoded.
func queryWithout(q url.Values, keys ...string) string {
	c := url.Values{}
	for k, v := range q {
		c[k] = v
	}
	for _, k := range keys {
		c.Del(k)
	}
	return c.Encode()
}

func TestEmbedBuilder(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	fr := text.For("fr")
	openApp(t, ctx, srv.URL+"/?lang=fr&pre=800")

	t.Run("closed", func(t *testing.T) {
		if n := eval[int](t, ctx, `document.querySelectorAll("iframe").length`); n != 0 {
			t.Errorf("%d frames in the page with the embed panel closed", n)
		}
		for _, id := range []string{"embed-copy", "embed-amp", "embed-oembed", "embed-scenario"} {
			if hasTestid(t, ctx, id) {
				t.Errorf("%s is in the page with the embed panel closed", id)
			}
		}
		// The default code: short, the page's scenario and language.
		_, src := snippet(t, ctx)
		if got := src.Scheme + "://" + src.Host + src.Path; got != srv.URL+"/" {
			t.Errorf("the code's frame %s is not the calculator at %s/", src, srv.URL)
		}
		if got := src.RawQuery; got != "embed=1&lang=fr&pre=800" {
			t.Errorf("the default code's frame query %q, want embed=1&lang=fr&pre=800", got)
		}
	})

	openBuilder(t, ctx)
	defCode, defSrc := snippet(t, ctx)

	t.Run("defaults", func(t *testing.T) {
		for _, id := range []string{"embed-lever-pre", "embed-lever-q-amzn2", "embed-lever-ipo", "embed-block-verdict", "embed-block-contributions", "embed-title"} {
			if !eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(%s).checked`, jsString(testidSelector(id)))) {
				t.Errorf("%s is not ticked by default", id)
			}
		}
		if n := eval[int](t, ctx, `document.querySelectorAll(".embed-choices input[type=checkbox]:checked").length`); n != 6 {
			t.Errorf("%d boxes ticked by default, want 6 (3 sliders, 2 blocks, the title)", n)
		}
		if v := valueOf(t, ctx, "embed-scenario"); v != "page" {
			t.Errorf("scenario %q by default, want the page's", v)
		}
		// Every block is offered, named.
		labels := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-testid^='embed-block-']")].map((b) => b.closest("label").textContent)`)
		if len(labels) != len(blockHooks) {
			t.Errorf("blocks offered: %q, want %d", labels, len(blockHooks))
		}
		if !strings.Contains(strings.Join(labels, "|"), fr.BlockCaptable) {
			t.Errorf("blocks offered %q: no %q", labels, fr.BlockCaptable)
		}
		waitPreviews(t, ctx, defSrc)
		checkPreviews(t, ctx, []string{"verdict", "contributions"}, []string{"pre", "ipo", "q.amzn2"}, true)
		if got := inPreview[string](t, ctx, "embed-preview-column", `doc.querySelector('[data-testid="verdict"]').textContent`); !strings.Contains(got, "910") {
			t.Errorf("the preview's verdict %q: want the page's scenario (pre=800: 910)", got)
		}
		checkPreviewHeights(t, ctx)
		// A height message from any other window than the preview's own is
		// not taken: here the page's own window.
		eval[bool](t, ctx, `(window.postMessage({"datawrapper-height": {"roundcalc-preview-phone": 55, "roundcalc-preview-column": 55}}, "*"), true)`)
		settled(t, ctx)
		for _, id := range previewIDs {
			if h := eval[int](t, ctx, fmt.Sprintf(`Math.round(document.getElementById(%s).getBoundingClientRect().height)`, jsString(id))); h == 55 {
				t.Errorf("preview %s took the height of a message from another window", id)
			}
		}
		checkPreviewHeights(t, ctx)
	})

	// This scenario, other sliders and blocks: the order ticked is the order shown.
	tick(t, ctx, "embed-lever-ipo", false)
	tick(t, ctx, "embed-lever-t-sftb", true)
	tick(t, ctx, "embed-block-contributions", false)
	tick(t, ctx, "embed-block-figures", true)
	tick(t, ctx, "embed-block-ownership", true)
	tick(t, ctx, "embed-block-captable", true)
	_, src := waitSnippet(t, ctx, "levers=pre,q.amzn2,t.sftb and show=verdict,figures,ownership,captable", func(q url.Values) bool {
		return q.Get("levers") == "pre,q.amzn2,t.sftb" && q.Get("show") == "verdict,figures,ownership,captable"
	})
	t.Run("this scenario, chosen blocks and sliders", func(t *testing.T) {
		q := src.Query()
		if q.Get("pre") != "800" || q.Get("embed") != "1" || q.Get("lang") != "fr" || q.Has("title") {
			t.Errorf("the code's frame %s: want pre=800, embed=1, lang=fr and no title parameter", src)
		}
		if !strings.Contains(valueOf(t, ctx, "embed-snippet"), "levers=pre,q.amzn2,t.sftb") {
			t.Errorf("the code's lists are not readable as they are: %s", valueOf(t, ctx, "embed-snippet"))
		}
		waitPreviews(t, ctx, src)
		checkPreviews(t, ctx, []string{"verdict", "figures", "ownership", "captable"}, []string{"pre", "q.amzn2", "t.sftb"}, true)
		checkPreviewHeights(t, ctx)
		// The code's frame reserves the column preview's height, so the
		// article does not move when the frame loads; the AMP code's too.
		column := eval[int](t, ctx, `Math.round(document.getElementById("embed-preview-column").getBoundingClientRect().height)`)
		if column < 800 {
			t.Fatalf("the column preview of the cap table is %d px tall", column)
		}
		for _, id := range []string{"embed-snippet", "embed-amp"} {
			want := fmt.Sprintf(`height="%d"`, column)
			if !eventually(stepTimeout, func() bool { return strings.Contains(valueOf(t, ctx, id), want) }) {
				t.Errorf("%s: %s, want the column preview's %s", id, valueOf(t, ctx, id), want)
			}
		}
	})

	// A question of the article, other blocks, no title.
	choose(t, ctx, "sftb-short")
	tick(t, ctx, "embed-title", false)
	for _, b := range []string{"verdict", "figures", "ownership", "captable"} {
		tick(t, ctx, "embed-block-"+b, false)
	}
	for _, b := range []string{"exposure", "collapse", "routes"} {
		tick(t, ctx, "embed-block-"+b, true)
	}
	code, src := waitSnippet(t, ctx, "the SoftBank question, show=exposure,collapse,routes, title=0", func(q url.Values) bool {
		return q.Get("t.sftb") == "20" && q.Get("show") == "exposure,collapse,routes" && q.Get("title") == "0"
	})
	t.Run("a question, no title", func(t *testing.T) {
		q := src.Query()
		if q.Has("pre") || q.Get("levers") != "pre,q.amzn2,t.sftb" || q.Get("lang") != "fr" || q.Get("embed") != "1" {
			t.Errorf("the code's frame %s: want the question's scenario only (no pre), the same sliders, lang=fr", src)
		}
		if code == defCode {
			t.Error("the code did not change")
		}
		waitPreviews(t, ctx, src)
		checkPreviews(t, ctx, []string{"exposure", "collapse", "routes"}, []string{"pre", "q.amzn2", "t.sftb"}, false)
		if got := inPreview[string](t, ctx, "embed-preview-phone", `doc.querySelector('[data-testid="field-t-sftb"]').value`); got != "20" {
			t.Errorf("the preview's SoftBank tranche %q, want 20", got)
		}
		checkPreviewHeights(t, ctx)
	})

	t.Run("AMP", func(t *testing.T) {
		amp := valueOf(t, ctx, "embed-amp")
		for _, part := range []string{"<amp-iframe ", ` resizable `, `layout="responsive"`, `<div overflow tabindex="0" role="button" aria-label="` + fr.EmbedAMPExpand + `"`,
			`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`, "</amp-iframe>"} {
			if !strings.Contains(amp, part) {
				t.Errorf("the AMP code lacks %s: %s", part, amp)
			}
		}
		if got := frameSrc(t, amp); got.String() != src.String() {
			t.Errorf("the AMP frame %s, the code's %s", got, src)
		}
	})

	t.Run("oEmbed", func(t *testing.T) {
		addr := valueOf(t, ctx, "embed-oembed")
		u, err := url.Parse(addr)
		if err != nil || u.Scheme+"://"+u.Host+u.Path != srv.URL+"/oembed" || u.Query().Get("format") != "json" {
			t.Fatalf("oEmbed address %q: want %s/oembed?url=…&format=json", addr, srv.URL)
		}
		page, _ := url.Parse(u.Query().Get("url"))
		if page.Query().Has("embed") || page.Query().Get("show") != "exposure,collapse,routes" {
			t.Errorf("the oEmbed address's page %s: want the full calculator with show", page)
		}
		body, _ := httpGet(t, addr)
		var o struct{ HTML string }
		if err := json.Unmarshal([]byte(body), &o); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		got := frameSrc(t, o.HTML)
		if got.Scheme+got.Host+got.Path != src.Scheme+src.Host+src.Path || queryWithout(got.Query()) != queryWithout(src.Query()) {
			t.Errorf("the oEmbed answer's frame %s, the code's %s", got, src)
		}
	})

	t.Run("copy", func(t *testing.T) {
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: name == "clipboard-write"},
				Setting:    browser.PermissionSettingGranted, Origin: srv.URL,
			}); err != nil {
				t.Fatal(err)
			}
		}
		// The clipboard answers a focused page only.
		if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		clickTestid(t, ctx, "embed-copy")
		poll(t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="embed-copy-status"]').textContent === %s`, jsString(fr.EmbedCopied)), stepTimeout)
		if got, want := eval[string](t, ctx, `navigator.clipboard.readText()`), valueOf(t, ctx, "embed-snippet"); got != want {
			t.Errorf("the clipboard holds %q, the code is %q", got, want)
		}
		if role := eval[string](t, ctx, `document.querySelector('[data-testid="embed-copy-status"]').getAttribute("role")`); role != "status" {
			t.Errorf("the copy's status line has role %q", role)
		}
	})

	t.Run("copy refused", func(t *testing.T) {
		// A change of choice clears the last outcome.
		tick(t, ctx, "embed-title", true)
		poll(t, ctx, `document.querySelector('[data-testid="embed-copy-status"]').textContent === ""`, stepTimeout)
		eval[bool](t, ctx, `(navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError")),
			document.execCommand = () => false, true)`)
		clickTestid(t, ctx, "embed-copy")
		poll(t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="embed-copy-status"]').textContent === %s`, jsString(fr.EmbedSelected)), stepTimeout)
		if !eval[bool](t, ctx, `(() => { const a = document.querySelector('[data-testid="embed-snippet"]');
			return document.activeElement === a && a.selectionStart === 0 && a.selectionEnd === a.value.length && a.value.length > 0; })()`) {
			t.Errorf("the code is not selected: active %s, selection %s", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`),
				eval[string](t, ctx, `(() => { const a = document.querySelector('[data-testid="embed-snippet"]'); return a.selectionStart + "-" + a.selectionEnd + "/" + a.value.length; })()`))
		}
	})

	t.Run("closed again", func(t *testing.T) {
		eval[bool](t, ctx, `(document.querySelector("details.embed-code > summary").click(), true)`)
		poll(t, ctx, `document.querySelectorAll("iframe").length === 0 && !document.querySelector('[data-testid="embed-copy"]')`, stepTimeout)
		// The choice stays: the code is the one last shown.
		_, src := snippet(t, ctx)
		if src.Query().Get("show") != "exposure,collapse,routes" {
			t.Errorf("the code after closing: %s", src)
		}
	})
}

// TestEmbedBuilderPhone: the open builder pushes no page sideways at 320 px
// (its previews scroll in their own boxes), in both languages.
func TestEmbedBuilderPhone(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 320, 700)
	for _, lang := range []string{"fr", "en"} {
		openApp(t, ctx, srv.URL+"/?lang="+lang)
		openBuilder(t, ctx)
		eval[bool](t, ctx, `(document.querySelector(".embed-previews").scrollIntoView(), true)`)
		settled(t, ctx)
		if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
			t.Errorf("%s: the page is %d px wide at 320 px with the builder open; wider than the page: %s", lang, w,
				eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 321 &&
					!e.closest(".embed-preview-box")).slice(0, 5).map((e) => e.tagName + "." + e.className).join(", ")`))
		}
		// Each preview keeps its width, in a box that scrolls.
		if got := eval[int](t, ctx, `Math.round(document.getElementById("embed-preview-column").getBoundingClientRect().width)`); got != 640 {
			t.Errorf("%s: the column preview is %d px wide, want 640", lang, got)
		}
		if eval[string](t, ctx, `getComputedStyle(document.querySelector(".embed-preview-box")).overflowX`) != "auto" {
			t.Errorf("%s: the preview's box does not scroll", lang)
		}
	}
}

// TestEmbedBuilderStaticHost: a static host answers no /oembed (only its
// oembed.json, for the article's scenario), so the builder offers no oEmbed
// address there rather than one that answers 404; the codes are offered as
// on the server, and the address the page's head gives consumers answers.
func TestEmbedBuilderStaticHost(t *testing.T) {
	site := serveDist(t, nil)
	ctx := newBrowser(t)
	openApp(t, ctx, site.URL+"/?lang=fr&pre=800")
	openBuilder(t, ctx)
	poll(t, ctx, `!!document.querySelector('[data-testid="embed-amp"]')`, stepTimeout)
	if hasTestid(t, ctx, "embed-oembed") {
		addr := valueOf(t, ctx, "embed-oembed")
		t.Errorf("the static host's builder offers the oEmbed address %s, which %s", addr, reachableStatus(addr))
	}
	discovery := eval[string](t, ctx, `document.querySelector('link[type="application/json+oembed"]').href`)
	body, _ := httpGet(t, discovery)
	var o struct{ Type, HTML string }
	if err := json.Unmarshal([]byte(body), &o); err != nil || o.Type != "rich" || !strings.Contains(o.HTML, "<iframe") {
		t.Errorf("the page's oEmbed link %s answers %q", discovery, body)
	}
}

// reachableStatus says how a GET of addr is answered.
func reachableStatus(addr string) string {
	res, err := http.Get(addr)
	if err != nil {
		return "fails: " + err.Error()
	}
	res.Body.Close()
	return "answers " + res.Status
}
