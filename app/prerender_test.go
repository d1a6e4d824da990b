//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"github.com/roundcalc/roundcalc/app/server"
)

// The server of `make run` with the calculator's own page: what it
// prerenders is the page's, so these tests live with the page.

var routeOnce sync.Once

// pageServer is the server for a copy of web/ with a stand-in app.wasm (the
// server only reads its size and hash), at origin http://example.com (where
// httptest requests go).
func pageServer(t testing.TB) http.Handler {
	t.Helper()
	routeOnce.Do(func() { app.Route("/", newPage) })
	root := t.TempDir()
	err := filepath.WalkDir(filepath.Join("..", "web"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), "app.wasm") {
			return err
		}
		rel, _ := filepath.Rel("..", p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(root, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "web", "app.wasm"), []byte(strings.Repeat("\x00asm", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := server.Handler(root, "http://example.com", serverPage())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(s http.Handler, path string) *http.Response {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Result()
}

func body(t testing.TB, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestServerPrerendersThePage: the server prerenders each request with its
// own query, in the page's figures' machine form.
func TestServerPrerendersThePage(t *testing.T) {
	s := pageServer(t)
	for q, want := range map[string]string{"/": "840.0000000000", "/?pre=900": "1010.0000000000"} {
		page := body(t, get(s, q))
		if !regexp.MustCompile(`<div[^>]*data-testid="post-money"[^>]*>`).MatchString(page) ||
			!strings.Contains(page, `data-value="`+want+`"`) {
			t.Errorf("%s: the page is not prerendered with its query (post-money %s)", q, want)
		}
	}
}

// TestArticleSnippetIsThePanels: the example article's embed code carries
// the page's French title, as the Embed panel writes it.
func TestArticleSnippetIsThePanels(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "web", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `title="` + texts("fr").Title + `"`; !strings.Contains(string(article), want) {
		t.Errorf("the article's embed code lacks %s", want)
	}
}

// element is what the prerendered document's structure says of one element:
// its tag and the names of its attributes.
type element struct {
	tag   string
	attrs string
}

// parsed is a prerendered page read by a real HTML parser: its elements in
// document order, and every attribute value and text node with the element
// it belongs to.
type parsed struct {
	elements []element
	values   []string // "i tag attr=value" and "i #text value"
}

func parsePage(t *testing.T, doc string) parsed {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var p parsed
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			// go-app writes attributes in no fixed order.
			attrs := append([]html.Attribute(nil), n.Attr...)
			sort.Slice(attrs, func(i, j int) bool { return attrs[i].Namespace+attrs[i].Key < attrs[j].Namespace+attrs[j].Key })
			keys := make([]string, 0, len(attrs))
			for _, a := range attrs {
				keys = append(keys, a.Namespace+":"+a.Key)
				p.values = append(p.values, fmt.Sprintf("%d %s %s=%s", len(p.elements), n.Data, a.Key, a.Val))
			}
			p.elements = append(p.elements, element{n.Data, strings.Join(keys, " ")})
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				p.values = append(p.values, fmt.Sprintf("%d #text %s", len(p.elements), strings.TrimSpace(n.Data)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return p
}

// TestPrerenderKeepsReaderTextAsText prerenders pages whose added investor
// has a hostile name and reads them with an HTML parser: the document must
// have exactly the elements and attributes of the same page with a plain
// name of the same length, and wherever the plain name appears (attribute
// values, text, the charts' SVG) the hostile one appears instead, as it was
// typed. go-app writes attribute values with Go quoting, so before the fix a
// name with a quote closed the remove button's aria-label and planted
// elements (a <base> that redirects app.wasm, an <a>, an <svg onload>).
func TestPrerenderKeepsReaderTextAsText(t *testing.T) {
	s := pageServer(t)
	hostile := []string{
		`"><base href=//127.0.0.1:9/>`,
		`x" onmouseover="alert(1)`,
		`'><svg onload=alert(1)>`,
		`</title><a href=//evil>x</a>`,
		`<!-- & &amp; &lt;b&gt; -->`,
		`a\"b\\c\u0041`,
		`]]><![CDATA[ <x/>`,
		"«\u00a0Ça va\u202f?\u00a0» — ✓",
	}
	for _, c := range []string{`"`, "'", "<", ">", "&", `\`} {
		hostile = append(hostile, strings.Repeat(c, 40))
	}
	pages := []string{"", "&lang=en", "&view=expected&embed=1"}
	for _, name := range hostile {
		plain := strings.Repeat("N", utf8.RuneCountInString(name))
		for _, extra := range pages {
			want := parsePage(t, prerender(t, s, plain, extra))
			got := parsePage(t, prerender(t, s, name, extra))
			if len(got.elements) != len(want.elements) {
				t.Errorf("name %q%s: %d elements, want %d", name, extra, len(got.elements), len(want.elements))
				continue
			}
			for i := range want.elements {
				if got.elements[i] != want.elements[i] {
					t.Errorf("name %q%s: element %d is %v, want %v", name, extra, i, got.elements[i], want.elements[i])
					break
				}
			}
			if len(got.values) != len(want.values) {
				t.Errorf("name %q%s: %d values, want %d", name, extra, len(got.values), len(want.values))
				continue
			}
			seen := 0
			for i, w := range want.values {
				if strings.Contains(w, plain) {
					seen++
				}
				if g := got.values[i]; !sameBut(g, w, plain, name) {
					t.Errorf("name %q%s: %q, want %q", name, extra, g, strings.ReplaceAll(w, plain, name))
				}
			}
			if seen < 3 {
				t.Errorf("name %q%s: the plain name appears %d times, want it in the tables, labels and charts", name, extra, seen)
			}
		}
	}
}

// sameBut reports whether got is want with plain replaced by name, as text
// or in one of the encodings of a link (the name in a query, that query in
// another link's query).
func sameBut(got, want, plain, name string) bool {
	once := url.QueryEscape(name)
	for _, n := range []string{name, once, url.QueryEscape(once)} {
		if got == strings.ReplaceAll(want, plain, n) {
			return true
		}
	}
	// A chart label cut to fit ("NNNN…") is cut by the width of the
	// characters: any prefix of the name will do.
	cut := strings.Index(want, "N…")
	if cut < 0 {
		return false
	}
	start := 0 // after the character before the N…, which may take more than a byte
	if i := strings.LastIndexFunc(want[:cut+1], func(r rune) bool { return r != 'N' }); i >= 0 {
		_, size := utf8.DecodeRuneInString(want[i:])
		start = i + size
	}
	runes := []rune(name)
	for k := 1; k < len(runes); k++ {
		if got == want[:start]+string(runes[:k])+want[cut+1:] {
			return true
		}
	}
	return false
}

// TestPrerenderRefusedNames: names the model refuses (a newline, a control
// character, invalid UTF-8, more than 40 characters) are not applied, and
// their message quotes them as text without adding any element.
func TestPrerenderRefusedNames(t *testing.T) {
	s := pageServer(t)
	want := parsePage(t, prerender(t, s, strings.Repeat("N", 41), ""))
	for _, name := range []string{"a\n\"><b>x</b>", "\x00\"<i>", "\xff\xfe\"><base href=//x>", strings.Repeat(`"<`, 21)} {
		got := parsePage(t, prerender(t, s, name, ""))
		if len(got.elements) != len(want.elements) {
			t.Errorf("name %q: %d elements, want %d", name, len(got.elements), len(want.elements))
			continue
		}
		for i := range want.elements {
			if got.elements[i] != want.elements[i] {
				t.Errorf("name %q: element %d is %v, want %v", name, i, got.elements[i], want.elements[i])
				break
			}
		}
	}
}

// prerender is the server's page for an added tranche x1 named name.
func prerender(t *testing.T, s http.Handler, name, extra string) string {
	t.Helper()
	res := get(s, "/?t.x1=5&name.x1="+url.QueryEscape(name)+extra)
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	return body(t, res)
}

// TestOEmbedKeepsReaderTextAsText: the oEmbed answer for a page whose
// investor has a hostile name is a frame and a script, nothing more, and
// the frame's address carries the name as it was typed.
func TestOEmbedKeepsReaderTextAsText(t *testing.T) {
	s := pageServer(t)
	name := `"><base href=//1/><i onclick=x>`
	page := "http://example.com/?t.x1=5&name.x1=" + url.QueryEscape(name)
	res := get(s, "/oembed?"+url.Values{"url": {page}, "format": {"json"}}.Encode())
	var o struct{ HTML string }
	if err := json.Unmarshal([]byte(body(t, res)), &o); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(o.HTML))
	if err != nil {
		t.Fatal(err)
	}
	var tags []string
	var src string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			tags = append(tags, n.Data)
			for _, a := range n.Attr {
				if n.Data == "iframe" && a.Key == "src" {
					src = a.Val
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if got := strings.Join(tags, " "); got != "html head body iframe script" {
		t.Errorf("the embed code's elements: %s, want an iframe and a script", got)
	}
	u, err := url.Parse(src)
	if err != nil || u.Query().Get("name.x1") != name {
		t.Errorf("the frame's address %q does not carry the name %q", src, name)
	}
}

// TestPrerenderInTheReadersLanguage: an address that names no language is
// prerendered in the first language of the reader's Accept-Language the
// page speaks, else French; the address's lang wins.
func TestPrerenderInTheReadersLanguage(t *testing.T) {
	s := pageServer(t)
	for _, c := range []struct{ path, accept, want string }{
		{"/", "en-US,en;q=0.9,fr;q=0.8", "en"},
		{"/", "de-DE,fr;q=0.5", "fr"},
		{"/", "de-DE,en;q=0.3,fr;q=0.7", "fr"},
		{"/", "", "fr"},
		{"/?lang=fr", "en-US", "fr"},
		{"/?embed=1", "en", "en"},
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, c.path, nil)
		if c.accept != "" {
			req.Header.Set("Accept-Language", c.accept)
		}
		s.ServeHTTP(rec, req)
		res := rec.Result()
		page := body(t, res)
		if !regexp.MustCompile(`<html[^>]*\slang="` + c.want + `"`).MatchString(page) {
			t.Errorf("%s with Accept-Language %q: want a page in %s", c.path, c.accept, c.want)
		}
		if !strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "Accept-Language") {
			t.Errorf("%s: Vary %q lacks Accept-Language", c.path, res.Header.Values("Vary"))
		}
		// What the page was prerendered for is the address as it came.
		if want := ` data-prerender-query="` + strings.TrimPrefix(strings.TrimPrefix(c.path, "/"), "?") + `"`; !strings.Contains(page, want) {
			t.Errorf("%s: want %s", c.path, want)
		}
	}
}

// TestPrerenderNamesUnreadablePairsInEveryLanguage: pairs the page cannot
// read (a bad % escape, a semicolon) are named in the error region of the
// prerendered page whatever language the reader's Accept-Language picks.
// The English page used to be rendered from a query rebuilt by url.Values,
// which had dropped them: an empty error region over the article's figures.
func TestPrerenderNamesUnreadablePairsInEveryLanguage(t *testing.T) {
	s := pageServer(t)
	errorRegion := regexp.MustCompile(`<div[^>]*data-testid="error"[^>]*>([^<]*)<`)
	for _, c := range []struct{ accept, pre, msft string }{
		{"fr", "«\u00a0600;ipo=5\u00a0»", "«\u00a0%zz\u00a0»"},
		{"en", "“600;ipo=5”", "“%zz”"},
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/?pre=600;ipo=5&s.msft=%zz", nil)
		req.Header.Set("Accept-Language", c.accept)
		s.ServeHTTP(rec, req)
		page := body(t, rec.Result())
		if !regexp.MustCompile(`<html[^>]*\slang="` + c.accept + `"`).MatchString(page) {
			t.Errorf("Accept-Language %s: the page is not in %s", c.accept, c.accept)
		}
		m := errorRegion.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("Accept-Language %s: no error region in the page", c.accept)
		}
		msg := html.UnescapeString(m[1])
		for _, want := range []string{c.pre, c.msft} {
			if !strings.Contains(msg, want) {
				t.Errorf("Accept-Language %s: the error region %q does not name %s", c.accept, msg, want)
			}
		}
		// The figures are the article's: neither pair applied.
		if !strings.Contains(page, `data-value="840.0000000000"`) {
			t.Errorf("Accept-Language %s: the post-money is not the article's 840", c.accept)
		}
	}
}

// TestFullCalculatorLinkKeepsOnlyTheScenario: the embed's link to the full
// calculator carries the scenario, the view and the language, as the embed
// builder and oEmbed do: not what Pym.js added for the host page (its
// address, a draft's token included, would end up in a link readers
// share), nor what the embed shows.
func TestFullCalculatorLinkKeepsOnlyTheScenario(t *testing.T) {
	s := pageServer(t)
	page := body(t, get(s, "/?embed=1&lang=en&pre=900&view=firm&levers=pre&show=verdict&title=0"+
		"&initialWidth=640&childId=rc&parentTitle=Draft&parentUrl="+url.QueryEscape("https://news.example/draft?token=secret")))
	m := regexp.MustCompile(`<a[^>]*data-testid="open-full"[^>]*>`).FindString(page)
	href := regexp.MustCompile(`href="([^"]*)"`).FindStringSubmatch(m)
	if href == nil {
		t.Fatalf("no link to the full calculator in the embed: %q", m)
	}
	if got, want := html.UnescapeString(href[1]), "?lang=en&pre=900&view=firm"; got != want {
		t.Errorf("the full calculator's link is %q, want %q", got, want)
	}
}

// TestPageWordsInItsLanguage: what describes the page outside it (its
// description and og:description, og:title, the oEmbed discovery link's
// title, the manifest it links and that manifest's description and lang,
// the sharing card) is in the page's language, whether the address or the
// reader's Accept-Language chose it. English pages carried French.
func TestPageWordsInItsLanguage(t *testing.T) {
	s := pageServer(t)
	attr := func(tag, key, name string) *regexp.Regexp {
		return regexp.MustCompile(`<` + tag + `\s[^>]*` + key + `="` + regexp.QuoteMeta(name) + `"[^>]*>`)
	}
	value := func(page string, re *regexp.Regexp, name string) string {
		m := regexp.MustCompile(`\s` + name + `="([^"]*)"`).FindStringSubmatch(re.FindString(page))
		if m == nil {
			return ""
		}
		return html.UnescapeString(m[1])
	}
	for _, c := range []struct{ path, accept, lang, manifest string }{
		{"/?lang=en", "", "en", "/manifest-en.webmanifest"},
		{"/?pre=900", "en-GB,en;q=0.9", "en", "/manifest-en.webmanifest"},
		{"/", "fr", "fr", "/manifest.webmanifest"},
		{"/?lang=fr", "en", "fr", "/manifest.webmanifest"},
	} {
		req := httptest.NewRequest(http.MethodGet, c.path, nil)
		if c.accept != "" {
			req.Header.Set("Accept-Language", c.accept)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		page := body(t, rec.Result())
		tx := texts(c.lang)
		for what, got := range map[string]string{
			"description":    value(page, attr("meta", "name", "description"), "content"),
			"og:description": value(page, attr("meta", "property", "og:description"), "content"),
			"og:title":       value(page, attr("meta", "property", "og:title"), "content"),
			"oEmbed link":    value(page, attr("link", "type", "application/json+oembed"), "title"),
		} {
			want := tx.Description
			if what == "og:title" || what == "oEmbed link" {
				want = tx.Title
			}
			if got != want {
				t.Errorf("%s (Accept-Language %q): %s %q, want %q", c.path, c.accept, what, got, want)
			}
		}
		if img := value(page, attr("meta", "property", "og:image"), "content"); img != "http://example.com/card-"+c.lang+".png" {
			t.Errorf("%s (Accept-Language %q): og:image %q, want the %s card", c.path, c.accept, img, c.lang)
		}
		href := value(page, attr("link", "rel", "manifest"), "href")
		if href != c.manifest {
			t.Fatalf("%s (Accept-Language %q): manifest %q, want %s", c.path, c.accept, href, c.manifest)
		}
		res := get(s, href)
		var m struct{ Lang, Description, Name string }
		if err := json.Unmarshal([]byte(body(t, res)), &m); err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d, %v", href, res.StatusCode, err)
		}
		if m.Lang != c.lang || m.Description != tx.Description || m.Name != "roundcalc" {
			t.Errorf("%s: lang %q, name %q, description %q; want %s, roundcalc, %q", href, m.Lang, m.Name, m.Description, c.lang, tx.Description)
		}
	}
}
