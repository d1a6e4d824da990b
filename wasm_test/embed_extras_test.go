//go:build !js

package wasmtest

// End-to-end tests of the rest of the embed: the calculator in an iframe
// sandboxed without allow-same-origin (web/pending.js shows the prerendered
// figures with a note), and the example article page web/article.html (the
// Embed panel's snippet with relative URLs, sized by web/embed.js, under its
// own Content-Security-Policy).

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// sandboxFrame is a host page's sandboxed frame of src, with the listener.
func sandboxFrame(src, listener string) string {
	return `<iframe id="sb" data-roundcalc sandbox="allow-scripts allow-popups" src="` + html.EscapeString(src) +
		`" title="roundcalc" style="width:100%;border:0" height="1600"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(listener) + `" async></script>`
}

// figureShownJS reports, in the frame, whether the figure's element is
// rendered, not hidden, not dimmed, and shows text.
const figureShownJS = `((sel) => {
	const el = document.querySelector(sel);
	if (!el) return "missing";
	for (let e = el; e; e = e.parentElement) {
		const cs = getComputedStyle(e);
		if (cs.display === "none" || cs.visibility === "hidden" || parseFloat(cs.opacity) < 0.99) {
			return "hidden or dimmed by " + e.tagName + "." + e.className + " (opacity " + cs.opacity + ")";
		}
	}
	const r = el.getBoundingClientRect();
	if (r.width < 1 || r.height < 1) return "no box";
	return "shown:" + el.textContent.trim();
})`

func checkSandboxed(t *testing.T, ctx, fctx context.Context, wantText string, wantNote ...string) {
	t.Helper()
	poll(t, fctx, `!!document.querySelector('[data-testid="sandbox-note"]')`, stepTimeout)
	// The embed states its figures in the verdict: prerendered, never dimmed.
	shown := eval[string](t, fctx, figureShownJS+`('[data-testid="verdict"]')`)
	if !strings.HasPrefix(shown, "shown:") || !strings.Contains(shown, wantText) {
		t.Errorf("verdict: %s; want shown with %q", shown, wantText)
	}
	if cls := eval[string](t, fctx, `document.documentElement.className`); strings.Contains(cls, "rc-pending") || !strings.Contains(cls, "rc-sandboxed") {
		t.Errorf("<html> class %q: want rc-sandboxed, never rc-pending", cls)
	}
	note := eval[string](t, fctx, `document.querySelector('[data-testid="sandbox-note"]').textContent`)
	for _, w := range wantNote {
		if !strings.Contains(note, w) {
			t.Errorf("the note %q lacks %q", note, w)
		}
	}
	if v := eval[string](t, fctx, figureShownJS+`('[data-testid="sandbox-note"]')`); !strings.HasPrefix(v, "shown:") {
		t.Errorf("the note is not shown: %s", v)
	}
	link := eval[[]string](t, fctx, `(() => { const a = document.querySelector('[data-testid="sandbox-note"] a'); return a ? [a.href, a.target] : ["", ""]; })()`)
	if !strings.Contains(link[0], "lang=") || strings.Contains(link[0], "embed=") || link[1] != "_blank" {
		t.Errorf("the note's link %q (target %q): want the page without embed, in a new tab", link[0], link[1])
	}
	if n := eval[int](t, fctx, `document.querySelectorAll(".page input:not(:disabled), .page select:not(:disabled), .page button:not(:disabled)").length`); n != 0 {
		t.Errorf("%d controls left enabled in a frame where nothing can run", n)
	}
}

// waitLoaderSettled waits until go-app's loader has either been removed
// (the wasm was fetched and its run called) or shows app.js's error, then
// checks that nothing of it shows.
func waitLoaderSettled(t *testing.T, fctx context.Context) {
	t.Helper()
	poll(t, fctx, `(() => {
		const l = document.getElementById("app-wasm-loader");
		if (!l) return true;
		const label = document.getElementById("app-wasm-loader-label");
		return !!label && !/\d\s*%/.test(label.textContent) && label.textContent !== "";
	})()`, appTimeout)
	if shown := eval[bool](t, fctx, `(() => { const l = document.getElementById("app-wasm-loader"); return !!l && getComputedStyle(l).display !== "none"; })()`); shown {
		t.Errorf("go-app's loader (or its error %q) shows in the sandboxed frame",
			eval[string](t, fctx, `(document.getElementById("app-wasm-loader-label") || {}).textContent || ""`))
	}
}

func TestEmbedSandboxed(t *testing.T) {
	srv := startServer(t)
	host := startArticleHost(t)
	ctx := newBrowser(t)

	t.Run("make run, French", func(t *testing.T) {
		host.set("/sandbox-fr", articleHTML(sandboxFrame(srv.URL+"/?embed=1&lang=fr", srv.URL+"/web/embed.js")))
		navigate(t, ctx, host.URL+"/sandbox-fr")
		fctx := attachFrame(t, ctx, srv.URL+"/")
		checkSandboxed(t, ctx, fctx, "840",
			"Ce cadre est isolé", "allow-same-origin", "les chiffres de l’article s’affichent", "Ouvrir le calculateur complet")
		// The wasm fetch from the opaque origin fails: app.js writes its
		// error into the loader, which stays hidden; the figures stay.
		waitLoaderSettled(t, fctx)
		checkSandboxed(t, ctx, fctx, "840")
		// The frame still reports its height: the listener sizes it.
		waitFrameFits(t, ctx, fctx, "#sb", "sandboxed frame")
	})

	t.Run("make run, English scenario", func(t *testing.T) {
		host.set("/sandbox-en", articleHTML(sandboxFrame(srv.URL+"/?embed=1&lang=en&pre=800", srv.URL+"/web/embed.js")))
		navigate(t, ctx, host.URL+"/sandbox-en")
		fctx := attachFrame(t, ctx, srv.URL+"/")
		// The server prerendered this scenario: 910 is the link's figure.
		checkSandboxed(t, ctx, fctx, "910",
			"This frame is sandboxed", "this scenario’s figures show", "Open the full calculator")
		href := eval[string](t, fctx, `document.querySelector('[data-testid="sandbox-note"] a').href`)
		if !strings.HasPrefix(href, srv.URL+"/?") || !strings.Contains(href, "pre=800") || !strings.Contains(href, "lang=en") {
			t.Errorf("open link %q: want %s/ with pre=800 and lang=en", href, srv.URL)
		}
		if full := eval[string](t, fctx, `(document.querySelector('[data-testid="open-full"]') || {}).href || ""`); full != "" && full != href {
			t.Errorf("the page's own open-full link is %q, the note's %q", full, href)
		}
	})

	t.Run("static host with CORS, another scenario", func(t *testing.T) {
		// A static host that sends Access-Control-Allow-Origin: * (GitHub
		// Pages does): the wasm arrives, and go-app would render then die
		// on localStorage. The page must stay as prerendered, with the note.
		files := http.FileServer(http.Dir(suite.dist))
		ts := serveLocal(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Access-Control-Allow-Origin", "*")
			files.ServeHTTP(w, r)
		}))
		defer ts.Stop()
		host.set("/sandbox-static", articleHTML(sandboxFrame(ts.URL+"/?embed=1&pre=800&lang=fr", ts.URL+"/web/embed.js")))
		navigate(t, ctx, host.URL+"/sandbox-static")
		fctx := attachFrame(t, ctx, ts.URL+"/")
		// The static page is the article's scenario (840), and says so.
		checkSandboxed(t, ctx, fctx, "840",
			"Ce cadre est isolé", "ceux de l’article, pas ceux de ce lien")
		waitLoaderSettled(t, fctx)
		// app.js removes its loader right after it has run the wasm (the
		// no-op run): once it is gone and the tasks queued by then have
		// run, whatever the wasm could do has been done.
		poll(t, fctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		settled(t, fctx)
		checkSandboxed(t, ctx, fctx, "840")
		waitFrameFits(t, ctx, fctx, "#sb", "sandboxed frame on a static host")
	})
}

// cspRecorder installs, in every document of the tab (frames included), a
// recorder of securitypolicyviolation events, and collects the console's
// Log entries that mention a Content Security Policy.
type cspRecorder struct {
	mu      sync.Mutex
	entries []string
}

func recordCSP(t *testing.T, ctx context.Context) *cspRecorder {
	t.Helper()
	rec := &cspRecorder{}
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
	window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || ""));
});`,
	})
	if err != nil {
		t.Fatal(err)
	}
	events := chromedp.Events(ctx, cdplog.EntryAdded)
	if _, err := chromedp.Call(ctx, cdplog.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			if e := ev.Entry; e != nil && (strings.Contains(e.Text, "Content Security Policy") || strings.Contains(e.Text, "Content-Security-Policy")) {
				rec.mu.Lock()
				rec.entries = append(rec.entries, e.URL+": "+e.Text)
				rec.mu.Unlock()
			}
		}
	}()
	return rec
}

func (r *cspRecorder) check(t *testing.T, ctx context.Context) {
	t.Helper()
	page := eval[[]string](t, ctx, `window.__csp || ["no recorder"]`)
	frame := eval[[]string](t, ctx, `(() => { const f = document.querySelector("iframe[data-roundcalc]"); return (f && f.contentWindow.__csp) || ["no recorder in the frame"]; })()`)
	if len(page) > 0 {
		t.Errorf("CSP violations on the article page: %q", page)
	}
	if len(frame) > 0 {
		t.Errorf("CSP violations in the calculator's frame: %q", frame)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.entries) > 0 {
		t.Errorf("console: %q", r.entries)
	}
}

// articleFrameFits waits until the article's (same-origin) frame is as tall
// as its content within a few pixels, and no longer at its 1600 px default.
func articleFrameFits(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	const heights = `(() => {
		const f = document.querySelector("iframe[data-roundcalc]");
		const d = f.contentDocument;
		return [Math.round(f.getBoundingClientRect().height),
			d ? Math.ceil(d.documentElement.getBoundingClientRect().height) : -1];
	})()`
	err := pollErr(ctx, `((h) => h[1] > 0 && Math.abs(h[0] - h[1]) <= 3 && h[0] !== 1600)(`+heights+`)`, 10*time.Second)
	h := eval[[]int](t, ctx, heights)
	if err != nil {
		t.Errorf("%s: the frame is %d px tall, its content %d px (%v)", what, h[0], h[1], err)
		return
	}
	t.Logf("%s: frame %d px, content %d px", what, h[0], h[1])
}

// openArticle loads the example article and waits for the calculator in
// its frame.
func openArticle(t *testing.T, ctx context.Context, pageURL, wantFrame string) {
	t.Helper()
	navigate(t, ctx, pageURL)
	src := eval[string](t, ctx, `document.querySelector("iframe[data-roundcalc]").src`)
	if src != wantFrame {
		t.Errorf("the article's frame loads %q, want %q", src, wantFrame)
	}
	poll(t, ctx, `(() => {
		const d = document.querySelector("iframe[data-roundcalc]").contentDocument;
		return !!d && d.readyState === "complete" && !!d.querySelector(".page") && !d.getElementById("app-wasm-loader");
	})()`, appTimeout)
	if got := eval[string](t, ctx, `document.querySelector("iframe[data-roundcalc]").contentDocument.querySelector('[data-testid="verdict"]').textContent`); !strings.Contains(got, "840") {
		t.Errorf("the framed calculator's verdict is %q, want 840", got)
	}
	if !eval[bool](t, ctx, `window.roundcalcEmbed === true`) {
		t.Error("the listener script web/embed.js did not run on the article page")
	}
	// The snippet's width applies: the frame fills the article column.
	w := eval[[]int](t, ctx, `(() => { const f = document.querySelector("iframe[data-roundcalc]"); const cs = getComputedStyle(f);
		return [Math.round(f.getBoundingClientRect().width), Math.round(f.parentElement.getBoundingClientRect().width), parseInt(cs.borderTopWidth) || 0]; })()`)
	if w[0] != w[1] || w[2] != 0 {
		t.Errorf("the frame is %d px wide in a %d px column, border %d px: want the column's width, no border", w[0], w[1], w[2])
	}
}

func TestEmbedArticlePage(t *testing.T) {
	t.Run("make run", func(t *testing.T) {
		srv := startServer(t)
		ctx := newBrowser(t)
		csp := recordCSP(t, ctx)
		openArticle(t, ctx, srv.URL+"/web/article.html", srv.URL+"/?embed=1&lang=fr")
		articleFrameFits(t, ctx, "after load")
		// A change inside the frame: a lever moved, the verdict and the
		// address follow; then a refused value, whose message makes the
		// frame taller.
		eval[bool](t, ctx, `(() => {
			const d = document.querySelector("iframe[data-roundcalc]").contentDocument;
			const el = d.querySelector('[data-testid="field-pre"]'); el.value = "900";
			el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`)
		poll(t, ctx, `(() => {
			const w = document.querySelector("iframe[data-roundcalc]").contentWindow;
			return w.document.querySelector('[data-testid="verdict"]').textContent.includes("1\u202f010") &&
				new URLSearchParams(w.location.search).get("pre") === "900";
		})()`, stepTimeout)
		eval[bool](t, ctx, `(() => {
			const d = document.querySelector("iframe[data-roundcalc]").contentDocument;
			const el = d.querySelector('[data-testid="field-pre"]'); el.value = "abc";
			el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`)
		poll(t, ctx, `document.querySelector("iframe[data-roundcalc]").contentDocument.querySelector('[data-testid="error"]').textContent !== ""`, stepTimeout)
		articleFrameFits(t, ctx, "after a refused value in the frame")
		settled(t, ctx)
		csp.check(t, ctx)
		title := eval[string](t, ctx, `document.title`)
		if !strings.Contains(title, "110 milliards") {
			t.Errorf("article title %q", title)
		}
	})

	t.Run("static site under a sub-path", func(t *testing.T) {
		dir := distWithBase(t, "/roundcalc")
		site := serveDist(t, &DistOptions{Dir: dir, Base: "/roundcalc"})
		ctx := newBrowser(t)
		csp := recordCSP(t, ctx)
		openArticle(t, ctx, site.URL+"/roundcalc/web/article.html", site.URL+"/roundcalc/?embed=1&lang=fr")
		articleFrameFits(t, ctx, "after load")
		csp.check(t, ctx)
		oembed, _ := httpGet(t, site.URL+"/roundcalc/oembed.json")
		if !strings.Contains(oembed, `"type": "rich"`) {
			t.Errorf("oembed.json: %s", oembed)
		}
		link := eval[string](t, ctx, `(() => { const d = document.querySelector("iframe[data-roundcalc]").contentDocument;
			const l = d.querySelector('link[type="application/json+oembed"]'); return l ? l.href : ""; })()`)
		if link != site.URL+"/roundcalc/oembed.json" {
			t.Errorf("the page's oEmbed discovery link is %q", link)
		}
	})
}

func TestEmbedOEmbedDiscovery(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?pre=900&lang=en")
	href := eval[string](t, ctx, `(document.querySelector('link[type="application/json+oembed"]') || {}).href || ""`)
	want := srv.URL + "/oembed?" + url.Values{"url": {srv.URL + "/?pre=900&lang=en"}, "format": {"json"}}.Encode()
	if href != want {
		t.Errorf("discovery link %q, want %q", href, want)
	}
	body, hdr := httpGet(t, href)
	if !strings.Contains(hdr.Get("Content-Type"), "application/json") || !strings.Contains(body, "pre=900") ||
		!strings.Contains(body, fmt.Sprintf(`src=\"%s/?embed=1`, srv.URL)) {
		t.Errorf("GET %s: %s\n%s", href, hdr.Get("Content-Type"), body)
	}
}
