package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cspSelf is the policy of every page the project writes, less
// frame-ancestors: the page's own origin only, 'wasm-unsafe-eval' to compile
// app.wasm, no <base> element (one planted by injected markup would point
// every relative URL, app.wasm included, elsewhere) and forms sent only to
// the page's own origin.
const cspSelf = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
	"worker-src 'self'; base-uri 'none'; form-action 'self'"

// contentSecurityPolicy is sent with every response of the server: any
// site may frame the page (embeds).
const contentSecurityPolicy = cspSelf + "; frame-ancestors *"

// maxLinkHeader bounds the oEmbed Link header, whose size follows the
// address's: past it, the page's <link> element alone announces the oEmbed.
const maxLinkHeader = 2 << 10

// metaContentSecurityPolicy is the same policy for a <meta> element in the
// static site's page, less frame-ancestors (ignored there).
const metaContentSecurityPolicy = cspSelf

// Page is what the server needs to know of the calculator's page, whose
// component the program registers with go-app before calling Main.
type Page struct {
	Title func(lang string) string // the page's title in a language
	Lang  func(v string) string    // the supported language of a URL or browser value, "" if none
	Own   func(param string) bool  // the page's own URL parameters; it keeps the others as they are
	// Paths are each language's page ("fr": "/", "en": "/en/"): the
	// static site prerenders one per language, the head links them
	// (hreflang), and web/lang.js sends a reader to their language's.
	Paths map[string]string
	// LangKey is the parameter that chooses the language on any page.
	LangKey string
}

// Main is the program's native entry point: `roundcalc` serves the app,
// `roundcalc -dist DIR` writes the static site.
func Main(pg Page) {
	log.SetFlags(0)
	log.SetPrefix("roundcalc: ")
	port := os.Getenv("PORT")
	if port == "" {
		port = "8000"
	}
	addr := flag.String("addr", "127.0.0.1:"+port, "address to listen on (default port: $PORT, else 8000)")
	root := flag.String("root", ".", "directory that holds web/, with web/app.wasm built (make wasm)")
	dist := flag.String("dist", "", "write the static site to this directory instead of serving")
	base := flag.String("base", "", "with -dist: the sub-path the site is served under, e.g. /roundcalc")
	origin := flag.String("origin", os.Getenv("ORIGIN"), "the site's scheme and host as readers reach it, e.g. https://user.github.io, "+
		"for absolute links (oEmbed, link previews); default: $ORIGIN, else for the server the address it listens on")
	flag.Parse()

	o, err := checkOrigin(*origin)
	if err != nil {
		log.Fatal(err)
	}
	if *dist != "" {
		if err := Generate(*root, *dist, *base, o, pg); err != nil {
			log.Fatal(err)
		}
		log.Printf("static site written to %s", *dist)
		return
	}
	if err := serve(*root, *addr, o, pg); err != nil {
		log.Fatal(err)
	}
}

// serverLimits bound what one client can hold of the server.
type serverLimits struct {
	readHeader, read, write, idle time.Duration
	maxHeaderBytes                int
}

// defaultLimits: a request is a URL and a few headers (the server reads no
// body), so reading it takes little time; writing app.wasm (1.8 MB) to a
// slow phone takes longer, but a client that stops reading must not hold a
// connection and its buffered answer for ever.
func defaultLimits() serverLimits {
	return serverLimits{
		readHeader:     10 * time.Second,
		read:           15 * time.Second,
		write:          2 * time.Minute,
		idle:           2 * time.Minute,
		maxHeaderBytes: 64 << 10,
	}
}

// newHTTPServer is the HTTP server of `make run` around h.
func newHTTPServer(h http.Handler, l serverLimits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    l.maxHeaderBytes,
	}
}

// Handler is the server of `make run` for root (the directory holding web/,
// app.wasm built) at origin, less its listener and limits.
func Handler(root, origin string, pg Page) (http.Handler, error) {
	h, err := newHandler(root, app.LocalDir(""), false, pg)
	if err != nil {
		return nil, err
	}
	return newServer(root, h, origin, pg)
}

// serve runs the server of `make run` until SIGINT or SIGTERM. origin is
// where readers reach it; "" means the address it listens on.
func serve(root, addr, origin string, pg Page) error {
	h, err := newHandler(root, app.LocalDir(""), false, pg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if origin == "" {
		origin = listenOrigin(ln.Addr())
	}
	s, err := newServer(root, h, origin, pg)
	if err != nil {
		ln.Close()
		return err
	}
	srv := newHTTPServer(s, defaultLimits())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()

	// The test harness reads this line to learn the port (-addr 127.0.0.1:0).
	fmt.Printf("roundcalc: serving on http://%s (version %s, links for %s)\n", ln.Addr(), h.Version, origin)
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// server wraps go-app's handler: it serves web/ itself (precompressed
// app.wasm, per-file ETags), prerenders pages with their query (go-app does;
// the server records that query in <html data-prerender-query> for
// web/pending.js), gzips text responses and sets the security headers.
//
// Caching: every response is "no-cache" with a validator (ETag), so the
// browser revalidates everything at each load and a new page never meets an
// old app.wasm from the HTTP cache; the service worker, whose cache is keyed
// by the version, makes it fast and offline.
//
// Absolute URLs (oEmbed, the Link header, link previews) are built from the
// configured origin, never from the request's Host header, which the client
// writes.
type server struct {
	app    *app.Handler
	web    string // the web/ directory
	origin string // scheme and host readers reach the server at
	page   Page
	etags  map[string]string // "/web/app.wasm" (or "/web/app.wasm.br") -> `"…"`
	cards  map[string][]byte // the sharing cards, by path ("card-fr.png")
}

func newServer(root string, h *app.Handler, origin string, pg Page) (*server, error) {
	c, err := cards()
	if err != nil {
		return nil, err
	}
	s := &server{app: h, web: filepath.Join(root, "web"), origin: origin, page: pg, etags: map[string]string{}, cards: c}
	for p, b := range c {
		sum := sha256.Sum256(b)
		s.etags["/"+p] = `"` + hex.EncodeToString(sum[:12]) + `"`
	}
	err = filepath.WalkDir(s.web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(s.web, p)
		sum := sha256.Sum256(b)
		s.etags["/web/"+filepath.ToSlash(rel)] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	return s, err
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", contentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "strict-origin-when-cross-origin")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case oembedPath, oembedFile:
		s.serveOEmbed(w, r)
		return
	case "/robots.txt", "/sitemap.xml", "/ads.txt":
		// go-app's handler would fetch these from http:// + the request's
		// Host header and cache the answer for every later visitor: they
		// come from web/ or not at all.
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/web" + r.URL.Path
		s.serveWeb(w, r2)
		return
	case articlePath, articlePathEN:
		// The example article holds the Embed panel's snippet as pasted,
		// inline style attribute included: its own policy (oembed.go).
		hdr.Set("Content-Security-Policy", articleContentSecurityPolicy)
	}
	if strings.HasPrefix(r.URL.Path, "/web/") {
		s.serveWeb(w, r)
		return
	}
	if b, ok := s.cards[strings.TrimPrefix(r.URL.Path, "/")]; ok {
		hdr.Set("Content-Type", "image/png")
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("ETag", s.etags[r.URL.Path])
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
		return
	}
	s.serveApp(w, r)
}

// serveWeb serves a file of web/, or its precompressed .br / .gz sibling
// when the client accepts that encoding.
func (s *server) serveWeb(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(r.URL.Path)
	if !strings.HasPrefix(name, "/web/") || strings.HasSuffix(name, ".go") {
		http.NotFound(w, r)
		return
	}
	file := filepath.Join(s.web, filepath.FromSlash(strings.TrimPrefix(name, "/web/")))
	st, err := os.Stat(file)
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	hdr.Set("Content-Type", ctype)
	hdr.Set("Cache-Control", "no-cache")

	served, encoding := file, ""
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if _, err := os.Stat(file + enc.ext); err != nil {
			continue
		}
		hdr.Set("Vary", "Accept-Encoding")
		if encoding == "" && accepts(r, enc.name) {
			served, encoding = file+enc.ext, enc.name
			name += enc.ext
		}
	}
	if encoding != "" {
		hdr.Set("Content-Encoding", encoding)
	}
	if etag, ok := s.etags[name]; ok {
		hdr.Set("ETag", etag)
	}

	f, err := os.Open(served)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fst, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, "", fst.ModTime(), f)
}

// serveApp serves go-app's resources and prerendered pages.
func (s *server) serveApp(w http.ResponseWriter, r *http.Request) {
	gz := accepts(r, "gzip")

	// go-app answers 304 when If-None-Match is its version's ETag; the
	// gzipped variant carries a suffixed ETag.
	r2 := r.Clone(r.Context())
	if inm := r.Header.Get("If-None-Match"); strings.HasSuffix(inm, `-gz"`) {
		r2.Header.Set("If-None-Match", strings.TrimSuffix(inm, `-gz"`)+`"`)
	}
	// A page whose address names no language is prerendered in the
	// reader's (Accept-Language), as the program would show it: an English
	// reader reads English from the first paint, not French until the
	// program starts.
	lang, negotiated := s.requestLang(r)
	if negotiated && lang != appLang {
		// Added to the query as it came: rebuilt from url.Values, it would
		// lose the pairs url.ParseQuery cannot read (pre=%zz, a ';'), and
		// the page could no longer name them. Negotiated means the address
		// has no lang of its own to replace.
		r2.URL.RawQuery = withLang(r.URL.RawQuery, lang)
		r2.Header.Del("If-None-Match") // go-app's ETag names the version, not the language
	}
	// A language's manifest is go-app's, described in that language.
	mlang, manifest := manifestLang(r.URL.Path)
	if manifest {
		r2.URL.Path = "/" + manifestPath(appLang)
	}
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, r2)
	res := rec.Result()
	body := rec.Body.Bytes()

	if manifest && res.StatusCode == http.StatusOK {
		if b, err := patchManifest(body, "/", mlang); err == nil {
			body = b
		}
	}
	if r.URL.Path == "/app.js" && res.StatusCode == http.StatusOK {
		b, err := patchAppJS(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = b
	}

	isHTML := strings.HasPrefix(res.Header.Get("Content-Type"), "text/html")
	if isHTML && res.StatusCode == http.StatusOK {
		// The prerendered figures are those of this query: tell
		// web/pending.js (a cached copy served for another query gets the
		// pending mark).
		attr := ` data-prerender-query="` + html.EscapeString(r.URL.RawQuery) + `"`
		if i := bytes.Index(body, []byte("<html")); i >= 0 {
			body = append(body[:i+5:i+5], append([]byte(attr), body[i+5:]...)...)
		}
		// oEmbed discovery for this very URL (the <head> names the
		// default scenario's oembed.json; go-app's RawHeaders are the same
		// for every request).
		body = s.withOEmbedLink(r, body, lang)
		body = withLinkPreview(body, s.origin, r.URL.RequestURI(), "/", lang)
		body = withManifest(body, "/", lang)
	}

	hdr := w.Header()
	for k, v := range res.Header {
		hdr[k] = v
	}
	if isHTML {
		hdr.Set("Content-Type", "text/html; charset=utf-8")
		hdr.Add("Vary", "Accept-Language")
		if etag := hdr.Get("ETag"); negotiated && lang != appLang && strings.HasSuffix(etag, `"`) {
			// go-app's ETag names the version; this page is also the
			// language's, and the service worker tells another version's
			// page by it.
			hdr.Set("ETag", strings.TrimSuffix(etag, `"`)+"-"+lang+`"`)
		}
		// A long address stays out of the headers: the Link header names it
		// encoded twice (an 8 KB link made 12 KB of headers, more than some
		// proxies take), and the page's own discovery <link> names it too.
		if link := s.oembedLinkHeader(r); res.StatusCode == http.StatusOK && len(link) <= maxLinkHeader {
			hdr.Add("Link", link)
		}
	}
	hdr.Del("Content-Length")
	if compressible(res.Header.Get("Content-Type")) {
		hdr.Add("Vary", "Accept-Encoding")
		if gz {
			if etag := hdr.Get("ETag"); strings.HasSuffix(etag, `"`) {
				hdr.Set("ETag", strings.TrimSuffix(etag, `"`)+`-gz"`)
			}
		}
	}
	if res.StatusCode != http.StatusOK || len(body) < 512 || !gz || !compressible(res.Header.Get("Content-Type")) {
		if res.StatusCode != http.StatusNotModified {
			hdr.Set("Content-Length", strconv.Itoa(len(body)))
		}
		w.WriteHeader(res.StatusCode)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	hdr.Set("Content-Encoding", "gzip")
	hdr.Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(res.StatusCode)
	if r.Method != http.MethodHead {
		io.Copy(w, &b)
	}
}

func compressible(contentType string) bool {
	for _, t := range []string{"text/", "application/javascript", "application/json", "application/manifest+json", "image/svg+xml"} {
		if strings.HasPrefix(contentType, t) {
			return true
		}
	}
	return false
}

// accepts reports whether the request's Accept-Encoding allows encoding.
func accepts(r *http.Request, encoding string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), encoding) {
			continue
		}
		if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return false
			}
		}
		return true
	}
	return false
}
