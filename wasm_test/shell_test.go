//go:build !js

package wasmtest

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/roundcalc/roundcalc/app/text"
)

const (
	defaultPostMoney = "840.0000000000"  // 730 + 110
	postMoneyPre900  = "1010.0000000000" // 900 + 110
)

const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors *"

// The server prerenders each request with its query; the static site holds
// the default scenario's page.
func TestPrerenderedHTML(t *testing.T) {
	srv := startServer(t)
	site := serveDist(t, nil)

	for _, c := range []struct{ name, url, want string }{
		{"server default", srv.URL + "/", defaultPostMoney},
		{"server with query", srv.URL + "/?pre=900", postMoneyPre900},
		{"static site", site.URL + "/", defaultPostMoney},
	} {
		t.Run(c.name, func(t *testing.T) {
			html, _ := httpGet(t, c.url)
			if got := prerenderedValue(t, html, "post-money"); got != c.want {
				t.Errorf("prerendered post-money data-value = %q, want %q", got, c.want)
			}
			// Inline style attributes are caught in the browser
			// (TestRequestsStayLocal watches CSP violations).
			if regexp.MustCompile(`<script(\s+(defer|async|type="[^"]*"))*>|<style`).MatchString(html) {
				t.Errorf("the page has an inline script or style element, which the CSP blocks")
			}
			if strings.Contains(html, "raw.githubusercontent.com") || strings.Contains(html, "https://fonts.") {
				t.Errorf("the page references a remote resource")
			}
		})
	}
}

// Before the wasm runs, the prerendered figure is on screen, not under
// go-app's loading overlay (restyled into a thin bar); a static page opened
// with another scenario marks its figures pending until the app computes.
func TestFigureVisibleBeforeWasm(t *testing.T) {
	hold := make(chan struct{})
	site := serveDist(t, &DistOptions{HoldWasm: hold})
	released := false
	release := func() {
		if !released {
			released = true
			close(hold)
		}
	}
	t.Cleanup(release)
	ctx := newBrowser(t)

	navigate(t, ctx, site.URL+"/?pre=900")
	if !eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
		t.Fatal("the loader is gone although app.wasm is held: the test cannot see the page before the wasm")
	}
	if got := dataValue(t, ctx, "post-money"); got != defaultPostMoney {
		t.Errorf("before the wasm, post-money data-value = %q, want the prerendered %q", got, defaultPostMoney)
	}
	visible := eval[bool](t, ctx, `(() => {
		const el = document.querySelector('[data-testid="post-money"]');
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return false;
		const s = getComputedStyle(el);
		if (s.visibility === "hidden" || s.display === "none") return false;
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return !!top && (top === el || el.contains(top));
	})()`)
	if !visible {
		t.Error("the prerendered post-money is hidden before the wasm runs (loader overlay?)")
	}
	loaderHeight := eval[float64](t, ctx, `document.getElementById("app-wasm-loader").getBoundingClientRect().height`)
	if loaderHeight > 8 {
		t.Errorf("the loader is %vpx high, want a thin bar", loaderHeight)
	}
	if !eval[bool](t, ctx, `document.documentElement.classList.contains("rc-pending") &&
		!!document.querySelector(".rc-pending-note, [data-pending]")`) {
		t.Error("a static page opened with ?pre=900 does not mark its figures pending")
	}

	release()
	waitApp(t, ctx)
	waitDataValue(t, ctx, "post-money", postMoneyPre900)
	if eval[bool](t, ctx, `!!document.querySelector(".rc-pending-note")`) {
		t.Error("the pending note stays after the app has computed")
	}
}

// The page rendered by the server for its own query is not pending.
func TestServerPageNotPending(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	navigate(t, ctx, srv.URL+"/?pre=900")
	if eval[bool](t, ctx, `document.documentElement.classList.contains("rc-pending") && !!document.getElementById("app-wasm-loader")`) {
		t.Error("the server's page, prerendered for its query, is marked pending")
	}
	waitApp(t, ctx)
	waitDataValue(t, ctx, "post-money", postMoneyPre900)
}

// The app becomes interactive: moving the slider changes the figure.
func TestInteractive(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	navigate(t, ctx, srv.URL+"/")
	waitApp(t, ctx)
	waitDataValue(t, ctx, "post-money", defaultPostMoney)
	setSlider(t, ctx, "input-pre", "900")
	waitDataValue(t, ctx, "post-money", postMoneyPre900)
}

// After a first visit, with the server really stopped, a shared link opens
// and computes from the service worker's cache.
func TestOffline(t *testing.T) {
	for _, c := range []struct {
		name  string
		start func(t *testing.T) *Server
		base  string
	}{
		{"server", func(t *testing.T) *Server { return startServer(t) }, ""},
		{"static site", func(t *testing.T) *Server { return serveDist(t, nil) }, ""},
		{"static site under a sub-path", func(t *testing.T) *Server {
			return serveDist(t, &DistOptions{Dir: distWithBase(t, "/roundcalc"), Base: "/roundcalc"})
		}, "/roundcalc"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := c.start(t)
			ctx := newBrowser(t)
			navigate(t, ctx, srv.URL+c.base+"/")
			waitApp(t, ctx)
			waitServiceWorker(t, ctx)

			srv.Stop()
			if reachable(srv.URL + c.base + "/") {
				t.Fatal("the server still answers after Stop")
			}

			navigate(t, ctx, srv.URL+c.base+"/?pre=900")
			waitApp(t, ctx)
			waitDataValue(t, ctx, "post-money", postMoneyPre900)
			setSlider(t, ctx, "input-pre", "1000")
			waitDataValue(t, ctx, "post-money", "1110.0000000000")
		})
	}
}

// Nothing the page loads leaves 127.0.0.1 (no remote icon, font or CDN), and
// the page breaks no CSP rule while loading and computing.
func TestRequestsStayLocal(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	log := recordRequests(ctx)
	violations := watchCSP(t, ctx)

	navigate(t, ctx, srv.URL+"/?pre=900")
	waitApp(t, ctx)
	waitServiceWorker(t, ctx)
	setSlider(t, ctx, "input-pre", "1000")
	waitDataValue(t, ctx, "post-money", "1110.0000000000")
	navigate(t, ctx, srv.URL+"/")
	waitApp(t, ctx)

	urls := log.URLs()
	if len(urls) < 5 {
		t.Fatalf("only %d requests recorded: %v", len(urls), urls)
	}
	for _, u := range urls {
		p, err := url.Parse(u)
		if err != nil {
			t.Errorf("bad URL %q", u)
			continue
		}
		if p.Scheme == "data" || p.Scheme == "blob" {
			continue
		}
		if p.Hostname() != "127.0.0.1" {
			t.Errorf("request leaves 127.0.0.1: %s", u)
		}
	}
	if v := violations(); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
}

// watchCSP records the page's securitypolicyviolation events from the start
// of every document; the returned func reads them (from the current page).
func watchCSP(t testing.TB, ctx context.Context) func() []string {
	t.Helper()
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const el = e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 160) : "";
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || "") + " " + el);
});`,
	})
	if err != nil {
		t.Fatal(err)
	}
	return func() []string {
		return eval[[]string](t, ctx, `window.__cspViolations || []`)
	}
}

// The server's headers: CSP, nosniff, caching, app.wasm compressed per
// Accept-Encoding from the precompressed files.
func TestServerHeaders(t *testing.T) {
	srv := startServer(t)
	raw, err := os.Stat(filepath.Join(suite.root, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}

	for _, p := range []string{"/", "/?pre=900", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/web/app.css", "/web/app.wasm"} {
		_, h := httpGet(t, srv.URL+p)
		if got := h.Get("Content-Security-Policy"); got != wantCSP {
			t.Errorf("%s: Content-Security-Policy = %q, want %q", p, got, wantCSP)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options = %q", p, got)
		}
		if got := h.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control = %q, want no-cache (revalidate: a new page never meets an old wasm)", p, got)
		}
		if h.Get("ETag") == "" {
			t.Errorf("%s: no ETag", p)
		}
	}

	for _, c := range []struct{ accept, encoding, file string }{
		{"br, gzip", "br", "app.wasm.br"},
		{"gzip, deflate", "gzip", "app.wasm.gz"},
		{"identity", "", "app.wasm"},
	} {
		st, err := os.Stat(filepath.Join(suite.root, "web", c.file))
		if os.IsNotExist(err) && c.encoding == "br" {
			t.Logf("no %s (brotli missing when the suite built the wasm): skipping br", c.file)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		body, h := httpGet(t, srv.URL+"/web/app.wasm", "Accept-Encoding", c.accept)
		if got := h.Get("Content-Encoding"); got != c.encoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding = %q, want %q", c.accept, got, c.encoding)
		}
		if got := h.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type = %q", c.accept, got)
		}
		if int64(len(body)) != st.Size() {
			t.Errorf("Accept-Encoding %q: %d bytes, want %s's %d", c.accept, len(body), c.file, st.Size())
		}
		if !strings.Contains(h.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: no Vary: Accept-Encoding", c.accept)
		}
	}

	js, _ := httpGet(t, srv.URL+"/app.js")
	if !strings.Contains(js, `const goappWasmContentLength = "`+strconv.FormatInt(raw.Size(), 10)+`"`) {
		t.Error("app.js does not carry the uncompressed app.wasm size (WasmContentLength)")
	}
}

// The app is installable: the manifest is complete and its icons are local.
func TestManifest(t *testing.T) {
	for _, c := range []struct {
		name string
		srv  *Server
	}{
		{"server", startServer(t)},
		{"static site", serveDist(t, nil)},
	} {
		t.Run(c.name, func(t *testing.T) {
			body, _ := httpGet(t, c.srv.URL+"/manifest.webmanifest")
			var m struct {
				Name            string `json:"name"`
				ShortName       string `json:"short_name"`
				StartURL        string `json:"start_url"`
				Scope           string `json:"scope"`
				Display         string `json:"display"`
				Lang            string `json:"lang"`
				ThemeColor      string `json:"theme_color"`
				BackgroundColor string `json:"background_color"`
				Icons           []struct {
					Src     string `json:"src"`
					Type    string `json:"type"`
					Sizes   string `json:"sizes"`
					Purpose string `json:"purpose"`
				} `json:"icons"`
			}
			if err := json.Unmarshal([]byte(body), &m); err != nil {
				t.Fatal(err)
			}
			if m.Name != "roundcalc" || m.ShortName == "" || m.StartURL != "/" || m.Scope != "/" ||
				m.Display != "standalone" || m.Lang != "fr" || m.ThemeColor == "" || m.BackgroundColor == "" {
				t.Errorf("manifest incomplete: %+v", m)
			}
			var has192, has512, maskable bool
			for _, ic := range m.Icons {
				if !strings.HasPrefix(ic.Src, "/web/") {
					t.Errorf("icon %s is not local", ic.Src)
					continue
				}
				_, h := httpGet(t, c.srv.URL+ic.Src)
				if h.Get("Content-Type") != ic.Type {
					t.Errorf("icon %s: Content-Type %q, manifest says %q", ic.Src, h.Get("Content-Type"), ic.Type)
				}
				has192 = has192 || ic.Sizes == "192x192"
				has512 = has512 || (ic.Sizes == "512x512" && ic.Purpose != "maskable")
				maskable = maskable || ic.Purpose == "maskable"
			}
			if !has192 || !has512 || !maskable {
				t.Errorf("icons: 192 %v, 512 %v, maskable %v", has192, has512, maskable)
			}
		})
	}
}

// TestManifestFollowsTheLanguage: the page links the manifest of its
// language, described in it: at once where the server prerenders the page
// in that language, once the program runs on a static host (which serves
// the French page for every address), and after a switch of language.
func TestManifestFollowsTheLanguage(t *testing.T) {
	manifestOf := func(ctx context.Context) (href, lang, description string) {
		t.Helper()
		href = eval[string](t, ctx, `document.querySelector('link[rel="manifest"]').href`)
		body, _ := httpGet(t, href)
		var m struct{ Lang, Description string }
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatalf("%s: %v", href, err)
		}
		return href, m.Lang, m.Description
	}
	for _, c := range []struct {
		name string
		srv  *Server
	}{
		{"server", startServer(t)},
		{"static site", serveDist(t, nil)},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newBrowser(t)
			openApp(t, ctx, c.srv.URL+"/?lang=en")
			poll(t, ctx, `document.querySelector('link[rel="manifest"]').getAttribute("href").endsWith("/manifest-en.webmanifest")`, stepTimeout)
			if href, lang, d := manifestOf(ctx); lang != "en" || d != text.For("en").Description {
				t.Errorf("English page: manifest %s in %q, described %q", href, lang, d)
			}
			if d := eval[string](t, ctx, `document.querySelector('meta[name="description"]').content`); d != text.For("en").Description {
				t.Errorf("English page: description %q", d)
			}
			clickTestid(t, ctx, "lang-switch")
			poll(t, ctx, `document.documentElement.lang === "fr" && document.querySelector('link[rel="manifest"]').getAttribute("href").endsWith("/manifest.webmanifest")`, stepTimeout)
			if href, lang, d := manifestOf(ctx); lang != "fr" || d != text.For("fr").Description {
				t.Errorf("switched to French: manifest %s in %q, described %q", href, lang, d)
			}
			if d := eval[string](t, ctx, `document.querySelector('meta[property="og:description"]').content`); d != text.For("fr").Description {
				t.Errorf("switched to French: og:description %q", d)
			}
		})
	}
}

// On a new deployment the new service worker precaches the new version and
// takes over; the open page keeps working, offers a reload (updateBanner,
// when the page mounts it), and a reload runs the new version.
func TestUpdateTakesOver(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	generateSite(t, suite.root, dir)
	srv := serveDist(t, &DistOptions{Dir: dir})
	ctx := newBrowser(t)

	navigate(t, ctx, srv.URL+"/")
	waitApp(t, ctx)
	waitServiceWorker(t, ctx)
	v1 := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`)
	if eval[bool](t, ctx, `(() => { const b = document.querySelector('[data-testid="update-banner"]'); return !!b && !b.hidden; })()`) {
		t.Error("a first visit announces a new version")
	}

	// Deploy a new version in place.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	generateSite(t, newRootVersion(t), dir)
	eval[chromedp.Void](t, ctx, `navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => undefined)`)
	poll(t, ctx, `(async () => {
		const keys = (await caches.keys()).filter((k) => k.startsWith("app-"));
		return keys.length === 1 && keys[0] !== "app-`+v1+`";
	})()`, appTimeout)

	if eval[bool](t, ctx, `!!document.querySelector('[data-testid="update-banner"]')`) {
		poll(t, ctx, `!document.querySelector('[data-testid="update-banner"]').hidden`, stepTimeout)
	} else {
		t.Log("the page does not mount updateBanner: not checking the reload offer")
	}

	// The open page still computes.
	setSlider(t, ctx, "input-pre", "900")
	waitDataValue(t, ctx, "post-money", postMoneyPre900)

	navigate(t, ctx, srv.URL+"/")
	waitApp(t, ctx)
	if v2 := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); v2 == v1 {
		t.Errorf("after the update and a reload, the page still runs version %s", v1)
	}
	waitDataValue(t, ctx, "post-money", defaultPostMoney)
}
