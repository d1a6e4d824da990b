//go:build !js

package wasmtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestEmbedHeightFinal: an embed's first height report is its height once
// the program runs, within 40 px, so the article does not move under the
// reader's eyes when it starts: the prerender lays out the blocks, levers
// and sizes the program will show, or, where it cannot (a static host's
// page has no folded section's body), leaves the first report to the
// program. For the default embed and one with its own blocks and levers,
// at a phone's width and an article column's, and one with folded blocks
// at a phone's, in both languages, served by `make run` and by a static
// host.
func TestEmbedHeightFinal(t *testing.T) {
	// Blocks and a lever the full page shows only in its folded sections,
	// whose bodies it does not prerender: a static host's page cannot lay
	// them out before the program runs.
	const folded = "&show=verdict,collapse&levers=pre,years.amzn"
	srv := startServer(t)
	site := serveDist(t, nil)
	host := startArticleHost(t)
	for _, origin := range []struct{ name, url string }{{"server", srv.URL}, {"static", site.URL}} {
		for _, q := range []string{"", "&show=verdict,pay&levers=growth", folded} {
			for _, lang := range []string{"fr", "en"} {
				for _, width := range []int{375, 600} {
					if q == folded && width != 375 {
						continue
					}
					name := fmt.Sprintf("%s/%s/%s/%d", origin.name, strings.TrimPrefix(q, "&"), lang, width)
					t.Run(name, func(t *testing.T) {
						// A reader's first visit: no worker of the site's yet (its
						// cached page is another address's: see the static host).
						ctx := newBrowser(t)
						viewport(t, ctx, 700, 900)
						page := strings.Replace(lazyArticle(origin.url+"/?embed=1&lang="+lang+q, 0),
							"width:600px", fmt.Sprintf("width:%dpx", width), 1) + resizingListener
						path := fmt.Sprintf("/h%d", len(name)*1000+width)
						host.set(path, page)
						navigate(t, ctx, host.URL+path)
						fctx := attachFrame(t, ctx, origin.url+"/")
						first, _, _ := waitHeightReports(t, ctx, origin.url, "roundcalc", false, 1)
						waitApp(t, fctx)
						checkHeightFinal(t, ctx, fctx, origin.url, first[0])
					})
				}
			}
		}
	}
}

// checkHeightFinal checks, once the program runs, that the frame's reports
// have come to a height within 40 px of its first report.
func checkHeightFinal(t *testing.T, ctx, fctx context.Context, origin string, first int) {
	t.Helper()
	dw, _, _, content := waitReportsFit(t, ctx, fctx, origin, "roundcalc", false)
	final := lastHeight(dw)
	t.Logf("first report %d px, final %d px (content %d), reports %v", first, final, content, dw)
	if d := final - first; d > 40 || d < -40 {
		t.Errorf("the embed's height moved %+d px when the program started (%d → %d px)", d, first, final)
	}
}

// resizingListener sizes the article's frame to the height it reports, as
// the embed code's listener (web/embed.js) or a newsroom's does.
const resizingListener = `<script>
window.addEventListener("message", (e) => {
	const d = e.data, h = d && d["datawrapper-height"] && Object.values(d["datawrapper-height"])[0];
	const f = document.querySelector("iframe[data-roundcalc]");
	if (h > 0 && f && f.contentWindow === e.source) f.style.height = Math.ceil(h) + "px";
});
</script>`

// TestEmbedStaticShowsItsChoice: a static host serves the full page for an
// embed's address; before the program runs it shows the blocks and levers
// the address chose, and nothing else of the page.
func TestEmbedStaticShowsItsChoice(t *testing.T) {
	_, fctx, _, hold := staticEmbed(t, "/?embed=1&lang=en&show=verdict,pay&levers=growth")
	// (The French page first sends the frame to the English one.)
	poll(t, fctx, `document.documentElement.lang === "en" && document.readyState === "complete" && !!document.getElementById("app-wasm-loader")`, stepTimeout)
	shown := func(testid string) bool {
		return eval[bool](t, fctx, `(() => { const e = document.querySelector(`+jsString(testidSelector(testid))+`);
			return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"; })()`)
	}
	for _, id := range []string{"verdict", "verdict-pay", "chart-pay", "input-growth", "field-growth"} {
		if !shown(id) {
			t.Errorf("%s, chosen, does not show before the program runs", id)
		}
	}
	for _, id := range []string{"chart-contributions", "post-money", "stake-after-msft", "chart-ownership", "input-pre", "field-ipo", "field-q-amzn2"} {
		if shown(id) {
			t.Errorf("%s, not chosen, shows before the program runs", id)
		}
	}
	close(hold)
	waitApp(t, fctx)
	if !shown("chart-pay") || !shown("field-growth") || shown("chart-contributions") {
		t.Error("once running, the embed does not show its choice")
	}
}
