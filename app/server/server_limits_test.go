package server

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestNoFetchFromTheHostHeader: go-app's handler answers /robots.txt,
// /sitemap.xml and /ads.txt by fetching http:// + the request's Host header
// + the path, and caches what it gets for every later visitor. The server
// answers them from web/ or with 404, and a listener named in the Host
// header receives nothing.
func TestNoFetchFromTheHostHeader(t *testing.T) {
	var hits atomic.Int64
	trap := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, "User-agent: *\nDisallow: /planted\n")
	}))
	defer trap.Close()
	trapHost := strings.TrimPrefix(trap.URL, "http://")

	root := shellRoot(t)
	if err := os.WriteFile(filepath.Join(root, "web", "robots.txt"), []byte("User-agent: *\nAllow: /\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, _ := serverAt(t, root)
	for _, c := range []struct {
		path   string
		status int
		body   string
	}{
		{"/robots.txt", http.StatusOK, "Allow: /"},
		{"/sitemap.xml", http.StatusNotFound, ""},
		{"/ads.txt", http.StatusNotFound, ""},
	} {
		for range 2 { // a second visitor gets the same answer
			req := httptest.NewRequest(http.MethodGet, c.path, nil)
			req.Host = trapHost
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != c.status || !strings.Contains(rec.Body.String(), c.body) || strings.Contains(rec.Body.String(), "planted") {
				t.Errorf("GET %s with Host %s: %d %q, want %d with %q", c.path, trapHost, rec.Code, rec.Body.String(), c.status, c.body)
			}
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server made %d requests to the Host header's address", n)
	}
}

// TestAbsoluteURLsFromTheOrigin: the oEmbed discovery (Link header and
// <link>) and the link preview name the configured origin whatever Host the
// request carries.
func TestAbsoluteURLsFromTheOrigin(t *testing.T) {
	s, _ := serverAt(t, embedRoot(t)) // origin http://example.com
	req := httptest.NewRequest(http.MethodGet, "/?pre=900", nil)
	req.Host = "evil.test:9"
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	page := rec.Body.String()
	for what, v := range map[string]string{"Link header": rec.Header().Get("Link"), "page": page} {
		if strings.Contains(v, "evil.test") {
			t.Errorf("the %s names the request's Host: %s", what, regexp.MustCompile(`[^"<>]*evil\.test[^"<>]*`).FindString(v))
		}
	}
	if !strings.Contains(rec.Header().Get("Link"), "http%3A%2F%2Fexample.com%2F%3Fpre%3D900") {
		t.Errorf("Link header %q does not name the page on the origin", rec.Header().Get("Link"))
	}
	// An oEmbed request for a page on the Host it sends, not on the origin,
	// is not a page of this site.
	req = httptest.NewRequest(http.MethodGet, oembedURL("http://evil.test:9/"), nil)
	req.Host = "evil.test:9"
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotFound {
		t.Errorf("oEmbed for the Host's page: %d, want 404", rec.Code)
	}
}

var (
	metaRe = regexp.MustCompile(`<meta [^>]*>`)
	attrRe = regexp.MustCompile(`(\w[\w:-]*)="([^"]*)"`)
)

// metas lists a page's <meta> elements by name or property.
func metas(page string) map[string][]string {
	out := map[string][]string{}
	for _, m := range metaRe.FindAllString(page, -1) {
		a := map[string]string{}
		for _, kv := range attrRe.FindAllStringSubmatch(m, -1) {
			a[kv[1]] = kv[2]
		}
		if k := a["property"] + a["name"]; k != "" {
			out[k] = append(out[k], a["content"])
		}
	}
	return out
}

// TestLinkPreview: og:url and og:image are absolute URLs on the origin;
// when the origin is unknown, og:url is absent and og:image is the site's
// own card from its root (it is in the site); the author is named.
func TestLinkPreview(t *testing.T) {
	s, _ := testServer(t)
	m := metas(body(t, get(s, "/?pre=900&lang=en")))
	want := map[string]string{
		"og:url":        "http://example.com/?pre=900&amp;lang=en",
		"og:image":      "http://example.com/card-en.png",
		"twitter:image": "http://example.com/card-en.png",
		"twitter:card":  "summary_large_image",
		"author":        appAuthor,
	}
	for k, v := range want {
		if len(m[k]) != 1 || m[k][0] != v {
			t.Errorf("server: %s = %q, want [%q]", k, m[k], v)
		}
	}

	root := shellRoot(t)
	for _, c := range []struct {
		origin, base string
		want         map[string][]string
	}{
		{"https://user.github.io", "/roundcalc", map[string][]string{
			"og:url": {"https://user.github.io/roundcalc/"}, "og:image": {"https://user.github.io/roundcalc/card-fr.png"},
			"og:image:width": {"1200"}, "og:image:height": {"630"}}},
		// Without an origin, the card the site holds, from its root.
		{"", "/", map[string][]string{"og:url": nil, "og:image": {"/card-fr.png"}, "twitter:image": {"/card-fr.png"}}},
		{"", "/roundcalc", map[string][]string{"og:url": nil, "og:image": {"/roundcalc/card-fr.png"}}},
	} {
		dist := filepath.Join(t.TempDir(), "dist")
		if err := Generate(root, dist, c.base, c.origin, testPage); err != nil {
			t.Fatal(err)
		}
		index, _ := os.ReadFile(filepath.Join(dist, "index.html"))
		m := metas(string(index))
		for k, v := range c.want {
			if strings.Join(m[k], " ") != strings.Join(v, " ") {
				t.Errorf("static site, origin %q: %s = %q, want %q", c.origin, k, m[k], v)
			}
		}
		if strings.Contains(string(index), `"https://"`) {
			t.Errorf("static site, origin %q: a URL with no host is left", c.origin)
		}
		for _, img := range m["og:image"] {
			file := strings.TrimPrefix(strings.TrimPrefix(img, c.origin), strings.TrimRight(c.base, "/")+"/")
			if st, err := os.Stat(filepath.Join(dist, file)); err != nil || st.Size() == 0 {
				t.Errorf("static site, origin %q: og:image %s is not a file of the site", c.origin, img)
			}
		}
	}
}

// TestServerLimits: every limit of the HTTP server is set, and a client that
// asks for a large file and never reads is cut off once the write timeout
// passes instead of holding its connection.
func TestServerLimits(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), defaultLimits())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 ||
		srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("limits not all set: %+v", srv)
	}

	root := shellRoot(t)
	const size = 64 << 20 // far more than the sockets buffer
	if err := os.WriteFile(filepath.Join(root, "web", "big.bin"), make([]byte, size), 0o644); err != nil {
		t.Fatal(err)
	}
	s, _ := serverAt(t, root)
	limits := defaultLimits()
	limits.write = 300 * time.Millisecond
	srv = newHTTPServer(s, limits)
	closed := make(chan struct{})
	srv.ConnState = func(c net.Conn, st http.ConnState) {
		if st == http.StateClosed {
			close(closed)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(4 << 10)
	io.WriteString(conn, "GET /web/big.bin HTTP/1.1\r\nHost: example.com\r\nAccept-Encoding: identity\r\n\r\n")
	select {
	case <-closed:
	case <-time.After(20 * time.Second):
		t.Fatal("the server still holds the connection of a client that does not read")
	}
}

// TestHeadersStayBoundedForLongLinks: a link of 8 KB or 50 KB (an added
// investor's long name, a host's tracking parameters) gets response headers
// of a few hundred bytes: the oEmbed Link header, which carried the whole
// query encoded twice (12 KB of headers for an 8 KB link, over 64 KB for a
// 50 KB one, more than common proxies accept), leaves a long query out. The
// page itself still names the address: og:url and the discovery <link>.
func TestHeadersStayBoundedForLongLinks(t *testing.T) {
	s := embedServer(t) // origin http://example.com
	for _, size := range []int{8 << 10, 50 << 10} {
		query := "pre=900&utm_content=" + strings.Repeat("a%C3%A9", size/8)
		for len(query) < size {
			query += "b"
		}
		res := get(s, "/?"+query)
		page := body(t, res)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%d B link: status %d", size, res.StatusCode)
		}
		n := 0
		for k, vs := range res.Header {
			for _, v := range vs {
				n += len(k) + len(": ") + len(v) + len("\r\n")
			}
		}
		t.Logf("%d B link: %d B of response headers", size, n)
		if n > 8<<10 {
			t.Errorf("%d B link: %d B of response headers, want under 8 KB (Link: %d B)", size, n, len(res.Header.Get("Link")))
		}
		if og := metas(page)["og:url"]; len(og) != 1 || og[0] != "http://example.com/?"+strings.ReplaceAll(query, "&", "&amp;") {
			t.Errorf("%d B link: og:url does not carry the address (%d B)", size, len(strings.Join(og, "")))
		}
		if !strings.Contains(page, `href="/oembed?format=json&amp;url=`+url.QueryEscape("http://example.com/?"+query)+`"`) {
			t.Errorf("%d B link: the page's oEmbed discovery link does not name the page", size)
		}
	}
	// A short link keeps its Link header, with its query.
	if l := get(s, "/?pre=900").Header.Get("Link"); !strings.Contains(l, url.QueryEscape("http://example.com/?pre=900")) {
		t.Errorf("short link: Link header %q", l)
	}
}
