//go:build !js

package wasmtest

import (
	"context"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// holdingProxy stands between the browser and a host (the server of `make
// run`, a static host): it can hold app.wasm (the page stays as served,
// before its program runs), go down as a stopped host does, app.wasm
// excepted, and send to another host (a new deployment).
type holdingProxy struct {
	URL     string
	mu      sync.Mutex
	hold    chan struct{} // app.wasm waits until it is closed; nil: not held
	down    bool
	stall   chan struct{} // an embed's page waits until it is closed; nil: not held
	backend *url.URL
}

func startHoldingProxy(t *testing.T, backend string) *holdingProxy {
	t.Helper()
	p := &holdingProxy{}
	p.switchTo(t, backend)
	rp := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		p.mu.Lock()
		defer p.mu.Unlock()
		r.SetURL(p.backend)
		r.Out.Host = r.In.Host
	}}
	p.URL = serveLocal(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		hold, down, stall := p.hold, p.down, p.stall
		p.mu.Unlock()
		if stall != nil && r.URL.Query().Get("embed") == "1" {
			select { // a connection that answers nothing
			case <-stall:
			case <-r.Context().Done():
				return
			}
		}
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			if hold != nil {
				select {
				case <-hold:
				case <-r.Context().Done():
					return
				}
			}
		} else if down {
			// A refused connection, as from a stopped server.
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		rp.ServeHTTP(w, r)
	})).URL
	return p
}

// holdWasm holds app.wasm from now on; the returned func lets it go.
func (p *holdingProxy) holdWasm() (release func()) { return p.holdOn(&p.hold) }

// holdOn puts a new gate in slot, which requests wait on until the
// returned func opens it.
func (p *holdingProxy) holdOn(slot *chan struct{}) (release func()) {
	c := make(chan struct{})
	p.mu.Lock()
	*slot = c
	p.mu.Unlock()
	var once sync.Once
	return func() { once.Do(func() { close(c) }) }
}

// switchTo sends the requests to another backend from now on (a new
// deployment behind the same address).
func (p *holdingProxy) switchTo(t *testing.T, backend string) {
	t.Helper()
	u, err := url.Parse(backend)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.backend = u
	p.mu.Unlock()
}

// stallEmbeds makes the embeds' pages wait from now on; the returned func
// lets them go.
func (p *holdingProxy) stallEmbeds() (release func()) { return p.holdOn(&p.stall) }

// goDown refuses every request but app.wasm's from now on.
func (p *holdingProxy) goDown() {
	p.mu.Lock()
	p.down = true
	p.mu.Unlock()
}

// shownJS is, in a page, whether the element with that data-testid shows.
const shownJS = `((id) => { const e = document.querySelector('[data-testid="' + id + '"]');
	return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"; })`

// TestEmbedReturningReader: a reader whose browser has the site's service
// worker (an earlier article's embed installed it) opens another article
// whose embed has its own language, blocks and levers: from its first
// paint, before the program runs, the embed is in that language, shows
// those blocks only, and reports its final height (within 40 px), with
// the host up and with the host down (the worker's cached page), on the
// server of `make run` and on a static host.
func TestEmbedReturningReader(t *testing.T) {
	host := startArticleHost(t)
	for _, h := range []struct {
		name  string
		start func(t *testing.T) *Server
	}{
		{"server", func(t *testing.T) *Server { return startServer(t) }},
		{"static", func(t *testing.T) *Server { return serveDist(t, nil) }},
	} {
		t.Run(h.name, func(t *testing.T) {
			returningReader(t, host, startHoldingProxy(t, h.start(t).URL))
		})
	}
}

func returningReader(t *testing.T, host *articleHost, px *holdingProxy) {
	ctx := newBrowser(t)
	viewport(t, ctx, 700, 900)
	firstVisit(t, ctx, host, px)
	for _, c := range []embedVisit{
		{"fr", "&show=verdict,pay&levers=growth", payGrowth, notPayGrowth},
		{"en", "&show=captable", captable, notCaptable},
	} {
		t.Run(c.lang+c.query, func(t *testing.T) { c.open(t, ctx, host, px, nil) })
	}
	px.goDown()
	if reachable(px.URL + "/") {
		t.Fatal("the host still answers")
	}
	for _, c := range []embedVisit{
		{"en", "&show=verdict,pay&levers=growth", payGrowth, notPayGrowth},
		{"fr", "&show=captable", captable, notCaptable},
	} {
		t.Run("offline/"+c.lang+c.query, func(t *testing.T) { c.open(t, ctx, host, px, nil) })
	}
}

// readerBack is a reader whose browser has met the server of `make run`
// (through a proxy) in an earlier article's embed.
func readerBack(t *testing.T) (*holdingProxy, *articleHost, context.Context) {
	t.Helper()
	px := startHoldingProxy(t, startServer(t).URL)
	host := startArticleHost(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 700, 900)
	firstVisit(t, ctx, host, px)
	return px, host, ctx
}

// TestEmbedReturningReaderStalled: where the connection to the server of
// `make run` answers nothing, a returning reader's embed is the worker's
// page, in its language and with its blocks, after a short wait, not an
// empty frame.
func TestEmbedReturningReaderStalled(t *testing.T) {
	px, host, ctx := readerBack(t)
	defer px.stallEmbeds()()
	c := embedVisit{"fr", "&show=captable", captable, notCaptable}
	t.Run(c.lang+c.query, func(t *testing.T) { c.open(t, ctx, host, px, nil) })
}

// The blocks of the embeds the tests open, by data-testid: shown, and some
// of the others.
var (
	payGrowth    = []string{"verdict", "verdict-pay", "chart-pay", "input-growth", "field-growth"}
	notPayGrowth = []string{"chart-contributions", "post-money", "stake-after-msft", "chart-ownership", "input-pre", "field-ipo"}
	captable     = []string{"stake-after-msft"}
	notCaptable  = []string{"verdict", "chart-contributions", "chart-pay", "chart-ownership"}
)

// firstVisit is a reader's first article, whose default embed, in view,
// installs the site's worker, which precaches. The worker's copy of the
// program then goes, so that its fetch reaches the proxy, which can hold
// it: the test sees the next page as it was served.
func firstVisit(t *testing.T, ctx context.Context, host *articleHost, px *holdingProxy) {
	t.Helper()
	path := "/" + strings.TrimPrefix(px.URL, "http://") + "/first"
	host.set(path, lazyArticle(px.URL+"/?embed=1&lang=fr", 0))
	navigate(t, ctx, host.URL+path)
	fctx := attachFrame(t, ctx, px.URL+"/")
	waitApp(t, fctx)
	waitServiceWorker(t, fctx)
	eval[bool](t, fctx, `(async () => {
		for (const k of await caches.keys()) {
			const c = await caches.open(k);
			for (const r of await c.keys()) {
				if (new URL(r.url).pathname.endsWith("/web/app.wasm")) await c.delete(r, { ignoreVary: true });
			}
		}
		return true;
	})()`)
}

// embedVisit is an article whose embed has its own language and query.
type embedVisit struct {
	lang, query   string
	shown, hidden []string // data-testids
}

// open opens the article while the proxy holds the program; the page the
// frame was served must be in the embed's language and show its blocks
// only (then check, when not nil, looks at it), and the program, once it
// runs, must report the first report's height within 40 px.
func (c embedVisit) open(t *testing.T, ctx context.Context, host *articleHost, px *holdingProxy, check func(fctx context.Context)) {
	t.Helper()
	release := px.holdWasm()
	defer release()
	path := "/" + strings.TrimPrefix(px.URL, "http://") + "/" + strings.NewReplacer("&", "-", "=", "-", ",", "-").Replace(c.lang+c.query)
	host.set(path, lazyArticle(px.URL+"/?embed=1&lang="+c.lang+c.query, 0)+resizingListener)
	navigate(t, ctx, host.URL+path)
	fctx := attachFrame(t, ctx, px.URL+"/")
	first, _, _ := waitHeightReports(t, ctx, px.URL, "roundcalc", false, 1)
	poll(t, fctx, `document.readyState === "complete"`, stepTimeout)
	if !eval[bool](t, fctx, `!!document.getElementById("app-wasm-loader")`) {
		t.Fatal("the program runs already: the test holds nothing")
	}
	if l := eval[string](t, fctx, `document.documentElement.lang`); l != c.lang {
		t.Errorf("before the program runs, the embed is in %q, want %q", l, c.lang)
	}
	for _, id := range c.shown {
		if !eval[bool](t, fctx, shownJS+`(`+jsString(id)+`)`) {
			t.Errorf("%s, chosen, does not show before the program runs", id)
		}
	}
	for _, id := range c.hidden {
		if eval[bool](t, fctx, shownJS+`(`+jsString(id)+`)`) {
			t.Errorf("%s, not chosen, shows before the program runs", id)
		}
	}
	if check != nil {
		check(fctx)
	}

	release()
	waitApp(t, fctx)
	checkHeightFinal(t, ctx, fctx, px.URL, first[0])
	if l := eval[string](t, fctx, `document.documentElement.lang`); l != c.lang {
		t.Errorf("running, the embed is in %q, want %q", l, c.lang)
	}
}

// TestEmbedReturningReaderNewVersion: when the server runs a new version,
// a returning reader's embed is the worker's page, of the version its
// cached scripts, styles and program are (the server's page would meet
// them), still in its language, with its blocks and final height.
func TestEmbedReturningReaderNewVersion(t *testing.T) {
	px, host, ctx := readerBack(t)
	px.switchTo(t, startServerRoot(t, newRootVersion(t)).URL)
	c := embedVisit{"en", "&show=captable", captable, notCaptable}
	c.open(t, ctx, host, px, func(fctx context.Context) {
		if q := eval[string](t, fctx, `document.documentElement.getAttribute("data-prerender-query")`); q == "embed=1&lang=en&show=captable" {
			t.Error("the embed is the new version's page, with the old version's scripts and styles")
		}
	})
}
