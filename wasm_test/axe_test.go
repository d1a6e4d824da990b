//go:build !js

package wasmtest

import (
	"fmt"
	"strings"
	"testing"
)

// axeResult is what the audit found: each rule broken, with its nodes.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any `json:"target"`
		} `json:"nodes"`
	} `json:"violations"`
}

// TestAxe: axe-core, as newsroom teams run it (WCAG 2.1 A and AA and best
// practices), finds nothing on the page with every section open, the
// embed, every embed block and the embed builder open, at a phone's and a
// desktop's width, in both languages.
func TestAxe(t *testing.T) {
	src := npmAsset(t, "ROUNDCALC_AXE", "axe.min.js")
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct{ path, open string }{
		{"/?open=all&lang=fr", ""},
		{"/?open=all&lang=en", ""},
		{"/?lang=fr", "details.embed-code"},
		{"/?lang=en", "details.embed-code"},
		{"/?embed=1&lang=fr", ""},
		{"/?embed=1&lang=en&levers=t.sftb,s.msft,haircut&show=verdict,figures,contributions,ownership,captable,exposure,collapse,routes", ""},
		{"/?embed=1&lang=fr&title=0", ""},
	} {
		for _, w := range []int64{375, 1366} {
			t.Run(fmt.Sprintf("%s at %d px", c.path, w), func(t *testing.T) {
				viewport(t, ctx, w, 900)
				openApp(t, ctx, srv.URL+c.path)
				if c.open != "" {
					eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector(%s).open = true, true)`, jsString(c.open)))
					poll(t, ctx, `!!document.querySelector('[data-testid="embed-preview-column"]')`, stepTimeout)
				}
				settled(t, ctx)
				// DevTools evaluation: the page's CSP does not apply to it.
				eval[bool](t, ctx, src+"\n;true")
				r := eval[axeResult](t, ctx, `axe.run(document, {runOnly: {type: "tag",
					values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})`)
				for _, v := range r.Violations {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, fmt.Sprint(n.Target...))
					}
					t.Errorf("%s (%s): %s, at %s", v.ID, v.Impact, v.Help, strings.Join(where, "; "))
				}
			})
		}
	}
}
