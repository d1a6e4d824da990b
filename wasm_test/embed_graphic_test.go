//go:build !js

package wasmtest

// The embed as an article graphic: compact by default, what the editor
// chose with levers, show and title, the credit line, a start that waits
// for the reader, and the real Pym.js parent.

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
)

// testidOrder lists, in document order, the data-testid values among want
// that the page has.
const testidOrder = `((want) => [...document.querySelectorAll("[data-testid]")].map((e) => e.dataset.testid).filter((id) => want.includes(id)))`

func TestEmbedGraphic(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("compact by default, in budget", func(t *testing.T) {
		for _, c := range []struct {
			width, budget int64
		}{{640, 650}, {375, 900}, {320, 1000}} {
			for _, lang := range []string{"fr", "en"} {
				viewport(t, ctx, c.width, 900)
				openApp(t, ctx, srv.URL+"/?embed=1&lang="+lang)
				what := fmt.Sprintf("%s at %d px", lang, c.width)
				if h := eval[int](t, ctx, contentHeightJS); c.width != 320 && int64(h) > c.budget {
					t.Errorf("%s: the embed is %d px tall, budget %d px", what, h, c.budget)
				} else {
					t.Logf("%s: %d px tall", what, h)
				}
				if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); int64(w) > c.width {
					t.Errorf("%s: the embed is %d px wide: %s", what, w, eval[string](t, ctx, widest))
				}
				got := eval[[]string](t, ctx, testidOrder+`(["verdict", "chart-contributions", "input-pre", "input-ipo", "input-q-amzn2", "credit"])`)
				if want := []string{"verdict", "chart-contributions", "input-pre", "input-ipo", "input-q-amzn2", "credit"}; fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s: blocks %q, want %q", what, got, want)
				}
				if n := eval[int](t, ctx, `document.querySelectorAll("h1").length`); n != 1 {
					t.Errorf("%s: %d h1, want the embed's title", what, n)
				}
				// Language follows lang: no switch, no toolbar.
				if hasTestid(t, ctx, "lang-switch") || hasTestid(t, ctx, "reset") {
					t.Errorf("%s: the embed shows the page's toolbar", what)
				}
			}
		}
	})

	t.Run("credit line", func(t *testing.T) {
		viewport(t, ctx, 640, 900)
		for lang, source := range map[string]string{"fr": "2 mars 2026", "en": "2 March 2026"} {
			// The program's mount replaces the prerendered link: it must never
			// be without its address, even for the moment before the first
			// navigation (a reader's tap there would open nothing).
			navigate(t, ctx, srv.URL+"/?embed=1&pre=800&levers=pre&lang="+lang)
			eval[bool](t, ctx, `(() => {
				window.__hrefless = 0;
				new MutationObserver(() => {
					for (const a of document.querySelectorAll('[data-testid="open-full"]')) {
						if (!a.getAttribute("href")) window.__hrefless++;
					}
				}).observe(document.body, {childList: true, subtree: true, attributes: true});
				return true;
			})()`)
			waitApp(t, ctx)
			settled(t, ctx)
			if n := eval[int](t, ctx, `window.__hrefless`); n > 0 {
				t.Errorf("%s: the credit's link was without its address %d times while the program started", lang, n)
			}
			credit := textOf(t, ctx, "credit")
			if !strings.Contains(credit, source) {
				t.Errorf("%s: credit %q does not name the article of %s", lang, credit, source)
			}
			poll(t, ctx, `!!document.querySelector('[data-testid="credit"] a')`, stepTimeout)
			link := eval[[]string](t, ctx, `(() => { const a = document.querySelector('[data-testid="credit"] a'); return a ? [a.href, a.target, a.rel] : ["", "", ""]; })()`)
			u, err := url.Parse(link[0])
			if err != nil || link[1] != "_blank" || !strings.Contains(link[2], "noopener") {
				t.Fatalf("%s: credit link %q", lang, link)
			}
			q := u.Query()
			if q.Get("pre") != "800" || q.Get("lang") != lang || q.Has("embed") || q.Has("levers") {
				t.Errorf("%s: the full calculator's link %q: want pre=800 and lang, without embed or levers", lang, link[0])
			}
			// It follows the scenario.
			setField(t, ctx, "field-pre", "900")
			poll(t, ctx, `new URL(document.querySelector('[data-testid="credit"] a').href).searchParams.get("pre") === "900"`, stepTimeout)
		}
	})

	t.Run("levers, show and title", func(t *testing.T) {
		viewport(t, ctx, 640, 900)
		const q = "/?embed=1&lang=en&pre=800&levers=t.sftb,nope,s.msft,t.x9&show=captable,nope,figures&title=0"
		wantIDs := []string{"stake-after-msft", "post-money", "input-t-sftb", "input-s-msft", "credit"}
		probe := []string{"verdict", "chart-contributions", "input-pre", "input-ipo", "stake-after-msft", "post-money", "input-t-sftb", "input-s-msft", "credit"}
		// The server's prerender follows them.
		body, _ := httpGet(t, srv.URL+q)
		var pre []string
		rest := body
		for {
			i := strings.Index(rest, `data-testid="`)
			if i < 0 {
				break
			}
			rest = rest[i+len(`data-testid="`):]
			id := rest[:strings.IndexByte(rest, '"')]
			for _, p := range probe {
				if p == id {
					pre = append(pre, id)
				}
			}
		}
		if fmt.Sprint(pre) != fmt.Sprint(wantIDs) {
			t.Errorf("prerendered blocks %q, want %q", pre, wantIDs)
		}
		if !strings.Contains(body, `<h1 class="embed-title sr-only"`) {
			t.Error("title=0: the prerendered embed's title is not hidden (kept for screen readers only)")
		}
		// So does the app.
		openApp(t, ctx, srv.URL+q)
		jsProbe := `["` + strings.Join(probe, `", "`) + `"]`
		if got := eval[[]string](t, ctx, testidOrder+`(`+jsProbe+`)`); fmt.Sprint(got) != fmt.Sprint(wantIDs) {
			t.Errorf("blocks %q, want %q", got, wantIDs)
		}
		if eval[bool](t, ctx, `(() => { const h = document.querySelector("h1"); return !h || h.getBoundingClientRect().height > 1; })()`) {
			t.Error("title=0: the embed shows its title, or has no heading left for screen readers")
		}
		if got := dataValue(t, ctx, "post-money"); got != "910.0000000000" {
			t.Errorf("post-money %s, want 910", got)
		}
		// Out of its section, a stake's slider says what it is.
		if label := eval[string](t, ctx, `document.querySelector('[data-testid="input-s-msft"]').closest(".num").textContent`); !strings.Contains(label, "Stakes before the round") {
			t.Errorf("Microsoft's stake slider reads %q: want it named with the stakes' title", label)
		}
		// A lever moved: the address keeps the editor's choices.
		setField(t, ctx, "field-t-sftb", "40")
		waitDataValue(t, ctx, "raised", "120.0000000000")
		waitAddress(t, ctx, 5*time.Second, "the options kept", func(v url.Values) bool {
			return v.Get("t.sftb") == "40" && v.Get("levers") == "t.sftb,nope,s.msft,t.x9" &&
				v.Get("show") == "captable,nope,figures" && v.Get("title") == "0" && v.Get("embed") == "1"
		})
	})

	t.Run("every block", func(t *testing.T) {
		viewport(t, ctx, 640, 900)
		openApp(t, ctx, srv.URL+"/?embed=1&lang=fr&levers=&show=verdict,figures,contributions,ownership,captable,exposure,collapse,routes")
		for _, id := range []string{"verdict", "post-money", "chart-contributions", "chart-ownership", "stake-after-msft",
			"collapse-loss-msft", "chart-exposure", "route-chatgpt", "credit"} {
			if !hasTestid(t, ctx, id) {
				t.Errorf("no %s", id)
			}
		}
		if n := eval[int](t, ctx, `document.querySelectorAll('input[type="range"]').length`); n != 0 {
			t.Errorf("levers= (empty): %d sliders, want none", n)
		}
	})
}

// lazyArticle is a host page whose embed sits below a spacer of gap px.
func lazyArticle(src string, gap int) string {
	return articleHTML(fmt.Sprintf(`<div id="spacer" style="height:%dpx"></div>
<iframe id="calc" data-roundcalc src="%s" title="roundcalc" loading="lazy" style="width:100%%;border:0" height="650"></iframe>`, gap, src))
}

// wasmRequested is, in a frame, whether the page has asked for the program:
// fetched by itself, or by the worker that compiles it.
const wasmRequested = `performance.getEntriesByType("resource").some((e) => /app\.wasm|compile-worker\.js/.test(e.name))`

// wasmLoading is, in a frame, whether the page has gone past waiting.
const wasmLoading = `["loading", "held", "started"].includes(document.documentElement.dataset.wasm)`

// TestEmbedLazyStart: a reader who only scrolls past the graphic loads the
// page and its CSS, not the program; in view, the program is fetched and
// compiled but started only at the reader's first move, which is kept; or
// once the frame has stayed in view a moment.
func TestEmbedLazyStart(t *testing.T) {
	srv := startServer(t)
	host := startArticleHost(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 640, 800)

	t.Run("first interaction", func(t *testing.T) {
		// Near enough for the browser's lazy loading, out of view.
		host.set("/lazy", lazyArticle(srv.URL+"/?embed=1&lang=fr", 1200))
		navigate(t, ctx, host.URL+"/lazy")
		fctx := attachFrame(t, ctx, srv.URL+"/")
		poll(t, fctx, `document.readyState === "complete" && document.documentElement.dataset.wasm === "waiting"`, appTimeout)
		if eval[bool](t, fctx, wasmRequested) {
			t.Error("app.wasm was fetched for a frame out of view")
		}
		// Nor does its service worker cache it meanwhile: none is registered.
		if eval[bool](t, fctx, `navigator.serviceWorker.getRegistration().then((r) => !!r)`) {
			t.Error("a frame out of view registered its service worker (which caches app.wasm)")
		}
		if !hasTestid(t, fctx, "verdict") {
			t.Error("the prerendered graphic is not there")
		}
		// Bytes before the first figure: the page and its CSS.
		kb := eval[float64](t, fctx, `(performance.getEntriesByType("navigation")[0].transferSize +
			performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".css")).reduce((s, e) => s + e.transferSize, 0)) / 1024`)
		t.Logf("HTML and CSS transferred before the program: %.1f KB", kb)

		eval[bool](t, ctx, `(document.getElementById("calc").scrollIntoView(), true)`)
		poll(t, fctx, wasmLoading, appTimeout)
		poll(t, fctx, `navigator.serviceWorker.getRegistration().then((r) => !!r)`, appTimeout)
		// Held once fetched and compiled (or already started by the idle timer on a
		// slow machine): either way the reader's move below is kept.
		poll(t, fctx, `["held", "started"].includes(document.documentElement.dataset.wasm)`, appTimeout)
		held := eval[bool](t, fctx, `document.documentElement.dataset.wasm === "held" && !!document.getElementById("app-wasm-loader")`)
		t.Logf("program held before the reader's move: %v", held)
		setField(t, fctx, "field-pre", "900")
		waitApp(t, fctx)
		poll(t, fctx, `document.querySelector('[data-testid="verdict"]').textContent.includes("1\u202f010")`, stepTimeout)
		if v := valueOf(t, fctx, "field-pre"); v != "900" {
			t.Errorf("the reader's early value: field %q, want 900", v)
		}
	})

	t.Run("idle in view", func(t *testing.T) {
		host.set("/idle", lazyArticle(srv.URL+"/?embed=1&lang=en", 0))
		navigate(t, ctx, host.URL+"/idle")
		fctx := attachFrame(t, ctx, srv.URL+"/")
		poll(t, fctx, wasmLoading, appTimeout)
		// No touch: the start comes by itself.
		poll(t, fctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		if s := eval[string](t, fctx, `document.documentElement.dataset.wasm`); s != "started" {
			t.Errorf("data-wasm %q once running, want started", s)
		}
	})
}

// TestEmbedPymParent: the real Pym.js 1.3.2 parent, as newsrooms use it,
// sizes the frame from the embed's messages and follows a narrower column.
func TestEmbedPymParent(t *testing.T) {
	pymJS := npmAsset(t, "ROUNDCALC_PYM", "pym.v1.min.js")
	srv := startServer(t)
	host := startArticleHost(t)
	host.set("/pym.v1.min.js", pymJS)
	ctx := newBrowser(t)
	viewport(t, ctx, 1000, 800)
	host.set("/pym", articleHTML(`<div id="rc"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent("rc", `+jsString(srv.URL+"/?embed=1&lang=fr")+`, {title: "roundcalc"});</script>`))
	navigate(t, ctx, host.URL+"/pym")
	fctx := attachFrame(t, ctx, srv.URL+"/")
	src := eval[string](t, ctx, `document.querySelector("#rc iframe").src`)
	if u, err := url.Parse(src); err != nil || u.Query().Get("childId") != "rc" || !u.Query().Has("parentUrl") {
		t.Fatalf("Pym.js frame src %q", src)
	}
	waitFrameFits(t, ctx, fctx, "#rc iframe", "Pym.js parent, before the program runs")
	setField(t, fctx, "field-pre", "900")
	waitApp(t, fctx)
	waitFrameFits(t, ctx, fctx, "#rc iframe", "Pym.js parent, running")
	eval[bool](t, ctx, `(document.getElementById("col").style.width = "320px", true)`)
	waitFrameFits(t, ctx, fctx, "#rc iframe", "Pym.js parent, column narrowed to 320 px")
	// The address keeps Pym.js's parameters.
	poll(t, fctx, `(() => { const q = new URLSearchParams(location.search); return q.get("pre") === "900" && q.get("childId") === "rc" && q.has("parentUrl"); })()`, stepTimeout)
}

// pymHost is a host page with the real Pym.js parent on the element id
// for the embed at src; it records the navigations the page asks for
// (window.navs) and cancels them, so that the page stays to be read.
func pymHost(id, src string) string {
	return articleHTML(`<div id=` + jsString(id) + `></div>
<script src="/pym.v1.min.js"></script>
<script>
window.navs = [];
navigation.addEventListener("navigate", (e) => { window.navs.push(e.destination.url); e.preventDefault(); });
window.pymParent = new pym.Parent(` + jsString(id) + `, ` + jsString(src) + `, {title: "roundcalc"});
</script>`)
}

// TestEmbedPymChildIDSteersNothing: a childId that is not of the form
// Pym.js gives its own ids (letters, digits, "-", "_") gets no Pym.js
// message, before the program runs and once it does. Written as given into
// the message, it steered the real Pym.js parent: Pym.js appends its own
// childId after the editor's address, the first one wins, and this one
// makes the parent read a "navigateTo" message and leave the article for
// another site. The Datawrapper and AMP messages still carry the height; a
// child id of Pym.js's form still sizes the frame.
func TestEmbedPymChildIDSteersNothing(t *testing.T) {
	pymJS := npmAsset(t, "ROUNDCALC_PYM", "pym.v1.min.js")
	srv := startServer(t)
	host := startArticleHost(t)
	host.set("/pym.v1.min.js", pymJS)
	ctx := newBrowser(t)
	viewport(t, ctx, 1000, 800)
	host.set("/attack", pymHost("container",
		srv.URL+"/?embed=1&lang=en&childId=containerxPYMxnavigateToxPYMxhttps%3A%2F%2Fevil.example%2Fphish%20x"))
	navigate(t, ctx, host.URL+"/attack")
	fctx := attachFrame(t, ctx, srv.URL+"/")

	// The three messages of one report go out in order, so once the AMP one
	// has arrived the parent has read whatever came before it.
	steered := func(when string, ampBefore int) {
		t.Helper()
		var amp []int
		if !eventually(stepTimeout, func() bool {
			_, _, amp = heightReports(t, ctx, srv.URL, "roundcalc")
			return len(amp) > ampBefore
		}) {
			t.Fatalf("%s: no AMP height message (messages: %s)", when, eval[string](t, ctx, `JSON.stringify(window.msgs)`))
		}
		if navs := eval[[]string](t, ctx, `window.navs`); len(navs) > 0 {
			t.Errorf("%s: the embed made the Pym.js parent navigate to %q", when, navs)
		}
		if pym := eval[[]string](t, ctx, `window.msgs.map((m) => m.data).filter((d) => typeof d === "string" && d.startsWith("pymxPYMx"))`); len(pym) > 0 {
			t.Errorf("%s: Pym.js messages %q for a child id not of Pym.js's form", when, pym)
		}
		if dw, _, _ := heightReports(t, ctx, srv.URL, "roundcalc"); len(dw) == 0 {
			t.Errorf("%s: no Datawrapper height under the default id", when)
		}
	}
	steered("before the program runs", 0)

	// Running: a refused typed value adds a message, so the page grows and
	// the program reports again.
	waitApp(t, fctx)
	_, _, amp := heightReports(t, ctx, srv.URL, "roundcalc")
	before := eval[int](t, fctx, contentHeightJS)
	setField(t, fctx, "field-pre", "-5")
	poll(t, fctx, `document.querySelector('[data-testid="error"]').textContent !== ""`, stepTimeout)
	poll(t, fctx, contentHeightJS+` > `+fmt.Sprint(before), stepTimeout)
	steered("running", len(amp))
	if _, _, amp, content := waitReportsFit(t, ctx, fctx, srv.URL, "roundcalc", false); !nearPx(lastHeight(amp), content) {
		t.Errorf("running: AMP reports %v, the content is %d px", amp, content)
	}

	// A child id of Pym.js's form, with its "-" and "_", sizes the frame.
	host.set("/valid", pymHost("rc-embed_1", srv.URL+"/?embed=1&lang=en"))
	navigate(t, ctx, host.URL+"/valid")
	fctx = attachFrame(t, ctx, srv.URL+"/")
	waitHeightReports(t, ctx, srv.URL, "rc-embed_1", true, 1)
	waitFrameFits(t, ctx, fctx, `[id="rc-embed_1"] iframe`, "Pym.js parent, child id rc-embed_1")
	if navs := eval[[]string](t, ctx, `window.navs`); len(navs) > 0 {
		t.Errorf("valid child id: navigations %q", navs)
	}
}

// staticEmbed opens an article whose embed, in view, is served by a static
// host holding app.wasm until hold is closed.
func staticEmbed(t *testing.T, query string) (ctx, fctx context.Context, site *Server, hold chan struct{}) {
	t.Helper()
	hold = make(chan struct{})
	site = serveDist(t, &DistOptions{Dir: suite.dist, HoldWasm: hold})
	host := startArticleHost(t)
	ctx = newBrowser(t)
	viewport(t, ctx, 640, 800)
	host.set("/static", lazyArticle(site.URL+query, 0))
	navigate(t, ctx, host.URL+"/static")
	return ctx, attachFrame(t, ctx, site.URL+"/"), site, hold
}

// TestEmbedStaticLink: on a static host the prerendered page is the
// article's default graphic; an embed whose link carries a scenario and
// other blocks shows them dimmed as pending, and starts as soon as it is in
// view, with no move from the reader.
func TestEmbedStaticLink(t *testing.T) {
	_, fctx, _, hold := staticEmbed(t, "/?embed=1&lang=fr&t.amzn2=0&show=verdict,figures,captable")
	// In view, asked for at once: no move, no idle wait.
	poll(t, fctx, `document.readyState === "complete" && document.documentElement.dataset.wasm === "started"`, stepTimeout)
	// The dimming is a 0.2 s transition: wait for it to show, not one read.
	poll(t, fctx, `document.documentElement.classList.contains("rc-pending") && getComputedStyle(document.querySelector('[data-testid="verdict"]')).opacity < 1`, stepTimeout)
	close(hold)
	waitApp(t, fctx)
	if got := dataValue(t, fctx, "raised"); got != "75.0000000000" {
		t.Errorf("raised %s, want the link's 75", got)
	}
	if !hasTestid(t, fctx, "stake-after-msft") || hasTestid(t, fctx, "chart-contributions") {
		t.Error("the link's blocks (verdict, figures, cap table) do not show")
	}
}

// TestEmbedStaticDefault: a static host answers an embed's address with
// the full page; until the program renders the embed, the frame shows what
// the embed shows first, at an embed's height, not the 5,000 px page. The
// default embed (no scenario, no option) is the page's own figures laid out
// as the embed: it waits for the reader as the page does, fetching its
// program only in view.
func TestEmbedStaticDefault(t *testing.T) {
	ctx, fctx, site, hold := staticEmbed(t, "/?embed=1&lang=fr")
	poll(t, fctx, `document.readyState === "complete" && document.documentElement.dataset.wasm === "loading"`, stepTimeout)
	if !eval[bool](t, fctx, `document.documentElement.classList.contains("rc-as-embed") && !document.querySelector(".page.embed")`) {
		t.Fatal("the static page for an embed's address is not shown as the embed")
	}
	for _, id := range []string{"verdict", "chart-contributions"} {
		if v := eval[string](t, fctx, figureShownJS+`('[data-testid="`+id+`"]')`); !strings.HasPrefix(v, "shown:") {
			t.Errorf("%s before the program runs: %s", id, v)
		}
	}
	// An embed's height, not the page's 5,000 px (TestEmbedHeightFinal: the
	// embed's own, within 40 px).
	if h := eval[int](t, fctx, contentHeightJS); h > 900 {
		t.Errorf("before the program runs the frame's content is %d px tall, want an embed's (900 at most)", h)
	}
	reportsFit := func(what string) {
		t.Helper()
		var dw []int
		var content int
		if !eventually(5*time.Second, func() bool {
			dw, _, _ = heightReports(t, ctx, site.URL, "roundcalc")
			content = eval[int](t, fctx, contentHeightJS)
			return len(dw) > 0 && nearPx(lastHeight(dw), content)
		}) {
			t.Errorf("%s: reported heights %v, content %d px", what, dw, content)
		}
	}
	reportsFit("before the program runs")
	close(hold)
	waitApp(t, fctx)
	if !eval[bool](t, fctx, `!!document.querySelector(".page.embed") && !document.documentElement.classList.contains("rc-as-embed")`) {
		t.Error("once running, the page is not the embed")
	}
	reportsFit("running")
}
