//go:build bench && !js

// The performance benchmark (the README's performance table), in headless
// Chromium on 127.0.0.1.
// Run it with `make bench` (go run ./wasm_test/benchtable prints the table with the
// budget), or by hand:
//
//	go test -tags bench -run '^$' -bench . -benchtime 1x ./wasm_test/
//
// Each benchmark does its own repetitions (b.N is ignored: run with
// -benchtime 1x) and reports medians with b.ReportMetric, in units that
// wasm_test/benchtable reads:
//
//	BenchmarkWasmSize     bytes-raw, bytes-gzip, bytes-brotli of web/app.wasm
//	BenchmarkLoad/server  the server of `make run`, and the static site of
//	BenchmarkLoad/static  `make dist` on a plain file server: for each,
//	                      ROUNDCALC_BENCH_LOADS (default 5) fresh profiles,
//	                      each a cold load then a warm one (service worker in
//	                      control); the sites take turns. ROUNDCALC_BENCH_SITES
//	                      (default "server,static") picks the sites.
//	BenchmarkSlider       200 slider moves, then a 5 s continuous drag, on the
//	                      server's page
//	BenchmarkMemory       the wasm memory of a long session: at the start,
//	                      after a 2,000-move drag, after 50 imports of a
//	                      1 MB file (MB of 2^20 bytes)
//
// Both sites are reached through a counting TCP proxy on 127.0.0.1, which
// gives the bytes of the whole first visit, the service worker's precache
// included (the page target's Network.loadingFinished events do not see it).
//
// Every time is taken in the page with performance.now(), whose origin is the
// navigation's start; a script that Chromium evaluates before the page's own
// (Page.addScriptToEvaluateOnNewDocument) records the moments.
package wasmtest

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// benchLoads is the number of cold loads, and of warm ones, per site.
func benchLoads(b *testing.B) int {
	n := 5
	if s := os.Getenv("ROUNDCALC_BENCH_LOADS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("ROUNDCALC_BENCH_LOADS=%q: want a positive integer", s)
		}
		n = v
	}
	return n
}

func BenchmarkWasmSize(b *testing.B) {
	wasm := filepath.Join(suite.root, "web", "app.wasm")
	for _, f := range []struct{ suffix, unit string }{{"", "bytes-raw"}, {".gz", "bytes-gzip"}, {".br", "bytes-brotli"}} {
		st, err := os.Stat(wasm + f.suffix)
		if err != nil {
			b.Logf("%v (skipped)", err)
			continue
		}
		b.ReportMetric(float64(st.Size()), f.unit)
	}
	// The version of the browser, for the table's header.
	ctx := newBrowser(b)
	v := step(b, ctx, func(ctx context.Context, t *chromedp.Target) (string, error) {
		r, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
		return r.Product, err
	})
	b.Logf("browser: %s", v)
	b.ReportMetric(0, "ns/op")
}

// probeJS runs in every document before the page's own scripts. It records,
// in window.__bench, with performance.now() (origin: the navigation's start):
//   - figure: the moment [data-testid=post-money] is in the document (a
//     MutationObserver over the parser's insertions);
//   - fcp: first contentful paint;
//   - interactive: the moment a slider move has changed the figure. Every
//     16 ms (checked every 4 ms) it sets input-pre to 900 and dispatches
//     input; post-money's data-value becomes postMoneyPre900 only when the
//     app handles the move;
//   - the phases in between: app.wasm fetched and compiled (or, compiled by a
//     worker, instantiated), go.run returned.
const probeJS = `(() => {
  if (location.protocol !== "http:" || window.__bench) return;
  const B = window.__bench = {figure: null, fcp: null, interactive: null, dispatches: 0, firstDispatch: null,
    wasmStart: 0, wasmReady: 0, goStart: 0, goReturned: 0};
  const fig = '[data-testid="post-money"]';
  const mo = new MutationObserver(() => {
    if (B.figure === null && document.querySelector(fig)) {
      B.figure = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, {childList: true, subtree: true});
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === "first-contentful-paint") B.fcp = e.startTime;
    }).observe({type: "paint", buffered: true});
  } catch (e) {}
  // Phases of the app's start: app.js's WebAssembly.instantiateStreaming
  // (download and compile), then go.run (Go's start and the first render,
  // until main blocks); wrapping them costs nothing measurable.
  // The page may compile the module in a worker and instantiate it itself
  // (web/pending.js): WebAssembly.instantiate is wrapped too, and the phase
  // then starts when the page asks for the instance.
  const wrapRun = () => {
    if (window.Go && !Go.prototype.__bench) {
      const run = Go.prototype.run;
      Go.prototype.run = function (...x) {
        B.goStart = performance.now();
        const p = run.apply(this, x);
        B.goReturned = performance.now();
        return p;
      };
      Go.prototype.__bench = true;
    }
  };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const inst = WebAssembly[name];
    if (inst) WebAssembly[name] = async function (...a) {
      if (!B.wasmStart) B.wasmStart = performance.now();
      const r = await inst.apply(this, a);
      B.wasmReady = performance.now();
      wrapRun();
      return r;
    };
  }
  const want = "1010.0000000000";
  let last = -1e9;
  const id = setInterval(() => {
    const f = document.querySelector(fig);
    const s = document.querySelector('[data-testid="input-pre"]');
    if (!f || !s) return;
    if (B.figure === null) B.figure = performance.now();
    if (f.getAttribute("data-value") === want) {
      B.interactive = performance.now();
      clearInterval(id);
      return;
    }
    const now = performance.now();
    if (now - last < 16) return;
    last = now;
    if (B.firstDispatch === null) B.firstDispatch = now;
    B.dispatches++;
    s.value = "900";
    s.dispatchEvent(new Event("input", {bubbles: true}));
  }, 4);
  setTimeout(() => clearInterval(id), 180000);
})();`

// loadSample is what one page load measured, in ms from the navigation's
// start, and the bytes it transferred.
type loadSample struct {
	Figure, FCP, Interactive float64
	ResponseEnd, DCL         float64
	WasmStart, WasmReady     float64 // instantiateStreaming called, resolved
	GoStart, GoReturned      float64 // go.run called, returned (main blocks)
	Dispatches               int
	PageBytes                float64 // Σ Network.loadingFinished encodedDataLength, page target
	WireBytes                int64   // bytes the server sent (counting proxy), service worker included
	WasmBytes                float64 // app.wasm's encodedDataLength (0: not fetched by the page)
	WasmEncoding             string
}

func BenchmarkLoad(b *testing.B) {
	type site struct {
		name       string
		url        string
		sent       *atomic.Int64
		cold, warm []loadSample
	}
	var sites []*site
	for _, name := range strings.Split(envOr("ROUNDCALC_BENCH_SITES", "server,static"), ",") {
		var backend *Server
		switch name {
		case "server":
			backend = startServer(b)
		case "static":
			backend = serveDist(b, nil)
		default:
			b.Fatalf("ROUNDCALC_BENCH_SITES: unknown site %q (server, static)", name)
		}
		url, sent := countingProxy(b, backend.URL)
		sites = append(sites, &site{name: name, url: url + "/", sent: sent})
	}
	// The sites take turns, so that the machine's load (other builds on a
	// shared machine) falls on both alike.
	n := benchLoads(b)
	for i := range n {
		for _, s := range sites {
			c, w := coldWarm(b, s.url, s.sent)
			b.Logf("%s, profile %d: cold %s", s.name, i+1, c)
			b.Logf("%s, profile %d: warm %s", s.name, i+1, w)
			s.cold = append(s.cold, c)
			s.warm = append(s.warm, w)
		}
	}
	for _, s := range sites {
		b.Run(s.name, func(b *testing.B) {
			report := func(prefix string, s []loadSample) {
				m := func(unit string, f func(loadSample) float64) { b.ReportMetric(median(s, f), unit) }
				m("ms-"+prefix+"-figure", func(x loadSample) float64 { return x.Figure })
				m("ms-"+prefix+"-fcp", func(x loadSample) float64 { return x.FCP })
				m("ms-"+prefix+"-wasm-ready", func(x loadSample) float64 { return x.WasmReady })
				m("ms-"+prefix+"-go-returned", func(x loadSample) float64 { return x.GoReturned })
				m("ms-"+prefix+"-interactive", func(x loadSample) float64 { return x.Interactive })
				m("bytes-"+prefix+"-page", func(x loadSample) float64 { return x.PageBytes })
				m("bytes-"+prefix+"-wire", func(x loadSample) float64 { return float64(x.WireBytes) })
			}
			report("cold", s.cold)
			report("warm", s.warm)
			b.ReportMetric(float64(n), "loads")
			b.ReportMetric(0, "ns/op")
		})
	}
}

func (s loadSample) String() string {
	return fmt.Sprintf("figure %.0f ms, fcp %.0f ms, interactive %.0f ms (responseEnd %.0f, DCL %.0f; wasm fetch+compile %.0f→%.0f, go.run %.0f→%.0f; %d slider dispatches), page %.0f B, wire %d B, app.wasm %.0f B %s",
		s.Figure, s.FCP, s.Interactive, s.ResponseEnd, s.DCL, s.WasmStart, s.WasmReady, s.GoStart, s.GoReturned,
		s.Dispatches, s.PageBytes, s.WireBytes, s.WasmBytes, s.WasmEncoding)
}

// coldWarm opens a fresh browser (fresh profile), loads url cold, waits for
// the service worker to control the page with its cache filled, then loads
// url again (warm).
func coldWarm(b *testing.B, url string, sent *atomic.Int64) (cold, warm loadSample) {
	ctx := newBrowser(b)
	step(b, ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS})
		return err
	}))
	cold = measureLoad(b, ctx, url, sent, true)
	warm = measureLoad(b, ctx, url, sent, false)
	return cold, warm
}

func measureLoad(b *testing.B, ctx context.Context, url string, sent *atomic.Int64, first bool) loadSample {
	navigate(b, ctx, "about:blank")
	var (
		mu       sync.Mutex
		bytes    float64
		wasmReq  network.RequestID
		wasmEnc  string
		wasmSize float64
	)
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	if err := chromedp.Listen(lctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventResponseReceived:
			if strings.HasSuffix(ev.Response.URL, "/web/app.wasm") {
				wasmReq = ev.RequestID
				wasmEnc = headerValue(ev.Response.Headers, "Content-Encoding")
				if ev.Response.FromServiceWorker {
					wasmEnc = "from service worker"
				}
			}
		case *network.EventLoadingFinished:
			bytes += ev.EncodedDataLength
			if ev.RequestID == wasmReq {
				wasmSize = ev.EncodedDataLength
			}
		}
	}); err != nil {
		b.Fatal(err)
	}
	sent.Store(0)
	navigate(b, ctx, url)
	poll(b, ctx, `!!window.__bench && window.__bench.interactive !== null`, appTimeout)
	if first {
		// The first visit is over once the service worker has precached.
		waitServiceWorker(b, ctx)
	}
	time.Sleep(500 * time.Millisecond) // late requests (the worker's update check)
	s := eval[loadSample](b, ctx, `(() => {
		const B = window.__bench, n = performance.getEntriesByType("navigation")[0];
		return {Figure: B.figure, FCP: B.fcp || 0, Interactive: B.interactive, Dispatches: B.dispatches,
			WasmStart: B.wasmStart, WasmReady: B.wasmReady, GoStart: B.goStart, GoReturned: B.goReturned,
			ResponseEnd: n.responseEnd, DCL: n.domContentLoadedEventEnd};
	})()`)
	stop()
	mu.Lock()
	s.PageBytes, s.WasmBytes, s.WasmEncoding = bytes, wasmSize, wasmEnc
	mu.Unlock()
	s.WireBytes = sent.Load()
	return s
}

func headerValue(h network.Headers, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return fmt.Sprint(v)
		}
	}
	return ""
}

// sliderJS moves input-pre n times, alternating 905 and 900 so that every
// move changes the figure, and returns the time from each move to the
// moment post-money's text changed (a MutationObserver), in ms. Between two
// moves it waits for the next frame.
const sliderJS = `(async (n) => {
  const fig = '[data-testid="post-money"]';
  const text = () => { const e = document.querySelector(fig); return e ? e.textContent : null; };
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const lat = [];
  let timeouts = 0;
  for (let i = 0; i < n; i++) {
    await nextFrame();
    const before = text();
    let t0 = 0;
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (text() !== before) { mo.disconnect(); clearTimeout(to); resolve(performance.now()); }
      });
      mo.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
      const to = setTimeout(() => { mo.disconnect(); resolve(null); }, 2000);
    });
    const s = document.querySelector('[data-testid="input-pre"]');
    t0 = performance.now();
    s.value = i % 2 === 0 ? "905" : "900";
    s.dispatchEvent(new Event("input", {bubbles: true}));
    const t1 = await changed;
    if (t1 === null) timeouts++; else lat.push(t1 - t0);
  }
  return {Lat: lat, Timeouts: timeouts};
})`

// dragJS drags input-pre for ms milliseconds: at every animation frame it
// moves the slider one step of 5 (bouncing between 100 and 3000) and
// dispatches input, as a reader's drag does. It returns the long tasks
// (PerformanceObserver 'longtask') seen meanwhile, the number of moves, of
// figure changes, and the longest gap between two frames.
const dragJS = `(async (ms) => {
  const long = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
  po.observe({type: "longtask"});
  const fig = '[data-testid="post-money"]';
  const text = () => { const e = document.querySelector(fig); return e ? e.textContent : null; };
  let updates = 0, seen = text();
  const mo = new MutationObserver(() => { const t = text(); if (t !== seen) { seen = t; updates++; } });
  mo.observe(document.body, {subtree: true, childList: true, characterData: true});
  const s0 = document.querySelector('[data-testid="input-pre"]');
  let v = Number(s0.value) || 730, dir = 1, moves = 0, maxGap = 0;
  const start = performance.now();
  let last = start;
  await new Promise((resolve) => {
    const frame = (now) => {
      maxGap = Math.max(maxGap, now - last);
      last = now;
      if (performance.now() - start >= ms) { resolve(); return; }
      v += 5 * dir;
      if (v >= 3000 || v <= 100) dir = -dir;
      const s = document.querySelector('[data-testid="input-pre"]');
      s.value = String(v);
      s.dispatchEvent(new Event("input", {bubbles: true}));
      moves++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await new Promise((r) => setTimeout(r, 300));
  po.disconnect();
  mo.disconnect();
  return {Long: long, Moves: moves, Updates: updates, MaxGap: maxGap, Duration: performance.now() - start};
})`

func BenchmarkSlider(b *testing.B) {
	srv := startServer(b)
	ctx := newBrowser(b)
	navigate(b, ctx, srv.URL+"/")
	waitApp(b, ctx)
	waitDataValue(b, ctx, "post-money", defaultPostMoney)
	// Let the service worker's precache finish first: it is not the drag's.
	waitServiceWorker(b, ctx)
	// The pay picture on screen (its sentence and lines follow every move):
	// the slider is moved by its events, wherever the page is scrolled.
	eval[bool](b, ctx, `(document.querySelector('[data-testid="chart-pay"]').scrollIntoView({block: "center"}), true)`)
	time.Sleep(time.Second)

	const moves = 200
	var sl struct {
		Lat      []float64
		Timeouts int
	}
	sl = evalLong[struct {
		Lat      []float64
		Timeouts int
	}](b, ctx, fmt.Sprintf("%s(%d)", sliderJS, moves), 2*time.Minute)
	if sl.Timeouts > 0 {
		b.Errorf("%d of %d slider moves did not change the figure within 2 s", sl.Timeouts, moves)
	}
	if len(sl.Lat) == 0 {
		b.Fatal("no slider move changed the figure")
	}
	slices.Sort(sl.Lat)
	b.Logf("slider: %d moves, p50 %.1f ms, p95 %.1f ms, max %.1f ms", len(sl.Lat),
		quantile(sl.Lat, 0.5), quantile(sl.Lat, 0.95), sl.Lat[len(sl.Lat)-1])
	b.ReportMetric(quantile(sl.Lat, 0.5), "ms-input-p50")
	b.ReportMetric(quantile(sl.Lat, 0.95), "ms-input-p95")
	b.ReportMetric(sl.Lat[len(sl.Lat)-1], "ms-input-max")
	b.ReportMetric(float64(len(sl.Lat)), "moves")

	time.Sleep(time.Second)
	dr := evalLong[struct {
		Long             []float64
		Moves, Updates   int
		MaxGap, Duration float64
	}](b, ctx, dragJS+"(5000)", time.Minute)
	over, maxLong := 0, 0.0
	for _, d := range dr.Long {
		if d > 50 {
			over++
		}
		maxLong = max(maxLong, d)
	}
	b.Logf("drag: %.0f ms, %d moves, %d figure changes, longest frame gap %.0f ms, long tasks %v",
		dr.Duration, dr.Moves, dr.Updates, dr.MaxGap, dr.Long)
	b.ReportMetric(float64(over), "longtasks-drag")
	b.ReportMetric(maxLong, "ms-longtask-max")
	b.ReportMetric(float64(dr.Moves), "moves-drag")
	b.ReportMetric(float64(dr.Updates), "updates-drag")
	b.ReportMetric(dr.MaxGap, "ms-drag-maxgap")
	b.ReportMetric(0, "ns/op")
}

func BenchmarkMemory(b *testing.B) {
	srv := startServer(b)
	ctx := newBrowser(b)
	start, drag, imported := memorySession(b, ctx, srv.URL, 2000, 50)
	b.Logf("wasm memory: %.1f MB at the start, %.1f MB after a 2,000-move drag, %.1f MB after 50 imports of 1 MB", start, drag, imported)
	b.ReportMetric(start, "MiB-start")
	b.ReportMetric(drag, "MiB-drag")
	b.ReportMetric(imported, "MiB-imports")
	b.ReportMetric(0, "ns/op")
}

// evalLong is eval with a longer timeout than a step's.
func evalLong[T any](b *testing.B, ctx context.Context, expr string, timeout time.Duration) T {
	b.Helper()
	sctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// countingProxy forwards TCP connections to the backend's host and counts
// the bytes the backend sends: every response the browser receives, the
// service worker's precache included.
func countingProxy(b *testing.B, backend string) (string, *atomic.Int64) {
	u, err := url.Parse(backend)
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	var (
		sent  atomic.Int64
		mu    sync.Mutex
		conns []net.Conn
	)
	b.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", u.Host)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, c, up)
			mu.Unlock()
			go func() { io.Copy(up, c); up.(*net.TCPConn).CloseWrite() }()
			go func() {
				io.Copy(countWriter{c, &sent}, up)
				c.(*net.TCPConn).CloseWrite()
			}()
		}
	}()
	return "http://" + ln.Addr().String(), &sent
}

type countWriter struct {
	w io.Writer
	n *atomic.Int64
}

func (c countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n.Add(int64(n))
	return n, err
}

func median[T any](s []T, f func(T) float64) float64 {
	v := make([]float64, len(s))
	for i, x := range s {
		v[i] = f(x)
	}
	slices.Sort(v)
	return quantile(v, 0.5)
}

// quantile of sorted values, linear between the closest ranks.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
