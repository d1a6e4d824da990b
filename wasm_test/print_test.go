//go:build !js

package wasmtest

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/roundcalc/roundcalc/app/text"
)

// maxPrintPages is what a reader's printout may take with every section
// open: 6 A4 pages (it took 9 once the partners' years joined, their
// picture one partner under another and their tables one under another).
const maxPrintPages = 6

// pdfPage matches a page object of a PDF (not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// printPDF prints the tab as an A4 PDF, as a reader's "Save as PDF" would
// (the browser's default margins, no header or footer), and returns its
// number of pages.
func printPDF(t *testing.T, ctx context.Context) int {
	t.Helper()
	r := step(t, ctx, func(ctx context.Context, tg *chromedp.Target) (page.PrintToPDFResult, error) {
		return cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
	})
	return len(pdfPage.FindAll(r.Data, -1))
}

// Printed with every section open, the page gives a reader what paper can
// hold: the verdict and the figures, the pictures at a readable size, the
// scenario's address; no control or instruction meant for the screen, no
// heading over nothing; at most maxPrintPages A4 pages, in both languages.
func TestPrint(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 718, 1000) // an A4 page's width inside the browser's margins
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tx := text.For(lang)
			openApp(t, ctx, srv.URL+"/?open=all&pre=800&lang="+lang)
			poll(t, ctx, `["contributions", "ownership", "flows", "exposure", "timeline", "web"].every(id =>
				!!document.querySelector('[data-testid="chart-' + id + '"] svg'))`, appTimeout)
			addr := waitAddress(t, ctx, 5*time.Second, "the scenario in the address", func(q url.Values) bool { return q.Get("pre") == "800" })
			emulateMedia(t, ctx, "print")
			defer emulateMedia(t, ctx, "")

			shown := func(sel string) bool {
				return eval[bool](t, ctx, `(() => { const e = document.querySelector(`+jsString(sel)+`);
					return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"; })()`)
			}
			for _, id := range []string{"verdict", "post-money", "raised", "dilution", "stake-after-msft", "equity-msft",
				"collapse-loss-sftb", "route-cut-chatgpt", "chart-contributions", "chart-web", "sources"} {
				if !shown(testidSelector(id)) {
					t.Errorf("%s does not print", id)
				}
			}
			// The scenario's address, whole.
			if !shown(testidSelector("print-address")) {
				t.Error("the scenario's address does not print")
			} else {
				got := textOf(t, ctx, "print-address")
				u, err := url.Parse(got[strings.Index(got, "http"):])
				if err != nil || u.Host != eval[string](t, ctx, `location.host`) || u.Query().Encode() != addr.Encode() {
					t.Errorf("the printed address %q is not the page's (%v)", got, addr)
				}
			}
			// Nothing for the screen: no control, no screen instruction.
			controls := eval[[]string](t, ctx, `[...document.querySelectorAll('main button:not(.fold-toggle), main select, main textarea, main input, main summary:not(.src-tag), .skip-link')]
				.filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden")
				.map(e => e.tagName + "." + e.className + ": " + (e.textContent || e.value || "").trim().slice(0, 40))`)
			for _, c := range controls {
				if !strings.HasPrefix(c, "INPUT.num-field") { // a typed field prints as its figure
					t.Errorf("a control prints: %s", c)
				}
			}
			printed := eval[string](t, ctx, `(() => { const out = [];
				const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let n = w.nextNode(); n; n = w.nextNode()) { const e = n.parentElement;
					if (e && e.getClientRects().length && getComputedStyle(e).visibility !== "hidden") out.push(n.textContent); }
				return out.join(" "); })()`)
			for _, s := range []string{tx.Subtitle, tx.TagsLegend, tx.RoutesIntro, tx.EmbedHelp, tx.PresetsTitle, tx.Print, tx.Reset} {
				if strings.Contains(printed, s) {
					t.Errorf("screen text prints: %q", s)
				}
			}
			// No heading over nothing.
			empty := eval[[]string](t, ctx, `[...document.querySelectorAll("h1, h2, h3")].filter(h => h.getClientRects().length).filter(h => {
				if (!h.textContent.trim()) return true;
				const box = h.closest("section, figure, header, main");
				if (!box || box.tagName === "MAIN" || box.tagName === "HEADER") return false;
				const rest = [...box.querySelectorAll("*")].filter(e => !h.contains(e) && e !== h && e.children.length === 0 &&
					e.getClientRects().length && (e.textContent.trim() || e.tagName === "svg" || e.closest("svg") || e.tagName === "INPUT"));
				return rest.length === 0;
			}).map(h => h.textContent.trim().slice(0, 60))`)
			for _, h := range empty {
				t.Errorf("a heading prints over nothing: %q", h)
			}
			// Pictures at a readable size: no chart text under 7 pt (9.3 px).
			small := eval[[]string](t, ctx, `[...document.querySelectorAll(".chart-svg svg")].filter(s => s.getClientRects().length && s.viewBox.baseVal && s.viewBox.baseVal.width).flatMap(s => {
				const k = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
				return [...s.querySelectorAll("text")].filter(e => e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) * k < 9.3)
					.map(e => s.closest("figure").dataset.testid + ": " + (parseFloat(getComputedStyle(e).fontSize) * k).toFixed(1) + " px " + e.textContent.slice(0, 20));
			})`)
			if len(small) > 0 {
				t.Errorf("%d chart labels print under 7 pt, e.g. %q", len(small), small[:min(5, len(small))])
			}
			emulateMedia(t, ctx, "")
			n := printPDF(t, ctx)
			t.Logf("%s: %d A4 pages", lang, n)
			if n == 0 || n > maxPrintPages {
				t.Errorf("%s: printed on %d A4 pages, at most %d wanted", lang, n, maxPrintPages)
			}
		})
	}
}
