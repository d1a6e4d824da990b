package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

var routeOnce sync.Once

// stubPage stands in for the calculator's page: it shows the query it was
// prerendered with, so a test sees that the server prerenders each request
// with its own.
type stubPage struct{ app.Compo }

func (p *stubPage) Render() app.UI { return app.Div() }

func (p *stubPage) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle("%s", "stub")
}

// testPage is what the server is told of the stub page.
var testPage = Page{
	Title: func(lang string) string {
		return map[string]string{"fr": "Titre de la page", "en": "The page's title"}[lang]
	},
	Lang: func(v string) string {
		if v == "fr" || v == "en" {
			return v
		}
		return ""
	},
	Own: func(k string) bool { return model.IsParam(k) || k == "view" || k == "lang" || k == "embed" },
}

// shellRoot makes a directory holding web/ as the shell needs it, with a
// stand-in app.wasm (the server only reads its size and hash) and its
// precompressed siblings.
func shellRoot(t testing.TB) string {
	t.Helper()
	routeOnce.Do(func() { app.Route("/", func() app.Composer { return &stubPage{} }) })
	root := t.TempDir()
	web := filepath.Join(root, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range shellFiles {
		b, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"app.wasm":    strings.Repeat("\x00asm", 1000),
		"app.wasm.br": "brotli bytes",
		"app.wasm.gz": "gzip bytes",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(web, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func testServer(t *testing.T) (*server, *app.Handler) {
	t.Helper()
	return serverAt(t, shellRoot(t))
}

// serverAt is the server of `make run` for a root holding web/.
func serverAt(t testing.TB, root string) (*server, *app.Handler) {
	t.Helper()
	h, err := newHandler(root, app.LocalDir(""), false, Page{})
	if err != nil {
		t.Fatal(err)
	}
	// httptest requests go to example.com.
	s, err := newServer(root, h, "http://example.com", testPage)
	if err != nil {
		t.Fatal(err)
	}
	return s, h
}

func get(s http.Handler, path string, header ...string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHandlerSettings(t *testing.T) {
	_, h := testServer(t)
	if h.WasmContentLength != "4000" {
		t.Errorf("WasmContentLength = %q, want the uncompressed size 4000", h.WasmContentLength)
	}
	if len(h.Version) < 16 {
		t.Errorf("Version = %q", h.Version)
	}
	for _, icon := range []string{h.Icon.Default, h.Icon.Large, h.Icon.SVG, h.Icon.Maskable} {
		if !strings.HasPrefix(icon, "/web/") {
			t.Errorf("icon %q is not local", icon)
		}
	}
}

func TestVersionFollowsTheWasm(t *testing.T) {
	root := shellRoot(t)
	h1, err := newHandler(root, app.LocalDir(""), false, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "web", "app.wasm"), []byte("\x00asm new"), 0o644); err != nil {
		t.Fatal(err)
	}
	h2, err := newHandler(root, app.LocalDir(""), false, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if h1.Version == h2.Version {
		t.Error("a new app.wasm keeps the version")
	}
	h3, err := newHandler(root, app.LocalDir(""), false, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if h3.Version != h2.Version {
		t.Error("the version is not stable for the same files")
	}
}

func TestServerHeadersAndEncoding(t *testing.T) {
	s, _ := testServer(t)

	res := get(s, "/?pre=900", "Accept-Encoding", "identity")
	html := body(t, res)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if got := res.Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
		t.Errorf("CSP = %q", got)
	}
	if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("nosniff = %q", got)
	}
	if got := res.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}
	if !strings.Contains(html, `<html data-prerender-query="pre=900"`) {
		t.Errorf("the page does not record its prerendered query")
	}
	if strings.Contains(html, "https://raw.githubusercontent.com") {
		t.Errorf("the page references go-app's remote icon")
	}

	// gzip for text, and the conditional request of the gzipped variant.
	res = get(s, "/app.js", "Accept-Encoding", "gzip")
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("app.js Content-Encoding = %q", res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := io.ReadAll(zr)
	if !bytes.Contains(js, []byte(`const goappWasmContentLength = "4000"`)) {
		t.Error("app.js does not carry WasmContentLength")
	}
	etag := res.Header.Get("ETag")
	if res = get(s, "/app.js", "Accept-Encoding", "gzip", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match %s: status %d, want 304", etag, res.StatusCode)
	}

	for _, c := range []struct{ accept, encoding, body string }{
		{"gzip, deflate, br", "br", "brotli bytes"},
		{"br;q=0, gzip", "gzip", "gzip bytes"},
		{"identity", "", strings.Repeat("\x00asm", 1000)},
	} {
		res := get(s, "/web/app.wasm", "Accept-Encoding", c.accept)
		if got := res.Header.Get("Content-Encoding"); got != c.encoding {
			t.Errorf("%q: Content-Encoding %q, want %q", c.accept, got, c.encoding)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("%q: Content-Type %q", c.accept, got)
		}
		if got := body(t, res); got != c.body {
			t.Errorf("%q: served the wrong file", c.accept)
		}
		if res.Header.Get("Cache-Control") != "no-cache" || res.Header.Get("ETag") == "" {
			t.Errorf("%q: caching headers %v", c.accept, res.Header)
		}
	}

	if res := get(s, "/web/icons_gen.go"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/web/icons_gen.go: status %d, want 404", res.StatusCode)
	}
	if res := get(s, "/web/../go.mod"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/web/../go.mod: status %d, want 404", res.StatusCode)
	}
}

func TestServiceWorkerAndManifest(t *testing.T) {
	s, h := testServer(t)
	sw := body(t, get(s, "/app-worker.js"))
	for _, want := range []string{`const version = "` + h.Version + `"`, `"/web/app.wasm"`, `"/web/icon.svg"`, `"/"`, "event.waitUntil", "ignoreSearch",
		// The server prerenders each embed's address: the worker asks it first.
		"const prerendersEachAddress = true;"} {
		if !strings.Contains(sw, want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(body(t, get(s, "/manifest.webmanifest"))), &m); err != nil {
		t.Fatal(err)
	}
	if m["lang"] != "fr" || m["scope"] != "/" || m["start_url"] != "/" || m["name"] != "roundcalc" {
		t.Errorf("manifest: %v", m)
	}
}

func TestStaticSiteUnderSubPath(t *testing.T) {
	root := shellRoot(t)
	dist := filepath.Join(t.TempDir(), "dist")
	if err := Generate(root, dist, "/roundcalc/", "", testPage); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "app.css",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css", "web/pending.js", "web/pending-inert.js",
		"web/pending-height.js", "web/pending-replay.js", "web/icon-192.png", "_headers", ".nojekyll"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dist, "web", "icons_gen.go")); err == nil {
		t.Error("the icon generator was copied into the site")
	}
	index, _ := os.ReadFile(filepath.Join(dist, "index.html"))
	for _, want := range []string{`src="/roundcalc/app.js"`, `href="/roundcalc/web/app.css"`,
		`href="/roundcalc/manifest.webmanifest" data-fr="/roundcalc/manifest.webmanifest" data-en="/roundcalc/manifest-en.webmanifest"`,
		`http-equiv="Content-Security-Policy"`} {
		if !bytes.Contains(index, []byte(want)) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	var m map[string]any
	b, _ := os.ReadFile(filepath.Join(dist, "manifest.webmanifest"))
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["scope"] != "/roundcalc/" || m["start_url"] != "/roundcalc/" {
		t.Errorf("manifest scope %v, start_url %v, want /roundcalc/", m["scope"], m["start_url"])
	}
	sw, _ := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	if !bytes.Contains(sw, []byte(`"/roundcalc/web/app.wasm"`)) {
		t.Error("the worker does not precache the prefixed app.wasm")
	}
	// One page for every address: the cached one is the network's.
	if !bytes.Contains(sw, []byte("const prerendersEachAddress = false;")) {
		t.Error("a static site's worker asks the host for each embed's page")
	}
	// The manifest of the other language, described in it, precached.
	var en map[string]any
	b, _ = os.ReadFile(filepath.Join(dist, "manifest-en.webmanifest"))
	if err := json.Unmarshal(b, &en); err != nil {
		t.Fatal(err)
	}
	if en["lang"] != "en" || en["description"] != text.For("en").Description || en["scope"] != "/roundcalc/" {
		t.Errorf("manifest-en: lang %v, scope %v, description %v", en["lang"], en["scope"], en["description"])
	}
	if m["description"] != text.For("fr").Description {
		t.Errorf("manifest: description %v", m["description"])
	}
	if !bytes.Contains(sw, []byte(`"/roundcalc/manifest-en.webmanifest"`)) {
		t.Error("the worker does not precache the English manifest")
	}
}

func TestAccepts(t *testing.T) {
	for _, c := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip;q=1.0, br;q=0", "br", false},
		{"br ; q=0.5", "br", true},
		{"", "gzip", false},
		{"GZIP", "gzip", true},
		{"x-gzip", "gzip", false},
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Accept-Encoding", c.header)
		if got := accepts(r, c.enc); got != c.want {
			t.Errorf("accepts(%q, %q) = %v", c.header, c.enc, got)
		}
	}
}

// TestEveryPolicyForbidsBaseAndForeignForms: every Content-Security-Policy
// the project writes (the server's headers, the static page's <meta>, the
// static host's _headers, the example article's header and <meta>) forbids
// a <base> element and forms sent to another origin.
func TestEveryPolicyForbidsBaseAndForeignForms(t *testing.T) {
	root := embedRoot(t)
	s, _ := serverAt(t, root)
	dist := filepath.Join(t.TempDir(), "dist")
	if err := Generate(root, dist, "/", "", testPage); err != nil {
		t.Fatal(err)
	}
	index, _ := os.ReadFile(filepath.Join(dist, "index.html"))
	headers, _ := os.ReadFile(filepath.Join(dist, "_headers"))
	article, _ := os.ReadFile(filepath.Join("..", "..", "web", "article.html"))
	articleEN, _ := os.ReadFile(filepath.Join("..", "..", "web", "article-en.html"))
	policies := map[string][]string{
		"server /":               {get(s, "/").Header.Get("Content-Security-Policy")},
		"server article":         {get(s, articlePath).Header.Get("Content-Security-Policy")},
		"server article (en)":    {get(s, articlePathEN).Header.Get("Content-Security-Policy")},
		"static index.html meta": metaPolicies(string(index)),
		"article.html meta":      metaPolicies(string(article)),
		"article-en.html meta":   metaPolicies(string(articleEN)),
	}
	for _, line := range strings.Split(string(headers), "\n") {
		if p, ok := strings.CutPrefix(strings.TrimSpace(line), "Content-Security-Policy: "); ok {
			policies["_headers"] = append(policies["_headers"], p)
		}
	}
	for where, ps := range policies {
		if len(ps) == 0 {
			t.Errorf("%s: no policy", where)
		}
		for _, p := range ps {
			for _, want := range []string{"base-uri 'none'", "form-action 'self'", "default-src 'self'"} {
				if !strings.Contains(p, want) {
					t.Errorf("%s: policy %q lacks %s", where, p, want)
				}
			}
		}
	}
}

// metaPolicies lists the policies of a page's <meta http-equiv> elements.
func metaPolicies(page string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestPageETagNamesVersion: every page carries a validator naming the
// version, the one a language negotiated from Accept-Language too (with
// that language: the service worker tells another version's page by it),
// and a validator of one language's page never gets another's a 304.
func TestPageETagNamesVersion(t *testing.T) {
	s, h := testServer(t)
	fr := get(s, "/?embed=1", "Accept-Language", "fr-FR,fr")
	en := get(s, "/?embed=1", "Accept-Language", "en-GB,en")
	for name, res := range map[string]*http.Response{"fr": fr, "en": en} {
		if etag := res.Header.Get("ETag"); res.StatusCode != http.StatusOK || !strings.Contains(etag, h.Version) {
			t.Errorf("%s page: status %d, ETag %q, want one naming the version %s", name, res.StatusCode, etag, h.Version)
		}
	}
	if fr.Header.Get("ETag") == en.Header.Get("ETag") {
		t.Errorf("the French and English pages share the ETag %s", fr.Header.Get("ETag"))
	}
	if res := get(s, "/?embed=1", "Accept-Language", "en-GB,en", "If-None-Match", fr.Header.Get("ETag")); res.StatusCode != http.StatusOK {
		t.Errorf("the English page with the French page's ETag: status %d, want 200", res.StatusCode)
	}
}
