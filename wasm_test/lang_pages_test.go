//go:build !js

package wasmtest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLanguagePages: before anything is drawn, web/lang.js sends a reader
// to the page of their language, once: the address's (lang=), else the
// first of the browser's languages the site has a page for. A browser that
// asks for French, then English (a French Chrome's default), stays on the
// French page: each page sent it to the other's, for ever.
func TestLanguagePages(t *testing.T) {
	srv := startServer(t)
	site := serveDist(t, nil)
	for _, b := range []struct {
		langs string
		cases []struct{ path, want string }
	}{
		{"fr-FR,fr,en-US,en", []struct{ path, want string }{{"/", "fr"}, {"/en/", "fr"}, {"/?lang=en", "en"}, {"/en/?embed=1", "fr"}}},
		{"en-US,en,fr-FR,fr", []struct{ path, want string }{{"/", "en"}, {"/?lang=fr", "fr"}, {"/en/?lang=fr&embed=1", "fr"}}},
		{"de-DE,de,en-US,en,fr", []struct{ path, want string }{{"/", "en"}}},
	} {
		ctx := newBrowser(t, chromedp.Flag("lang", strings.Split(b.langs, ",")[0]), chromedp.Flag("accept-lang", b.langs))
		log := recordRequests(ctx)
		for _, h := range []struct{ name, url string }{{"server", srv.URL}, {"static", site.URL}} {
			for _, c := range b.cases {
				t.Run(h.name+"/"+b.langs+c.path, func(t *testing.T) {
					before := len(log.URLs())
					nctx, cancel := context.WithTimeout(ctx, 15*time.Second)
					_, err := chromedp.Run(nctx, chromedp.Navigate(h.url+c.path))
					cancel()
					pages := 0
					for _, u := range log.URLs()[before:] {
						if p := strings.TrimPrefix(u, h.url); p == c.path || strings.HasPrefix(p, "/?") || strings.HasPrefix(p, "/en/") || p == "/" {
							pages++
						}
					}
					if err != nil || pages > 2 {
						t.Fatalf("the page did not settle: %d page loads (%v)", pages, err)
					}
					if l := eval[string](t, ctx, `document.documentElement.lang`); l != c.want {
						t.Errorf("the page is in %q, want %q (at %s)", l, c.want, eval[string](t, ctx, `location.pathname + location.search`))
					}
				})
			}
		}
	}
}
