package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/text"
)

// Shell settings shared by the server (server.go) and the static site
// generator (static.go). Nothing here is linked into app.wasm.
const (
	appName         = "roundcalc"
	appShortName    = "roundcalc"
	appTitle        = "roundcalc : la levée d'OpenAI, chiffre par chiffre"
	appAuthor       = "roundcalc"
	appLang         = "fr"
	appThemeColor   = "#14365d"
	appBackground   = "#ffffff"
	appLoadingLabel = "Chargement du calculateur… {progress} %"

	// wasmPath is where go-app's loader fetches the program from.
	wasmPath = "/web/app.wasm"
)

// shellFiles are the files of web/ that the page references: they must exist
// for the service worker's precache to succeed.
var shellFiles = []string{
	"web/app.css",
	"web/pending.js",
	"web/pending-inert.js",
	"web/pending-height.js",
	"web/pending-replay.js",
	"web/lang.js",
	"web/compile-worker.js",
	"web/icon.svg",
	"web/icon-192.png",
	"web/icon-512.png",
	"web/icon-maskable.png",
}

// newHandler returns the go-app handler. root is the directory that holds
// web/ (with web/app.wasm already built). resources resolves the URLs of the
// resources: app.LocalDir("") for a site served at "/", app.PrefixedLocation
// for a sub-path. static: the handler renders a static site (make dist),
// whose host may send no CSP header, so the page carries the policy in a
// <meta> element too (which cannot hold frame-ancestors).
func newHandler(root string, resources app.ResourceResolver, static bool, pg Page) (*app.Handler, error) {
	wasm := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(wasmPath, "/")))
	st, err := os.Stat(wasm)
	if err != nil {
		return nil, fmt.Errorf("%s is missing: build it first with `make wasm` (%w)", wasm, err)
	}
	for _, f := range shellFiles {
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(f))); err != nil {
			return nil, fmt.Errorf("shell file missing: %w", err)
		}
	}

	h := &app.Handler{
		Name:            appName,
		ShortName:       appShortName,
		Title:           appTitle,
		Description:     text.For(appLang).Description,
		Author:          appAuthor,
		Lang:            appLang,
		ThemeColor:      appThemeColor,
		BackgroundColor: appBackground,
		LoadingLabel:    appLoadingLabel,
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-maskable.png",
		},
		Styles: []string{"/web/app.css"},
		// Deferred so that they run after go-app's app.js has started the
		// loader and the document is parsed, in this order: the parts of
		// pending.js define what it calls. Files, not inline: the CSP
		// forbids inline scripts.
		Scripts: []string{"/web/pending-inert.js defer", "/web/pending-height.js defer",
			"/web/pending-replay.js defer", "/web/pending.js defer"},
		// go-app precaches Icon.Default, Large, Maskable, Styles and Scripts;
		// every other file of web/ (the SVG icon, what the page may add) is
		// listed here so that the worker precaches it too.
		CacheableResources:    append(append(webResources(root), otherManifests()...), pg.otherPaths()...),
		ServiceWorkerTemplate: serviceWorker(!static, pg),
		WasmContentLength:     fmt.Sprint(st.Size()),
		Resources:             resources,
	}
	if static {
		h.RawHeaders = []string{`<meta http-equiv="Content-Security-Policy" content="` + metaContentSecurityPolicy + `">`}
	}
	// oEmbed discovery (oembed.go): the default scenario's static
	// answer; the server points it at each request's own URL.
	h.RawHeaders = append(h.RawHeaders, oembedLink(resources.Resolve(oembedFile), text.For(appLang).Title))
	h.RawHeaders = append(h.RawHeaders, pg.langHeaders(resources)...)
	v, err := buildVersion(root, h)
	if err != nil {
		return nil, err
	}
	h.Version = v
	return h, nil
}

// buildVersion derives the app's version from what is deployed: the bytes of
// every file of web/ (app.wasm first of all, its precompressed siblings
// excepted since they follow from it) and the shell settings that end up in
// the generated page, app.js, manifest and worker. Any change to any of them
// gives a new version, hence a new service-worker cache and new ETags.
func buildVersion(root string, h *app.Handler) (string, error) {
	sum := sha256.New()
	web := filepath.Join(root, "web")
	var files []string
	err := filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, p := range files {
		rel, _ := filepath.Rel(web, p)
		fmt.Fprintf(sum, "file %s\n", filepath.ToSlash(rel))
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	fmt.Fprintf(sum, "config %q %q %q %q %q %q %q %q %q %v %v %v %q\n",
		h.Name, h.ShortName, h.Title, h.Description, h.Lang, h.ThemeColor,
		h.BackgroundColor, h.LoadingLabel, h.Icon, h.Styles, h.Scripts,
		h.CacheableResources, h.ServiceWorkerTemplate)
	fmt.Fprintf(sum, "author %q headers %q\n", h.Author, h.RawHeaders)
	fmt.Fprintf(sum, "app.js gate %q %q %q %q\n", appJSGate, appJSFetch, appJSLabel, appJSWorkerGate)
	fmt.Fprintf(sum, "base %q\n", h.Resources.Resolve("/"))
	return hex.EncodeToString(sum.Sum(nil))[:20], nil
}

// manifestPath is the path, under the site's base, of the manifest that a
// page in lang links: go-app's for the default language, a copy for each
// other one, so that an installed app is described in its page's language.
func manifestPath(lang string) string {
	if lang == appLang {
		return "manifest.webmanifest"
	}
	return "manifest-" + lang + ".webmanifest"
}

// otherManifests are the manifests of the languages other than the default
// one, as root-relative URLs.
func otherManifests() []string {
	var out []string
	for _, l := range pageLangs() {
		if l != appLang {
			out = append(out, "/"+manifestPath(l))
		}
	}
	return out
}

// manifestLang is the language of the manifest at a URL path, if it is one.
func manifestLang(urlPath string) (string, bool) {
	for _, l := range pageLangs() {
		if urlPath == "/"+manifestPath(l) {
			return l, true
		}
	}
	return "", false
}

// withManifest points the page's manifest link at the manifest of its
// language (go-app links the default one), and names each language's in
// the link's data attributes (data-en="…"), where the page finds the one to
// link when the reader switches language.
func withManifest(page []byte, base, lang string) []byte {
	base = strings.TrimRight(base, "/") + "/"
	link := `href="` + base + manifestPath(lang) + `"`
	for _, l := range pageLangs() {
		link += ` data-` + l + `="` + base + manifestPath(l) + `"`
	}
	return bytes.Replace(page, []byte(`href="`+base+manifestPath(appLang)+`"`), []byte(link), 1)
}

// patchManifest completes go-app's manifest.webmanifest: scope, start_url and
// id become the site's base with a trailing slash (go-app writes scope "/"
// and start_url "/base", outside the service worker's scope "/base/", so not
// available offline), and the manifest gets lang and its description in it.
func patchManifest(b []byte, base, lang string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	scope := strings.TrimRight(base, "/") + "/"
	m["scope"] = scope
	m["start_url"] = scope
	m["id"] = scope
	m["lang"] = lang
	m["description"] = text.For(lang).Description
	if icons, ok := m["icons"].([]any); ok {
		for _, ic := range icons {
			if ic, ok := ic.(map[string]any); ok && ic["purpose"] == "" {
				delete(ic, "purpose") // "" is not a valid purpose; absent means "any"
			}
		}
	}
	return json.Marshal(m)
}

// webResources lists the files of root/web as URLs ("/web/icon.svg"), less
// precompressed copies, Go sources and app.wasm (go-app lists it already).
func webResources(root string) []string {
	web := filepath.Join(root, "web")
	var urls []string
	filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch filepath.Ext(p) {
		case ".br", ".gz", ".go":
			return nil
		}
		rel, _ := filepath.Rel(web, p)
		if rel = filepath.ToSlash(rel); rel != "app.wasm" && !strings.HasPrefix(d.Name(), ".") {
			urls = append(urls, "/web/"+rel)
		}
		return nil
	})
	sort.Strings(urls)
	return urls
}
