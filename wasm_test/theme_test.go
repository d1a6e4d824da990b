//go:build !js

package wasmtest

import (
	"net/url"
	"strings"
	"testing"
)

// An embed is light in a dark-mode reader's article unless its editor asks
// (theme=dark, or auto: the reader's system), from the prerendered page on,
// before the program runs; the full page follows the system. The builder
// offers the theme, and its code carries it.
func TestEmbedTheme(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 640, 900)
	type contrast struct{ Bg, Ratio float64 }
	cases := []struct {
		scheme, query string
		dark          bool
	}{
		{"dark", "/?lang=fr", true}, // the full page follows the system
		{"dark", "/?embed=1&lang=fr", false},
		{"dark", "/?embed=1&lang=en&theme=light", false},
		{"dark", "/?embed=1&lang=fr&theme=auto", true},
		{"light", "/?embed=1&lang=fr&theme=auto", false},
		{"light", "/?embed=1&lang=en&theme=dark", true},
		{"dark", "/?embed=1&lang=fr&theme=blue", false}, // unknown: the default
	}
	for _, c := range cases {
		emulateMedia(t, ctx, "", "prefers-color-scheme", c.scheme)
		check := func(when string) {
			t.Helper()
			for _, sel := range []string{".page", "[data-testid=verdict]", ".num-label"} {
				got := eval[contrast](t, ctx, contrastJS+"("+jsString(sel)+")")
				if c.dark && got.Bg > 0.05 || !c.dark && got.Bg < 0.9 {
					t.Errorf("%s system, %s, %s: background luminance %.3f, want it %s", c.scheme, c.query, when, got.Bg,
						map[bool]string{true: "dark", false: "light"}[c.dark])
				}
				if got.Ratio < 4.5 {
					t.Errorf("%s system, %s, %s: %s has a contrast of %.2f", c.scheme, c.query, when, sel, got.Ratio)
				}
			}
		}
		// The prerendered page, before the program runs: no flash of
		// another theme.
		navigate(t, ctx, srv.URL+c.query)
		if eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader") && document.documentElement.dataset.wasm !== "started"`) {
			check("before the program runs")
		}
		waitApp(t, ctx)
		check("once the program runs")
	}
	emulateMedia(t, ctx, "")

	// The builder offers the theme; its code and previews carry it.
	openApp(t, ctx, srv.URL+"/?lang=en")
	openBuilder(t, ctx)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-testid="embed-theme"] option')].map(o => o.value)`); strings.Join(got, ",") != "light,dark,auto" {
		t.Errorf("themes offered: %v", got)
	}
	if _, src := snippet(t, ctx); src.Query().Has("theme") {
		t.Errorf("the default code carries a theme: %s", src)
	}
	eval[bool](t, ctx, `(() => { const s = document.querySelector('[data-testid="embed-theme"]'); s.value = "dark";
		s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	waitSnippet(t, ctx, "theme=dark", func(q url.Values) bool { return strings.Join(q["theme"], ",") == "dark" })
	poll(t, ctx, `[...document.querySelectorAll("iframe[data-testid^='embed-preview-']")].every(f => f.src.includes("theme=dark"))`, stepTimeout)
}
