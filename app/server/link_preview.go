package server

import (
	"html"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// goappPreviewTags matches the og:url and og:image elements go-app writes
// in every page's head. Without a domain it writes "https://" with no host,
// and it knows neither the scheme nor the port of the server, so they are
// replaced (attributes come in either order).
var goappPreviewTags = regexp.MustCompile(`<meta (?:property="og:(?:url|image)" content="[^"]*"|content="[^"]*" property="og:(?:url|image)")>\s*`)

// withLinkPreview replaces go-app's link-preview URLs in a page's head: with
// an origin, absolute URLs of the page (origin + uri) and of its sharing
// card in lang (under base), as Open Graph and Twitter read them. Without
// one (a static site built without ORIGIN), the card's address from the
// site's root, which most link previews resolve against the page, and no
// og:url rather than a wrong one.
func withLinkPreview(page []byte, origin, uri, base, lang string) []byte {
	base = strings.TrimRight(base, "/") + "/"
	img := html.EscapeString(origin + base + cardPath(lang))
	tags := `<meta property="og:image" content="` + img + `">` + "\n" +
		`<meta property="og:image:width" content="` + strconv.Itoa(cardW) + `">` + "\n" +
		`<meta property="og:image:height" content="` + strconv.Itoa(cardH) + `">` + "\n" +
		`<meta name="twitter:card" content="summary_large_image">` + "\n" +
		`<meta name="twitter:image" content="` + img + `">` + "\n"
	if origin != "" {
		tags = `<meta property="og:url" content="` + html.EscapeString(origin+uri) + `">` + "\n" + tags
	}
	first := true
	return goappPreviewTags.ReplaceAllFunc(page, func([]byte) []byte {
		if first {
			first = false
			return []byte(tags)
		}
		return nil
	})
}

// fixLinkPreview applies withLinkPreview and withManifest to the static
// site's page, the site's root.
func fixLinkPreview(file, origin, base string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	uri := strings.TrimRight(base, "/") + "/"
	return os.WriteFile(file, withManifest(withLinkPreview(b, origin, uri, base, appLang), base, appLang), 0o644)
}

// listenOrigin is the origin of a server listening on addr: readers on this
// machine reach an unspecified address (0.0.0.0, ::) at the loopback one.
func listenOrigin(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String()
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}
