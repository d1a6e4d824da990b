//go:build !js

// Package wasmtest is roundcalc's end-to-end suite: it serves the built app on
// 127.0.0.1 and drives Debian's Chromium with chromedp.
//
// Every helper shared by more than one test file is in this file (one used
// by a single file stays with it):
//
//	srv := startServer(t)            // the server of `make run` (bin -addr 127.0.0.1:0)
//	srv := startServerRoot(t, root)  // the same for another root (newRootVersion)
//	site := serveDist(t, nil)        // the static site of `make dist` on a plain file server
//	srv := serveLocal(t, handler)    // any handler on 127.0.0.1
//	dir := distWithBase(t, "/roundcalc") // the static site for a sub-path (make dist BASE=…)
//	generateSite(t, root, dir)       // the static site of another root (bin -dist)
//	root := newRootVersion(t)        // a copy of web/ with one file more: a new deployment
//	host := startArticleHost(t)      // an article site on 127.0.0.2 (another origin)
//	host.set("/a", articleHTML(frame)) // a page of it: a 600 px column and a message recorder
//	ctx := newBrowser(t)             // a fresh Chromium (own profile) and its tab
//	navigate(t, ctx, srv.URL+"/?pre=900")
//	waitApp(t, ctx)                  // the wasm runs (go-app removed its loader)
//	openApp(t, ctx, url)             // navigate, then waitApp
//	fctx := attachFrame(t, ctx, srv.URL+"/") // the cross-site iframe's own target
//	waitFrameFits(t, ctx, fctx, "iframe", what) // the frame is as tall as its content (contentHeightJS, nearPx)
//	setSlider(t, ctx, "input-pre", "900")
//	setField(t, ctx, "field-pre", "900")
//	inputOnly(t, ctx, "input-pre", "900") // an input event only: a drag in progress
//	chooseView(t, ctx, "expected")   // the closing-view select
//	clickTestid(t, ctx, "reset")
//	waitDataValue(t, ctx, "post-money", "1010.0000000000")
//	v := dataValue(t, ctx, "post-money")
//	textOf(t, ctx, id); valueOf(t, ctx, id); hasTestid(t, ctx, id)
//	mustDecimal(t, v); stakePct4(t, ctx, id); roundedValue(t, ctx, id, 1)
//	msg := waitErrorText(t, ctx)     // the error region once it is not empty
//	q := addressQuery(t, ctx)        // the address bar's query
//	waitAddress(t, ctx, 2*time.Second, "pre=900", ok) // until ok(query); expectAddress reports and goes on
//	captureDownloads(t, ctx)         // downloads land in window.blobs and window.downloads
//	eval[T](t, ctx, "js expression")
//	step(t, ctx, chromedp.Action)    // one chromedp action with the step timeout
//	poll(t, ctx, "js expression", stepTimeout) // until it is truthy (pollErr: returns the failure)
//	eventually(timeout, func() bool {…}) // for a condition no single page's JavaScript can tell
//	settled(t, ctx)                  // the page has run the tasks already queued
//	waitServiceWorker(t, ctx)        // the worker controls the page and has precached
//	html, hdr := httpGet(t, url, "Accept-Encoding", "br")
//	reachable(url)                   // any answer to a GET
//	prerenderedValue(t, html, "post-money")
//	log := recordRequests(ctx)       // log.URLs(): every request the tab sent
//	capHolders                       // the cap table's rows of the default scenario
//
// How the suite finds the app (TestMain): with ROUNDCALC_ROOT set (make test
// sets it), that directory's web/ already holds app.wasm and its .br/.gz
// siblings, and ROUNDCALC_BIN is the native server binary; otherwise the suite
// builds both into a temporary directory (the Go build cache makes that cheap
// after a `make wasm`). It then writes the static site once with `BIN -dist`.
// Chromium: $CHROMIUM, else chromium, chromium-browser, google-chrome on PATH;
// the suite fails (it does not skip) without one.
package wasmtest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"
)

// suite holds what TestMain built or found.
var suite struct {
	repo     string // repository root
	root     string // directory holding web/ with the built app.wasm
	bin      string // native server / static generator binary
	dist     string // the static site (bin -dist)
	chromium string // browser executable
}

// timeouts, generous: two shared cores, a 7 MB wasm to compile.
const (
	appTimeout  = 90 * time.Second
	stepTimeout = 30 * time.Second
)

// capHolders are the cap table's rows of the default scenario.
var capHolders = []string{"msft", "fdn", "sftb", "nvda", "amzn", "others"}

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "roundcalc-wasm-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := 1
	if err := setup(tmp); err != nil {
		fmt.Fprintln(os.Stderr, "wasm_test setup:", err)
	} else {
		code = m.Run()
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

func setup(tmp string) error {
	repo, err := filepath.Abs("..")
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(repo, "go.mod")); err != nil {
		return fmt.Errorf("run from wasm_test/: %w", err)
	}
	suite.repo = repo

	suite.chromium = os.Getenv("CHROMIUM")
	if suite.chromium == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
			if p, err := exec.LookPath(name); err == nil {
				suite.chromium = p
				break
			}
		}
	}
	if suite.chromium == "" {
		return fmt.Errorf("no Chromium found: install it (Debian: apt-get install -y chromium; `make test` does it as root) or set CHROMIUM")
	}

	suite.root = os.Getenv("ROUNDCALC_ROOT")
	if suite.root == "" {
		suite.root = filepath.Join(tmp, "root")
		if err := buildRoot(repo, suite.root); err != nil {
			return err
		}
	}
	if _, err := os.Stat(filepath.Join(suite.root, "web", "app.wasm")); err != nil {
		return fmt.Errorf("ROUNDCALC_ROOT: %w", err)
	}

	suite.bin = os.Getenv("ROUNDCALC_BIN")
	if suite.bin == "" {
		suite.bin = filepath.Join(tmp, "roundcalc")
		if err := run(repo, nil, "go", "build", "-o", suite.bin, "./app"); err != nil {
			return err
		}
	}

	suite.dist = filepath.Join(tmp, "dist")
	return run(repo, nil, suite.bin, "-root", suite.root, "-dist", suite.dist)
}

// wasmGCFlags is the Makefile's WASM_GCFLAGS: the page's own packages
// without inlining.
const wasmGCFlags = "-gcflags=github.com/roundcalc/roundcalc/app/...=-l"

// buildRoot copies web/ into dir and builds web/app.wasm there as make
// wasm does (its data segments merged), with its .gz sibling and, when the
// brotli command is there, its .br sibling.
func buildRoot(repo, dir string) error {
	src := filepath.Join(repo, "web")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dir, "web", rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasPrefix(d.Name(), "app.wasm") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		return err
	}
	wasm := filepath.Join(dir, "web", "app.wasm")
	if err := run(repo, []string{"GOOS=js", "GOARCH=wasm"}, "go", "build", "-trimpath", wasmGCFlags, "-ldflags=-s -w", "-o", wasm, "./app"); err != nil {
		return err
	}
	if err := run(repo, nil, "go", "run", "./app/wasmpack", wasm); err != nil { // as make wasm does
		return err
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	if err := os.WriteFile(wasm+".gz", gz.Bytes(), 0o644); err != nil {
		return err
	}
	if _, err := exec.LookPath("brotli"); err == nil {
		return run(repo, nil, "brotli", "-f", "-q", "11", "-o", wasm+".br", wasm)
	}
	return nil
}

func run(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, out)
	}
	return nil
}

// Server is a running server of `make run`, or a static file server.
type Server struct {
	URL  string // http://127.0.0.1:PORT, no trailing slash
	stop func()
	once sync.Once
}

// Stop stops the server for real: its port refuses connections afterwards.
func (s *Server) Stop() { s.once.Do(s.stop) }

// startServer starts the app's own server (what `make run` runs) on a free
// port of 127.0.0.1; it stops at the end of the test.
func startServer(t testing.TB) *Server {
	t.Helper()
	return startServerRoot(t, suite.root)
}

// startServerRoot is startServer for another root (newRootVersion: a new
// deployment).
func startServerRoot(t testing.TB, root string) *Server {
	t.Helper()
	cmd := exec.Command(suite.bin, "-root", root, "-addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := regexp.MustCompile(`serving on (http://\S+)`).FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
	}()
	s := &Server{stop: func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}}
	t.Cleanup(s.Stop)
	select {
	case s.URL = <-urls:
	case <-time.After(stepTimeout):
		t.Fatal("the server did not start")
	}
	return s
}

// DistOptions configures serveDist.
type DistOptions struct {
	// Dir is the site to serve; default: the suite's static site.
	Dir string
	// Base serves the site under this sub-path ("/roundcalc").
	Base string
	// HoldWasm, when not nil, holds every request for app.wasm until it is
	// closed: the page stays as prerendered, before the wasm runs.
	HoldWasm chan struct{}
}

// serveDist serves the static site on a plain file server (no compression
// negotiation, no special headers: the weakest static host) on 127.0.0.1.
func serveDist(t testing.TB, o *DistOptions) *Server {
	t.Helper()
	if o == nil {
		o = &DistOptions{}
	}
	dir := o.Dir
	if dir == "" {
		dir = suite.dist
	}
	var h http.Handler = http.FileServer(http.Dir(dir))
	if o.Base != "" {
		h = http.StripPrefix(strings.TrimRight(o.Base, "/"), h)
	}
	files := h
	h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o.HoldWasm != nil && strings.HasSuffix(r.URL.Path, "/app.wasm") {
			select {
			case <-o.HoldWasm:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	})
	return serveLocal(t, h)
}

// serveLocal serves h on a free port of 127.0.0.1 until the end of the
// test (or Stop).
func serveLocal(t testing.TB, h http.Handler) *Server {
	t.Helper()
	ts := httptest.NewUnstartedServer(h)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.Listener = ln
	ts.Start()
	s := &Server{URL: ts.URL, stop: func() {
		ts.CloseClientConnections()
		ts.Close()
	}}
	t.Cleanup(s.Stop)
	return s
}

// articleHost is an article site on 127.0.0.2: another origin (and another
// site) than the calculator's 127.0.0.1.
type articleHost struct {
	URL   string
	mu    sync.Mutex
	pages map[string]string
}

// set serves body at path.
func (h *articleHost) set(path, body string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pages[path] = body
}

// startArticleHost starts an article site with no pages (set adds them); it
// stops at the end of the test.
func startArticleHost(t testing.TB) *articleHost {
	t.Helper()
	h := &articleHost{pages: map[string]string{}}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		body, ok := h.pages[r.URL.Path]
		h.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, body)
	}))
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("listening on 127.0.0.2 (the host page's origin): %v", err)
	}
	ts.Listener = ln
	ts.Start()
	t.Cleanup(ts.Close)
	h.URL = ts.URL
	return h
}

// articleHTML is a host page: an article column of 600 px holding frame,
// and a recorder of every message the page receives.
func articleHTML(frame string) string {
	return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Article</title>
<script>
window.msgs = [];
window.addEventListener("message", (e) => window.msgs.push({origin: e.origin, data: e.data}));
</script>
</head><body style="margin:0;font:16px serif">
<h1>OpenAI lève 110 milliards</h1>
<p>Un extrait d'article avant le calculateur.</p>
<div id="col" style="width:600px">
` + frame + `
</div>
<p>La suite de l'article.</p>
</body></html>`
}

// newBrowser starts a fresh headless Chromium with its own profile directory
// (so no service worker or cache is shared between tests) and returns the
// context of its first tab. It ends with the test.
func newBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(suite.chromium),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("safebrowsing-disable-auto-update", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.WindowSize(1200, 900),
	}
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	// Start the browser now, with no deadline (a deadline on the first Run
	// would stop the whole browser).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", suite.chromium, err)
	}
	return ctx
}

// step runs a chromedp action with the step timeout.
func step[T any](t testing.TB, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(sctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// npmAsset reads the file an environment variable names: a script make
// test-browser installs from npm (Pym.js, axe-core).
func npmAsset(t testing.TB, env, what string) string {
	t.Helper()
	file := os.Getenv(env)
	if file == "" {
		t.Fatalf("%s (%s, installed by make test-browser) is not set", env, what)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// navigate loads url in the tab and waits for its load event.
func navigate(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	step(t, ctx, chromedp.Steps(chromedp.Navigate(url)))
}

// eval evaluates a JavaScript expression in the page (promises are awaited)
// and decodes its value.
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	return step(t, ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// poll waits until the JavaScript expression is truthy.
func poll(t testing.TB, ctx context.Context, expr string, timeout time.Duration) {
	t.Helper()
	if err := pollErr(ctx, expr, timeout); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}

// pollErr is poll that returns the failure instead of ending the test.
//
// chromedp's Poll runs in the execution context it found when it started;
// one that a just-committed document has replaced gives "Cannot find context
// with specified id", and the poll starts again in the new one, within the
// same timeout.
func pollErr(ctx context.Context, expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		left := time.Until(deadline)
		pctx, cancel := context.WithTimeout(ctx, left+5*time.Second)
		_, err := chromedp.Run(pctx, chromedp.Poll[chromedp.Void](expr,
			chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(left)))
		cancel()
		if err == nil || !strings.Contains(err.Error(), "Cannot find context with specified id") || time.Until(deadline) <= 0 {
			return err
		}
	}
}

// eventually calls ok until it reports true, every 50 ms, and reports
// whether it did before timeout: for a condition that no single page's
// JavaScript can tell (one that needs two targets, CDP calls or Go), where
// poll cannot be used.
func eventually(timeout time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

// settled returns once the page has run the tasks already queued (two
// rounds of the task queue): whatever was already on its way when it was
// called has happened. It does not wait for a timer set for later.
func settled(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `new Promise((r) => setTimeout(() => setTimeout(() => r(true), 0), 0))`)
}

// waitApp waits until the wasm runs: go-app removes its loader once it has
// started the program, which has then rendered the page for the URL.
//
// The program starts at the reader's first interaction (or after a few
// seconds without one): the test touches the page once, as a reader would,
// as soon as web/pending.js holds the start.
func waitApp(t testing.TB, ctx context.Context) {
	t.Helper()
	poll(t, ctx, `(() => {
		const held = ["waiting", "loading", "held"].includes(document.documentElement.dataset.wasm);
		if (held && !window.__touched && document.getElementById("app-wasm-loader")) {
			window.__touched = true;
			document.documentElement.dispatchEvent(new Event("pointerdown", {bubbles: true}));
		}
		return document.readyState === "complete" && !document.getElementById("app-wasm-loader");
	})()`, appTimeout)
	if v := eval[string](t, ctx, `document.documentElement.className`); strings.Contains(v, "rc-pending") {
		t.Fatalf("the pending mark is still on after the app started: %q", v)
	}
}

// openApp loads url in the tab and waits for the app to run.
func openApp(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	navigate(t, ctx, url)
	waitApp(t, ctx)
}

// testidSelector is the CSS selector of a data-testid.
func testidSelector(testid string) string {
	return fmt.Sprintf(`[data-testid=%q]`, testid)
}

// jsString quotes s for JavaScript.
func jsString(s string) string { return fmt.Sprintf("%q", s) }

// setSlider sets a range input (data-testid) to value and dispatches input
// and change events, as a reader moving the slider would.
func setSlider(t testing.TB, ctx context.Context, testid, value string) {
	t.Helper()
	setInput(t, ctx, testid, value)
}

// setField types value into a text/number field (data-testid) and
// dispatches input and change events.
func setField(t testing.TB, ctx context.Context, testid, value string) {
	t.Helper()
	setInput(t, ctx, testid, value)
}

func setInput(t testing.TB, ctx context.Context, testid, value string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) return false;
		el.value = %s;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, jsString(testidSelector(testid)), jsString(value)))
	if !ok {
		t.Fatalf("no element with data-testid %q", testid)
	}
}

// inputOnly sets a slider's value and dispatches only an input event, as a
// drag in progress does (no change event until release).
func inputOnly(t testing.TB, ctx context.Context, testid, value string) {
	t.Helper()
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) return false;
		el.value = %s;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`, jsString(testidSelector(testid)), jsString(value))) {
		t.Fatalf("no element with data-testid %q", testid)
	}
}

// chooseView picks a closing view in the input-view select.
func chooseView(t testing.TB, ctx context.Context, view string) {
	t.Helper()
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector('[data-testid="input-view"]');
		if (!el) return false;
		el.value = %s;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, jsString(view))) {
		t.Fatal("no closing-view select (input-view)")
	}
}

// clickTestid clicks the element with that data-testid (HTMLElement.click).
func clickTestid(t testing.TB, ctx context.Context, testid string) {
	t.Helper()
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%s); if (!el) return false; el.click(); return true; })()`,
		jsString(testidSelector(testid)))) {
		t.Fatalf("no element with data-testid %q", testid)
	}
}

// dataValue returns the data-value of the element with that data-testid
// ("" when absent: the test fails if the element is missing).
func dataValue(t testing.TB, ctx context.Context, testid string) string {
	t.Helper()
	v := eval[*string](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		return el ? (el.getAttribute("data-value") || "") : null;
	})()`, jsString(testidSelector(testid))))
	if v == nil {
		t.Fatalf("no element with data-testid %q", testid)
	}
	return *v
}

// textOf returns the textContent of the element with that data-testid.
func textOf(t testing.TB, ctx context.Context, testid string) string {
	t.Helper()
	v := eval[*string](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%s); return el ? el.textContent : null; })()`,
		jsString(testidSelector(testid))))
	if v == nil {
		t.Fatalf("no element with data-testid %q", testid)
	}
	return *v
}

// valueOf returns the current value (property) of an input or select.
func valueOf(t testing.TB, ctx context.Context, testid string) string {
	t.Helper()
	v := eval[*string](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%s); return el ? el.value : null; })()`,
		jsString(testidSelector(testid))))
	if v == nil {
		t.Fatalf("no element with data-testid %q", testid)
	}
	return *v
}

// hasTestid reports whether an element with that data-testid is in the page.
func hasTestid(t testing.TB, ctx context.Context, testid string) bool {
	t.Helper()
	return eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%s)`, jsString(testidSelector(testid))))
}

// mustDecimal parses a data-value.
func mustDecimal(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("data-value %q is not a decimal: %v", s, err)
	}
	return d
}

// stakePct4 is a fraction's data-value in percent, rounded half away from zero
// to 4 decimals.
func stakePct4(t testing.TB, ctx context.Context, testid string) string {
	t.Helper()
	return mustDecimal(t, dataValue(t, ctx, testid)).Shift(2).Round(4).StringFixed(4)
}

// roundedValue is a data-value rounded to n decimals.
func roundedValue(t testing.TB, ctx context.Context, testid string, n int32) string {
	t.Helper()
	return mustDecimal(t, dataValue(t, ctx, testid)).Round(n).StringFixed(n)
}

// waitDataValue waits until the element's data-value is want.
func waitDataValue(t testing.TB, ctx context.Context, testid, want string) {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const el = document.querySelector(%s); return !!el && el.getAttribute("data-value") === %s; })()`,
		jsString(testidSelector(testid)), jsString(want))
	pctx, cancel := context.WithTimeout(ctx, stepTimeout+5*time.Second)
	defer cancel()
	_, err := chromedp.Run(pctx, chromedp.Poll[chromedp.Void](expr,
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(stepTimeout)))
	if err != nil {
		t.Fatalf("data-testid %q: data-value is %q, want %q (%v)", testid, dataValue(t, ctx, testid), want, err)
	}
}

// waitErrorText waits until the error region is not empty and returns its text.
func waitErrorText(t testing.TB, ctx context.Context) string {
	t.Helper()
	poll(t, ctx, `(() => { const el = document.querySelector('[data-testid="error"]'); return !!el && el.textContent.trim() !== ""; })()`, stepTimeout)
	return textOf(t, ctx, "error")
}

// addressQuery returns the page's current query string, parsed.
func addressQuery(t testing.TB, ctx context.Context) url.Values {
	t.Helper()
	q, err := url.ParseQuery(strings.TrimPrefix(eval[string](t, ctx, `location.search`), "?"))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// waitAddress waits until the address bar's query satisfies ok.
func waitAddress(t testing.TB, ctx context.Context, timeout time.Duration, what string, ok func(url.Values) bool) url.Values {
	t.Helper()
	var q url.Values
	if !eventually(timeout, func() bool { q = addressQuery(t, ctx); return ok(q) }) {
		t.Fatalf("after %v the address is %q: want %s", timeout, eval[string](t, ctx, `location.href`), what)
	}
	return q
}

// expectAddress is waitAddress that reports a failure and lets the test go
// on.
func expectAddress(t testing.TB, ctx context.Context, timeout time.Duration, what string, ok func(url.Values) bool) (url.Values, bool) {
	t.Helper()
	var q url.Values
	if !eventually(timeout, func() bool { q = addressQuery(t, ctx); return ok(q) }) {
		t.Errorf("after %v the address is %q: want %s", timeout, eval[string](t, ctx, `location.href`), what)
		return q, false
	}
	return q, true
}

// captureDownloads makes the page's downloads observable: the Blob handed
// to URL.createObjectURL goes to window.blobs and the file name of the link
// clicked to window.downloads, and nothing is saved.
func captureDownloads(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(() => {
		window.blobs = [];
		window.downloads = [];
		URL.createObjectURL = (b) => { window.blobs.push(b); return "blob:" + location.origin + "/captured"; };
		URL.revokeObjectURL = () => {};
		HTMLAnchorElement.prototype.click = function () { window.downloads.push(this.download); };
		return true;
	})()`)
}

// waitServiceWorker waits until the service worker is active and its
// cache holds every resource it precaches (the page, app.wasm…), so that
// the next visit works offline.
func waitServiceWorker(t testing.TB, ctx context.Context) {
	t.Helper()
	// The first page is not claimed (the worker takes over open pages only
	// on an update), so wait for an active worker with its precache: every
	// later navigation is controlled by it.
	poll(t, ctx, `!!navigator.serviceWorker`, appTimeout)
	poll(t, ctx, `(async () => {
		const reg = await navigator.serviceWorker.getRegistration();
		if (!reg || !reg.active || reg.active.state !== "activated") return false;
		const keys = (await caches.keys()).filter((k) => k.startsWith("app-"));
		if (keys.length !== 1) return false;
		const cache = await caches.open(keys[0]);
		const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
		return urls.some((u) => u.endsWith("/web/app.wasm")) && urls.some((u) => u.endsWith("/app.js"));
	})()`, appTimeout)
}

// requestLog records the URL of every request the tab sends (network events
// of the page target, service-worker-served ones included).
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

// recordRequests starts recording the tab's requests.
func recordRequests(ctx context.Context) *requestLog {
	l := &requestLog{}
	events := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.urls = append(l.urls, ev.Request.URL)
			l.mu.Unlock()
		}
	}()
	return l
}

// URLs returns the URLs recorded so far.
func (l *requestLog) URLs() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.urls...)
}

// attachFrame attaches to the cross-site iframe whose URL starts with
// prefix (Chromium runs it in its own process: see chromedp.WithTargetID).
func attachFrame(t testing.TB, ctx context.Context, prefix string) context.Context {
	t.Helper()
	var fctx context.Context
	var last error
	// A frame may navigate while the test attaches (web/lang.js sends it
	// to its language's page): the attachment then fails, and the test
	// attaches again to the frame as it is now.
	ok := eventually(stepTimeout, func() bool {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type != "iframe" || !strings.HasPrefix(info.URL, prefix) {
				continue
			}
			c, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel())
			// Attach now, with no deadline: the attachment lasts as long
			// as the context of the first Run.
			if last = chromedp.Do(c); last != nil {
				cancel()
				return false
			}
			t.Cleanup(cancel)
			fctx = c
			return true
		}
		return false
	})
	if !ok {
		t.Fatalf("no iframe target at %s to attach to (last error: %v)", prefix, last)
	}
	return fctx
}

// contentHeightJS is the height of the framed document's content, whatever
// the frame's own height: the root element's box (the root contains its
// children's margins).
const contentHeightJS = `Math.ceil(document.documentElement.getBoundingClientRect().height)`

// nearPx reports whether two heights agree within a few pixels.
func nearPx(a, b int) bool { return math.Abs(float64(a-b)) <= 3 }

// waitFrameFits waits until the host's iframe (selector) is as tall as the
// framed document's content, within a few pixels, and reports the heights
// when it does not become so.
func waitFrameFits(t testing.TB, ctx, fctx context.Context, sel, what string) bool {
	t.Helper()
	var frame, content int
	if !eventually(5*time.Second, func() bool {
		frame = eval[int](t, ctx, fmt.Sprintf(`Math.round(document.querySelector(%s).getBoundingClientRect().height)`, jsString(sel)))
		content = eval[int](t, fctx, contentHeightJS)
		return nearPx(frame, content)
	}) {
		t.Errorf("%s: the frame is %d px tall, its content %d px (frame's viewport %d, documentElement.scrollHeight %d)",
			what, frame, content, eval[int](t, fctx, `innerHeight`), eval[int](t, fctx, `document.documentElement.scrollHeight`))
		return false
	}
	return true
}

// httpGet fetches url with the given header pairs and returns the body
// (decoded neither from gzip nor brotli) and the response headers; it fails
// the test on an error or a status other than 200.
func httpGet(t testing.TB, url string, header ...string) (string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, res.Status)
	}
	return string(b), res.Header
}

// prerenderedValue returns the data-value of the element with that
// data-testid in a page's HTML, as the server rendered it ("" if absent).
func prerenderedValue(t testing.TB, html, testid string) string {
	t.Helper()
	tag := regexp.MustCompile(`<[^>]*data-testid="` + regexp.QuoteMeta(testid) + `"[^>]*>`).FindString(html)
	if tag == "" {
		return ""
	}
	m := regexp.MustCompile(`data-value="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1]
}

// reachable reports whether an HTTP GET of url gets any answer.
func reachable(url string) bool {
	c := &http.Client{Timeout: 3 * time.Second}
	res, err := c.Get(url)
	if err != nil {
		return false
	}
	res.Body.Close()
	return true
}

// distWithBase writes the static site for a sub-path (make dist
// BASE=/roundcalc) into a temporary directory and returns it.
func distWithBase(t testing.TB, base string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	if err := run(suite.repo, nil, suite.bin, "-root", suite.root, "-dist", dir, "-base", base); err != nil {
		t.Fatal(err)
	}
	return dir
}

// generateSite writes the static site of root's web/ into dir (BIN -dist).
func generateSite(t testing.TB, root, dir string) {
	t.Helper()
	if err := run(suite.repo, nil, suite.bin, "-root", root, "-dist", dir); err != nil {
		t.Fatal(err)
	}
}

// newRootVersion copies the suite's web/ into a temporary root with one
// more file, which gives the app a new version (a new deployment).
func newRootVersion(t testing.TB) string {
	t.Helper()
	root := t.TempDir()
	src := filepath.Join(suite.root, "web")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(root, "web", rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return os.Link(p, target)
	})
	if err != nil {
		t.Fatal(err)
	}
	stamp := []byte(time.Now().String())
	if err := os.WriteFile(filepath.Join(root, "web", "deployment.txt"), stamp, 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}
