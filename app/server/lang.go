package server

import (
	"html"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pathLang is the language whose page path is ("" for none).
func (pg Page) pathLang(path string) string {
	for l, p := range pg.Paths {
		if p == path && p != "/" {
			return l
		}
	}
	return ""
}

// otherPaths are the languages' pages beyond the default "/".
func (pg Page) otherPaths() []string {
	var out []string
	for _, p := range pg.Paths {
		if p != "/" {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// langHeaders link each language's page (hreflang) in the head; the
// default's is x-default too.
func (pg Page) langHeaders(resources app.ResourceResolver) []string {
	var langs []string
	for l := range pg.Paths {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	out := []string{`<meta name="roundcalc-lang-key" content="` + html.EscapeString(pg.LangKey) + `">`}
	for _, l := range langs {
		out = append(out, `<link rel="alternate" hreflang="`+l+`" href="`+html.EscapeString(resources.Resolve(pg.Paths[l]))+`">`)
		if pg.Paths[l] == "/" {
			out = append(out, `<link rel="alternate" hreflang="x-default" href="`+html.EscapeString(resources.Resolve("/"))+`">`)
		}
	}
	// After what it reads, blocking: it sends a reader to their language's
	// page before the first paint.
	return append(out, `<script src="`+html.EscapeString(resources.Resolve("/web/lang.js"))+`"></script>`)
}

// withLang is the raw query raw with lang=l after its own pairs.
func withLang(raw, l string) string {
	if raw != "" {
		raw += "&"
	}
	return raw + "lang=" + url.QueryEscape(l)
}

// requestLang is the language a page request is shown in: its address's
// lang, else the first of the reader's Accept-Language the page speaks,
// else French; negotiated when it did not come from the address.
func (s *server) requestLang(r *http.Request) (lang string, negotiated bool) {
	if l := s.page.Lang(r.URL.Query().Get("lang")); l != "" {
		return l, false
	}
	if l := s.page.pathLang(r.URL.Path); l != "" {
		return l, false // the language's own page
	}
	if r.URL.Query().Has("lang") {
		return appLang, false // a refused value: the page says so, in French
	}
	best, bestQ := appLang, 0.0
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		if l := s.page.Lang(tag); l != "" && q > bestQ {
			best, bestQ = l, q
		}
	}
	return best, true
}
