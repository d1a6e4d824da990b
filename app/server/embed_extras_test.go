package server

// Native tests of the embed side of the server (oembed.go):
// oEmbed from the server and in the static site, its discovery, and the
// example article page with its own Content-Security-Policy.

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/roundcalc/roundcalc/app/embedcode"
)

// embedRoot is shellRoot plus the files of web/ the embed side serves.
func embedRoot(t *testing.T) string {
	t.Helper()
	root := shellRoot(t)
	for _, f := range []string{"article.html", "article.css", "embed.js"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "web", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "web", f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func embedServer(t *testing.T) *server {
	t.Helper()
	s, _ := serverAt(t, embedRoot(t))
	return s
}

// readOEmbed decodes an oEmbed answer.
func readOEmbed(t *testing.T, res *http.Response) oembed {
	t.Helper()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %s", res.Status)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	var o oembed
	if err := json.Unmarshal([]byte(body(t, res)), &o); err != nil {
		t.Fatal(err)
	}
	return o
}

var (
	iframeSrcRe = regexp.MustCompile(`<iframe data-roundcalc src="([^"]+)"`)
	scriptSrcRe = regexp.MustCompile(`<script src="([^"]+)" async></script>`)
)

// snippetURLs returns the frame's and the script's URLs of an embed code.
func snippetURLs(t *testing.T, code string) (*url.URL, string) {
	t.Helper()
	m := iframeSrcRe.FindStringSubmatch(code)
	s := scriptSrcRe.FindStringSubmatch(code)
	if m == nil || s == nil {
		t.Fatalf("not an embed code: %s", code)
	}
	u, err := url.Parse(strings.ReplaceAll(m[1], "&amp;", "&"))
	if err != nil {
		t.Fatal(err)
	}
	return u, s[1]
}

func oembedURL(page string, extra ...string) string {
	q := url.Values{"url": {page}, "format": {"json"}}
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	return "/oembed?" + q.Encode()
}

func TestOEmbedServer(t *testing.T) {
	s := embedServer(t)
	// httptest requests go to example.com.
	o := readOEmbed(t, get(s, oembedURL("http://example.com/?pre=900&q.amzn2=100&lang=en&view=firm&childId=c1&foo=bar")))
	if o.Version != "1.0" || o.Type != "rich" || o.ProviderName != "roundcalc" || o.ProviderURL != "http://example.com/" {
		t.Errorf("version %q type %q provider %q %q", o.Version, o.Type, o.ProviderName, o.ProviderURL)
	}
	if o.Title != "The page's title" {
		t.Errorf("title %q, want the page's English title", o.Title)
	}
	if o.Width != embedcode.Width || o.Height != embedcode.Height {
		t.Errorf("size %d×%d, want %d×%d", o.Width, o.Height, embedcode.Width, embedcode.Height)
	}
	src, script := snippetURLs(t, o.HTML)
	if src.Scheme+"://"+src.Host+src.Path != "http://example.com/" {
		t.Errorf("frame src %s: want the page at http://example.com/", src)
	}
	q := src.Query()
	for k, v := range map[string]string{"embed": "1", "pre": "900", "q.amzn2": "100", "lang": "en", "view": "firm", "foo": "bar"} {
		if q.Get(k) != v {
			t.Errorf("frame src %s: %s=%q, want %q", src, k, q.Get(k), v)
		}
	}
	if q.Has("childId") {
		t.Errorf("frame src %s keeps the host page's Pym.js childId", src)
	}
	if script != "http://example.com/web/embed.js" {
		t.Errorf("listener script %q", script)
	}
	for _, part := range []string{`title="The page's title"`, `loading="lazy"`, `style="width:100%;border:0"`, `height="650"`} {
		if !strings.Contains(o.HTML, part) {
			t.Errorf("html lacks %s: %s", part, o.HTML)
		}
	}

	t.Run("default scenario and language", func(t *testing.T) {
		o := readOEmbed(t, get(s, oembedURL("http://example.com/")))
		src, _ := snippetURLs(t, o.HTML)
		if got := src.RawQuery; got != "embed=1&lang=fr" {
			t.Errorf("frame query %q, want embed=1&lang=fr", got)
		}
		if o.Title != "Titre de la page" {
			t.Errorf("title %q", o.Title)
		}
		// /oembed.json is the same answer.
		if st := readOEmbed(t, get(s, "/oembed.json")); st != o {
			t.Errorf("/oembed.json = %+v, want %+v", st, o)
		}
	})

	// The embed builder's oEmbed address carries what the embed shows: the
	// answer's frame shows the same.
	t.Run("levers show title kept", func(t *testing.T) {
		o := readOEmbed(t, get(s, oembedURL("http://example.com/?pre=800&lang=en&levers=t.sftb,s.msft&show=captable,figures&title=0")))
		src, _ := snippetURLs(t, o.HTML)
		q := src.Query()
		for k, v := range map[string]string{"levers": "t.sftb,s.msft", "show": "captable,figures", "title": "0", "pre": "800", "embed": "1", "lang": "en"} {
			if q.Get(k) != v {
				t.Errorf("frame src %s: %s=%q, want %q", src, k, q.Get(k), v)
			}
		}
		// Present but empty is the editor's choice too (no blocks).
		o = readOEmbed(t, get(s, oembedURL("http://example.com/?show=")))
		if src, _ := snippetURLs(t, o.HTML); !src.Query().Has("show") || src.Query().Get("show") != "" {
			t.Errorf("frame src %s: want show present and empty", src)
		}
	})

	t.Run("refused values left out", func(t *testing.T) {
		o := readOEmbed(t, get(s, oembedURL("http://example.com/?pre=abc&ipo=2000&view=nope")))
		src, _ := snippetURLs(t, o.HTML)
		q := src.Query()
		if q.Has("pre") || q.Has("view") || q.Get("ipo") != "2000" {
			t.Errorf("frame query %q: want ipo=2000 only, the refused pre and view left out", src.RawQuery)
		}
	})

	t.Run("maxwidth maxheight", func(t *testing.T) {
		o := readOEmbed(t, get(s, oembedURL("http://example.com/", "maxwidth", "400", "maxheight", "500")))
		if o.Width != 400 || o.Height != 500 {
			t.Errorf("size %d×%d, want 400×500", o.Width, o.Height)
		}
		if !strings.Contains(o.HTML, `height="500"`) || !strings.Contains(o.HTML, "max-width:400px") {
			t.Errorf("html does not follow the limits: %s", o.HTML)
		}
		o = readOEmbed(t, get(s, oembedURL("http://example.com/", "maxwidth", "2000", "maxheight", "x")))
		if o.Width != embedcode.Width || o.Height != embedcode.Height {
			t.Errorf("size %d×%d with loose limits, want %d×%d", o.Width, o.Height, embedcode.Width, embedcode.Height)
		}
	})
}

func TestOEmbedErrors(t *testing.T) {
	s := embedServer(t)
	for _, c := range []struct {
		path string
		want int
	}{
		{oembedURL("http://other.example/?pre=900"), http.StatusNotFound},
		{oembedURL("https://example.com.evil.test/"), http.StatusNotFound},
		{oembedURL("http://example.com/web/article.html"), http.StatusNotFound},
		{oembedURL("ftp://example.com/"), http.StatusNotFound},
		{oembedURL("not a url at all"), http.StatusNotFound},
		{"/oembed?format=json", http.StatusBadRequest},
		{"/oembed?url=" + url.QueryEscape("http://example.com/") + "&format=xml", http.StatusNotImplemented},
		{"/oembed?url=" + url.QueryEscape("http://other.example/") + "&format=xml", http.StatusNotImplemented},
	} {
		if res := get(s, c.path); res.StatusCode != c.want {
			t.Errorf("GET %s: %s, want %d", c.path, res.Status, c.want)
		}
	}
	// format is optional (json).
	if res := get(s, "/oembed?url="+url.QueryEscape("http://example.com/")); res.StatusCode != http.StatusOK {
		t.Errorf("without format: %s", res.Status)
	}
}

func TestOEmbedDiscovery(t *testing.T) {
	s := embedServer(t)
	res := get(s, "/?pre=900&lang=en")
	page := body(t, res)
	want := `type="application/json+oembed" href="` + strings.ReplaceAll(oembedURL("http://example.com/?pre=900&lang=en"), "&", "&amp;") + `"`
	if !strings.Contains(page, want) {
		t.Errorf("the page lacks the discovery link %s", want)
	}
	link := res.Header.Get("Link")
	if !strings.Contains(link, `<`+oembedURL("http://example.com/?pre=900&lang=en")+`>`) ||
		!strings.Contains(link, `rel="alternate"`) || !strings.Contains(link, `type="application/json+oembed"`) {
		t.Errorf("Link header %q", link)
	}
	// The linked URL answers.
	readOEmbed(t, get(s, oembedURL("http://example.com/?pre=900&lang=en")))
}

func TestOEmbedStaticSite(t *testing.T) {
	root := embedRoot(t)
	dist := filepath.Join(t.TempDir(), "dist")
	if err := Generate(root, dist, "/roundcalc", "https://user.github.io", testPage); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dist, "oembed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var o oembed
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	if o.Version != "1.0" || o.Type != "rich" || o.ProviderURL != "https://user.github.io/roundcalc/" || o.Width != embedcode.Width || o.Height != embedcode.Height {
		t.Errorf("oembed.json: %+v", o)
	}
	src, script := snippetURLs(t, o.HTML)
	if src.String() != "https://user.github.io/roundcalc/?embed=1&lang=fr" || script != "https://user.github.io/roundcalc/web/embed.js" {
		t.Errorf("oembed.json html: frame %s, script %s", src, script)
	}
	index, _ := os.ReadFile(filepath.Join(dist, "index.html"))
	if !strings.Contains(string(index), `type="application/json+oembed" href="/roundcalc/oembed.json"`) {
		t.Error("index.html lacks the discovery link to /roundcalc/oembed.json")
	}
	for _, f := range []string{"web/article.html", "web/article.css", "web/embed.js"} {
		if _, err := os.Stat(filepath.Join(dist, filepath.FromSlash(f))); err != nil {
			t.Error(err)
		}
	}
	headers, _ := os.ReadFile(filepath.Join(dist, "_headers"))
	if !strings.Contains(string(headers), "/roundcalc/web/article.html\n  Content-Security-Policy: "+articleContentSecurityPolicy) {
		t.Errorf("_headers lacks the article's policy:\n%s", headers)
	}

	t.Run("no origin", func(t *testing.T) {
		dist := filepath.Join(t.TempDir(), "dist")
		if err := Generate(root, dist, "", "", testPage); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(dist, "oembed.json"))
		var o oembed
		if err := json.Unmarshal(b, &o); err != nil {
			t.Fatal(err)
		}
		if src, _ := snippetURLs(t, o.HTML); src.String() != "/?embed=1&lang=fr" {
			t.Errorf("frame src %s", src)
		}
	})
}

func TestOEmbedOrigin(t *testing.T) {
	for in, want := range map[string]string{"": "", "https://user.github.io": "https://user.github.io",
		"https://user.github.io/": "https://user.github.io", "http://127.0.0.1:8000": "http://127.0.0.1:8000"} {
		if got, err := checkOrigin(in); err != nil || got != want {
			t.Errorf("checkOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"user.github.io", "https://user.github.io/roundcalc", "ftp://x", "https://x/?a=1"} {
		if _, err := checkOrigin(bad); err == nil {
			t.Errorf("checkOrigin(%q) accepted", bad)
		}
	}
}

func TestArticlePage(t *testing.T) {
	s := embedServer(t)
	res := get(s, articlePath)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET %s: %s %s", articlePath, res.Status, res.Header.Get("Content-Type"))
	}
	if got := res.Header.Get("Content-Security-Policy"); got != articleContentSecurityPolicy {
		t.Errorf("the article's CSP is %q", got)
	}
	if got := get(s, "/web/app.css").Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
		t.Errorf("other files' CSP changed: %q", got)
	}
	page := body(t, res)

	// The hash in the policy is the snippet's style attribute.
	sum := sha256.Sum256([]byte(embedcode.Style))
	if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; h != embedcode.StyleHash {
		t.Errorf("embedcode.StyleHash %s, want %s", embedcode.StyleHash, h)
	}
	if !strings.Contains(page, `content="`+articleMetaContentSecurityPolicy+`"`) {
		t.Error("the article's <meta> policy differs from articleMetaContentSecurityPolicy")
	}
	if !strings.Contains(articleContentSecurityPolicy, embedcode.StyleHash) {
		t.Error("the article's policy lacks the snippet's style hash")
	}

	// The embed code is the Embed panel's (same form as the oEmbed html),
	// with relative URLs.
	m := regexp.MustCompile(`(?s)<iframe data-roundcalc.*?</iframe>\n<script src="[^"]*" async></script>`).FindString(page)
	if m == "" {
		t.Fatal("the article has no embed code")
	}
	src, script := snippetURLs(t, m)
	if src.String() != "../?embed=1&lang=fr" || script != "embed.js" {
		t.Errorf("the article's embed code: frame %q, script %q; want relative ../?embed=1&lang=fr and embed.js", src, script)
	}
	o := readOEmbed(t, get(s, "/oembed.json"))
	// The title is the page's (checked with the real page in package main).
	title := regexp.MustCompile(` title="[^"]*"`)
	norm := func(code, frame, js string) string {
		code = title.ReplaceAllString(code, ` title="TITLE"`)
		return strings.Replace(strings.Replace(code, frame, "FRAME", 1), `src="`+js+`"`, `src="JS"`, 1)
	}
	osrc, oscript := snippetURLs(t, o.HTML)
	if a, b := norm(m, "../?embed=1&amp;lang=fr", "embed.js"), norm(o.HTML, strings.ReplaceAll(osrc.String(), "&", "&amp;"), oscript); a != b {
		t.Errorf("the article's embed code is not the panel's form:\n%s\n%s", a, b)
	}
	for _, want := range []string{`lang="fr"`, "110 milliards", "2 mars 2026", `href="article.css"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the article lacks %s", want)
		}
	}
	if regexp.MustCompile(`<script>|<style|\son[a-z]+=`).MatchString(page) {
		t.Error("the article has an inline script, a <style> element or an event handler attribute")
	}
	if n := strings.Count(page, `style="`); n != 1 {
		t.Errorf("%d style attributes, want the snippet's only", n)
	}
}

func TestEmbedQuery(t *testing.T) {
	q, _ := url.ParseQuery("pre=900&t.x1=5&name.x1=Oracle&lang=en&embed=1&initialWidth=600&parentUrl=x&wasm=1")
	got, lang := testPage.embedQuery(q)
	if lang != "en" {
		t.Errorf("lang %q", lang)
	}
	want := "embed=1&lang=en&name.x1=Oracle&pre=900&t.x1=5&wasm=1"
	if got.Encode() != want {
		t.Errorf("embedQuery = %s, want %s", got.Encode(), want)
	}
	if _, lang := testPage.embedQuery(url.Values{"lang": {"de"}}); lang != "fr" {
		t.Errorf("lang=de gives %q, want fr", lang)
	}
}
