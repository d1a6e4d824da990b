package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/roundcalc/roundcalc/app/embedcode"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// The embed side of the server: oEmbed for `make run` (/oembed) and
// for the static site (oembed.json), the discovery link, and the example
// article pages web/article.html and web/article-en.html with their own
// Content-Security-Policy.

const (
	// articlePath is the example article page: a file of web/, so the
	// server serves it and `make dist` copies it; its links are relative,
	// so it works under a sub-path too.
	articlePath = "/web/article.html"
	// articlePathEN is the same article in English.
	articlePathEN = "/web/article-en.html"

	// oembedPath answers any URL of the site (server); oembedFile is the
	// static answer for the default scenario (server and dist).
	oembedPath = "/oembed"
	oembedFile = "/oembed.json"
)

// articleContentSecurityPolicy is the article page's policy, sent by the
// server instead of the calculator's and repeated in the page's <meta>
// (less frame-ancestors). The page holds the Embed panel's snippet as an
// editor would paste it, and that snippet carries an inline style attribute
// (style="width:100%;border:0") which the calculator's style-src 'self'
// blocks. Rather than 'unsafe-inline', the policy allows that one attribute
// value by its hash ('unsafe-hashes' applies hashes to style attributes):
// any other inline style stays blocked. A browser without 'unsafe-hashes'
// blocks the attribute, and web/article.css sets the same width and border.
// The frame's height comes from web/embed.js through CSSOM (frame.style.
// height = …), which no CSP restricts. Scripts, frames and everything else:
// the site's own origin only (the calculator frame and embed.js are
// relative URLs).
const articleContentSecurityPolicy = articleMetaContentSecurityPolicy + "; frame-ancestors *"

// articleMetaContentSecurityPolicy is the same for the page's <meta>.
const articleMetaContentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'unsafe-hashes' " + embedcode.StyleHash + "; img-src 'self' data:; " +
	"connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'"

// oembedLink is the discovery link of the page's <head> (handler.go's
// RawHeaders): the static answer for the default scenario, href resolved
// against the site's base, titled in the default language. The server
// rewrites it per request (see server.withOEmbedLink) and sends it as an
// HTTP Link header too.
func oembedLink(href, title string) string {
	return `<link rel="alternate" type="application/json+oembed" href="` + embedcode.Attr(href) +
		`" title="` + embedcode.Attr(title) + `">`
}

// oembed is an oEmbed 1.0 response of type rich.
type oembed struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	Title        string `json:"title"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// embedQuery is the query of the embedded frame for a page query, as the
// page's Embed panel builds it: the
// scenario in canonical form (refused values left out, an invalid scenario
// replaced by the default), the view, embed=1, the language (the URL's, else
// French: there is no browser to ask), and the unknown parameters kept, less
// Pym.js's.
func (pg Page) embedQuery(q url.Values) (url.Values, string) {
	lang := "fr"
	if l := pg.Lang(q.Get("lang")); l != "" && q.Get("lang") == l {
		lang = l
	}
	s, _ := model.ParseQuery(model.Default(), q)
	if _, errs := model.Compute(s); len(errs) > 0 {
		s = model.Default()
	}
	out := s.Query()
	if v, errs := model.ParseView(q.Get("view")); len(errs) == 0 && v != model.ViewAll {
		out.Set("view", string(v))
	}
	for k, v := range q {
		if !pg.Own(k) {
			out[k] = v
		}
	}
	for _, k := range embedcode.PymParams() {
		out.Del(k)
	}
	out.Set("embed", "1")
	out.Set("lang", lang)
	return out, lang
}

// newOEmbed describes the embed of the page at origin+base ("/" or
// "/roundcalc/") with query q. maxWidth, maxHeight: the consumer's limits, 0
// when absent. origin "" gives root-relative URLs (a static site built
// without ORIGIN).
func (pg Page) newOEmbed(origin, base string, q url.Values, maxWidth, maxHeight int) oembed {
	eq, lang := pg.embedQuery(q)
	base = strings.TrimRight(base, "/") + "/"
	title := pg.Title(lang)
	width, height := embedcode.Width, embedcode.Height
	if maxWidth > 0 && maxWidth < width {
		width = maxWidth
	}
	if maxHeight > 0 && maxHeight < height {
		height = maxHeight
	}
	// The page's Embed panel writes the same code.
	html := embedcode.Code(embedcode.Frame{Src: origin + base + "?" + eq.Encode(), Script: origin + base + "web/embed.js",
		Title: title, Height: height, MaxWidth: maxWidth})
	return oembed{
		Version:      "1.0",
		Type:         "rich",
		ProviderName: appName,
		ProviderURL:  origin + base,
		Title:        title,
		HTML:         html,
		Width:        width,
		Height:       height,
	}
}

// serveOEmbed answers /oembed?url=…&format=json[&maxwidth=…&maxheight=…]
// for a page of this site, and /oembed.json for its default scenario.
// Errors as the oEmbed specification says: 501 for a format other than
// json, 404 for a URL that is not a page of this site, 400 without url.
func (s *server) serveOEmbed(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Access-Control-Allow-Origin", "*") // public data, for consumers fetching from a browser
	q := r.URL.Query()
	var page url.Values
	if r.URL.Path == oembedFile {
		page = url.Values{}
	} else {
		if f := q.Get("format"); f != "" && f != "json" {
			http.Error(w, "format not implemented: json only", http.StatusNotImplemented)
			return
		}
		raw := q.Get("url")
		if raw == "" {
			http.Error(w, "url is required", http.StatusBadRequest)
			return
		}
		u, err := url.Parse(raw)
		if err != nil || !strings.EqualFold(u.Scheme+"://"+u.Host, s.origin) || (u.Path != "" && u.Path != "/") {
			http.Error(w, "not a page of this site", http.StatusNotFound)
			return
		}
		// Read as the page reads its address: unreadable pairs are left out,
		// like any refused value.
		page, _ = model.ReadQuery(u.RawQuery)
	}
	size := func(k string) int {
		n, err := strconv.Atoi(q.Get(k))
		if err != nil || n <= 0 {
			return 0
		}
		return n
	}
	b, err := marshalOEmbed(s.page.newOEmbed(s.origin, "/", page, size("maxwidth"), size("maxheight")), "")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(len(b)))
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

// oembedHref is the discovery URL for the page the request asked for, on
// the server's origin.
func (s *server) oembedHref(r *http.Request) string {
	page := s.origin + r.URL.RequestURI()
	return oembedPath + "?" + url.Values{"url": {page}, "format": {"json"}}.Encode()
}

// oembedLinkHeader is the HTTP Link header announcing the oEmbed of the
// page the request asked for. The query is percent-encoded inside it.
func (s *server) oembedLinkHeader(r *http.Request) string {
	return fmt.Sprintf(`<%s>; rel="alternate"; type="application/json+oembed"; title="%s"`, s.oembedHref(r), appName)
}

// withOEmbedLink points the page's discovery link (handler.go: the static
// answer for the default scenario) at the oEmbed of the request's own URL,
// titled in the page's language.
func (s *server) withOEmbedLink(r *http.Request, body []byte, lang string) []byte {
	static := `type="application/json+oembed" href="` + oembedFile + `" title="` + embedcode.Attr(text.For(appLang).Title) + `"`
	perRequest := `type="application/json+oembed" href="` + embedcode.Attr(s.oembedHref(r)) + `" title="` + embedcode.Attr(s.page.Title(lang)) + `"`
	if i := bytes.Index(body, []byte(static)); i >= 0 {
		out := make([]byte, 0, len(body)+len(perRequest))
		out = append(out, body[:i]...)
		out = append(out, perRequest...)
		return append(out, body[i+len(static):]...)
	}
	return body
}

// checkOrigin validates an ORIGIN: a scheme and a host, nothing more.
func checkOrigin(origin string) (string, error) {
	if origin == "" {
		return "", nil
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		strings.Trim(u.Path, "/") != "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("ORIGIN %q: want a scheme and a host, like https://user.github.io (a sub-path goes in BASE)", origin)
	}
	return u.Scheme + "://" + u.Host, nil
}

// writeOEmbedFile writes the static site's oembed.json: the default
// scenario's embed at origin+base. Without origin the URLs are
// root-relative, which oEmbed consumers cannot use: generate warns.
func (pg Page) writeOEmbedFile(file, origin, base string) error {
	b, err := marshalOEmbed(pg.newOEmbed(origin, base, url.Values{}, 0, 0), "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

// marshalOEmbed encodes o as JSON, leaving <, > and & as they are (the html
// field reads as the snippet it is).
func marshalOEmbed(o oembed, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(o); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
