package server

import (
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Generate writes the static site (make dist) to dir: the page prerendered
// for the default scenario (index.html), go-app's app.js, wasm_exec.js,
// app-worker.js, manifest.webmanifest and app.css, then every file of web/
// (app.wasm with its .br and .gz siblings included). base is the sub-path
// the site will be served under ("" or "/" for the root of a domain);
// origin its scheme and host (`make dist ORIGIN=https://USER.github.io`),
// "" when unknown: oEmbed and link previews need absolute URLs, and nothing
// else in dist/ says where the site lives.
func Generate(root, dir, base, origin string, pg Page) error {
	base = "/" + strings.Trim(base, "/")
	resources := app.LocalDir("")
	if base != "/" {
		resources = app.PrefixedLocation(base)
	}
	h, err := newHandler(root, resources, true, pg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return err
	}
	if err := copyWeb(filepath.Join(root, "web"), filepath.Join(dir, "web")); err != nil {
		return err
	}
	if err := fixManifests(dir, base); err != nil {
		return err
	}
	if err := fixAppJS(filepath.Join(dir, "app.js")); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, ".nojekyll"), nil, 0o644); err != nil {
		return err
	}
	// oEmbed for the default scenario (oembed.go); the page links it.
	if err := pg.writeOEmbedFile(filepath.Join(dir, strings.TrimPrefix(oembedFile, "/")), origin, base); err != nil {
		return err
	}
	if err := fixLinkPreview(filepath.Join(dir, "index.html"), origin, base); err != nil {
		return err
	}
	// go-app writes the page of "/en/" as en.html: a host serves "/en/"
	// from en/index.html.
	for _, p := range pg.otherPaths() {
		file := filepath.Join(dir, filepath.FromSlash(strings.Trim(p, "/")))
		if err := os.MkdirAll(file, 0o755); err != nil {
			return err
		}
		if err := os.Rename(file+".html", filepath.Join(file, "index.html")); err != nil {
			return err
		}
		// Its link preview and manifest link in its language, as the root's.
		index := filepath.Join(file, "index.html")
		b, err := os.ReadFile(index)
		if err != nil {
			return err
		}
		lang, uri := pg.pathLang(p), strings.TrimRight(base, "/")+p
		if err := os.WriteFile(index, withManifest(withLinkPreview(b, origin, uri, base, lang), base, lang), 0o644); err != nil {
			return err
		}
	}
	c, err := cards()
	if err != nil {
		return err
	}
	for p, b := range c {
		if err := os.WriteFile(filepath.Join(dir, p), b, 0o644); err != nil {
			return err
		}
	}
	if origin == "" {
		log.Printf("note: %s has root-relative URLs; for oEmbed consumers, build with ORIGIN=https://your.host (make dist ORIGIN=… BASE=…)", oembedFile[1:])
	}
	return os.WriteFile(filepath.Join(dir, "_headers"), []byte(netlifyHeaders(base)), 0o644)
}

// copyWeb copies web/ into the site, leaving out Go sources (the icon
// generator).
func copyWeb(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, ".go") {
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}

// fixAppJS hands the generated app.js's wasm start to the gate (appjs.go).
func fixAppJS(file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if b, err = patchAppJS(b); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

// fixManifests rewrites the generated manifest and writes one for each
// other language (see patchManifest).
func fixManifests(dir, base string) error {
	file := filepath.Join(dir, manifestPath(appLang))
	generated, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	for _, l := range pageLangs() {
		b, err := patchManifest(generated, base, l)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if err := os.WriteFile(filepath.Join(dir, manifestPath(l)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// netlifyHeaders is a _headers file, read by Netlify and Cloudflare Pages
// (other hosts ignore it): the server's headers and caching. The example
// article's rule comes last so that its policy replaces the site's one for
// that page (later rules win in Netlify's own tools); a host that enforces
// both blocks only the snippet's style attribute there, and web/article.css
// sets the same width and border.
func netlifyHeaders(base string) string {
	p := strings.TrimRight(base, "/")
	return fmt.Sprintf(`%[1]s/*
  Content-Security-Policy: %[2]s
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Cache-Control: no-cache
%[1]s/web/app.wasm
  Content-Type: application/wasm
%[1]s/oembed.json
  Access-Control-Allow-Origin: *
%[1]s%[3]s
  Content-Security-Policy: %[4]s
%[1]s%[5]s
  Content-Security-Policy: %[4]s
`, p, contentSecurityPolicy, articlePath, articleContentSecurityPolicy, articlePathEN)
}
