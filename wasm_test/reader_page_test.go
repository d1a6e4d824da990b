//go:build !js

package wasmtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// viewport sets the tab's layout viewport to width × height CSS px.
func viewport(t testing.TB, ctx context.Context, width, height int64) {
	t.Helper()
	step(t, ctx, chromedp.EmulateViewport(width, height))
}

// emulateMedia sets the CSS media type ("print", "" for screen) and media
// features (name, value pairs) the page sees.
func emulateMedia(t testing.TB, ctx context.Context, media string, features ...string) {
	t.Helper()
	p := emulation.SetEmulatedMediaParams{Media: media}
	for i := 0; i+1 < len(features); i += 2 {
		p.Features = append(p.Features, &emulation.MediaFeature{Name: features[i], Value: features[i+1]})
	}
	step(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, p)
		return err
	}))
}

// addedTranche is the article's scenario with a tranche a reader added.
const addedTranche = "/?lang=en&t.x1=20&q.x1=1&name.x1=Oracle"

// sparksDrawn waits until the sensitivity lines are under the sliders.
func sparksDrawn(t testing.TB, ctx context.Context) {
	t.Helper()
	poll(t, ctx, `document.querySelectorAll(".num-spark svg").length > 0`, stepTimeout)
}

// TestPhoneLayout: at 320 px nothing pushes the page sideways (the full
// page in both languages, with an added tranche, the embed, an open source
// tag), and at 375 px every table reads without a sideways scroll.
func TestPhoneLayout(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("no sideways overflow at 320 px", func(t *testing.T) {
		viewport(t, ctx, 320, 700)
		for _, q := range []string{"/?lang=fr", "/?lang=en", "/?open=all&lang=fr", "/?open=all&lang=en", addedTranche,
			"/?open=all&lang=fr&t.x1=20&q.x1=0.5&name.x1=Fonds%20souverain%20du%20Golfe", "/?embed=1&lang=fr", "/?embed=1&lang=en"} {
			openApp(t, ctx, srv.URL+q)
			if q[1] != '?' || q[2] != 'e' {
				sparksDrawn(t, ctx)
			}
			if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
				t.Errorf("%s: the page is %d px wide at 320 px: %s", q, w, eval[string](t, ctx, widest))
			}
			// An open source tag's popover stays on the screen.
			eval[bool](t, ctx, `(() => { const d = [...document.querySelectorAll("details.src")].filter((d) => d.offsetParent).pop(); d.open = true; return true; })()`)
			if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
				t.Errorf("%s: with a source tag open the page is %d px wide at 320 px: %s", q, w, eval[string](t, ctx, widest))
			}
		}
	})

	// A headline figure reads on one line, inside its card: a number broken
	// across lines ("1 110,7" / "5 Md$") reads as another number.
	t.Run("headline figures on one line", func(t *testing.T) {
		for _, width := range []int64{320, 375, 600, 1366} {
			viewport(t, ctx, width, 812)
			for _, q := range []string{"/?lang=fr&pre=1000.75", "/?lang=en&pre=1000.75", "/?lang=fr", "/?embed=1&show=figures&lang=fr&pre=9000.25"} {
				openApp(t, ctx, srv.URL+q)
				bad := eval[[]string](t, ctx, `[...document.querySelectorAll(".card-figure")].filter((f) => f.offsetParent).flatMap((f) => {
					const r = document.createRange();
					r.selectNodeContents(f);
					const lines = new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size;
					const card = f.closest(".card").getBoundingClientRect(), box = r.getBoundingClientRect();
					return lines !== 1 || box.left < card.left - 0.5 || box.right > card.right + 0.5
						? [f.textContent + ": " + lines + " lines, " + Math.round(box.left) + "–" + Math.round(box.right) + " in " + Math.round(card.left) + "–" + Math.round(card.right)] : [];
				})`)
				if n := eval[int](t, ctx, `[...document.querySelectorAll(".card-figure")].filter((f) => f.offsetParent).length`); n == 0 {
					t.Errorf("%d px, %s: no headline figure", width, q)
				}
				for _, b := range bad {
					t.Errorf("%d px, %s: %s", width, q, b)
				}
			}
		}
	})

	t.Run("every table fits at 375 px", func(t *testing.T) {
		viewport(t, ctx, 375, 812)
		for _, q := range []string{"/?open=all&lang=fr", "/?open=all&lang=en", addedTranche, "/?embed=1&lang=fr"} {
			openApp(t, ctx, srv.URL+q)
			// The charts' data tables too, opened.
			eval[bool](t, ctx, `(() => { document.querySelectorAll("details.chart-data").forEach((d) => d.open = true); return true; })()`)
			n := eval[int](t, ctx, `document.querySelectorAll("table").length`)
			if n == 0 {
				t.Fatalf("%s: no table", q)
			}
			bad := eval[[]string](t, ctx, `[...document.querySelectorAll("table")].filter((t) => t.offsetParent &&
				t.scrollWidth > t.parentElement.clientWidth).map((t) => (t.className || t.caption?.textContent) + ": " + t.scrollWidth + " > " + t.parentElement.clientWidth)`)
			for _, b := range bad {
				t.Errorf("%s: a table scrolls sideways at 375 px: %s", q, b)
			}
			// Each cell of a stacked table names its column.
			unnamed := eval[int](t, ctx, `[...document.querySelectorAll("table.stack td")].filter((td) => td.offsetParent &&
				td.textContent.trim() && !(td.dataset.label || td.closest(".stack-text"))).length`)
			if unnamed > 0 {
				t.Errorf("%s: %d cells of stacked tables do not name their column", q, unnamed)
			}
		}
	})
}

// widest names the elements that reach past the viewport's right edge.
const widest = `[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
	.slice(0, 5).map((e) => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right)).join(", ")`

// controlNames lists every visible control's role and accessible name
// (aria-label, aria-labelledby, its label, or its text).
const controlNames = `[...document.querySelectorAll("input, button, select, textarea")].filter((e) => e.offsetParent || e.type === "file").map((e) => {
	let n = e.getAttribute("aria-label");
	if (!n && e.getAttribute("aria-labelledby")) n = e.getAttribute("aria-labelledby").split(" ").map((id) => document.getElementById(id)?.textContent || "").join(" ");
	if (!n && e.labels && e.labels.length) n = [...e.labels].map((l) => l.textContent).join(" ");
	if (!n) n = e.textContent;
	const role = e.tagName === "INPUT" ? (e.type === "range" ? "slider" : e.type) : e.tagName.toLowerCase();
	return role + ": " + (n || "").replace(/\s+/g, " ").trim();
})`

// TestAccessibleControls: every control has a name of its own (a slider
// and its typed field share their figure's name, as two roles), source tags
// are named for what they are on 24 × 24 px targets, an open tag closes on
// Escape (focus back on the tag) and on a click outside it, and removing a
// tranche keeps the reader's place.
func TestAccessibleControls(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("unique names", func(t *testing.T) {
		// Two changed figures whose article values read the same: both
		// offer "Restore 50%".
		for _, q := range []string{"/?lang=fr", "/?lang=en", "/?open=all&lang=fr", "/?open=all&lang=en&q.amzn2=40&unpaid=40",
			addedTranche, "/?embed=1&lang=fr", "/?embed=1&lang=en",
			"/?embed=1&lang=fr&levers=pre,q.amzn2,ipo,t.amzn2,s.msft,t.sftb&show=verdict,figures,contributions,ownership"} {
			openApp(t, ctx, srv.URL+q)
			names := eval[[]string](t, ctx, controlNames)
			seen := map[string]int{}
			for _, n := range names {
				seen[n]++
				if n[len(n)-2:] == ": " {
					t.Errorf("%s: a control has no name (%s)", q, n)
				}
			}
			for n, k := range seen {
				if k > 1 {
					t.Errorf("%s: %d controls are named %q", q, k, n)
				}
			}
			// An embed shows the editor's sliders only: three by default,
			// each a slider and a field, and the chart's tools.
			least := 10
			if strings.Contains(q, "embed=1") && !strings.Contains(q, "levers=") {
				least = 7
			}
			if len(names) < least {
				t.Errorf("%s: only %d controls found, want %d or more", q, len(names), least)
			}
		}
	})

	t.Run("source tags", func(t *testing.T) {
		for _, w := range []int64{375, 1366} {
			viewport(t, ctx, w, 900)
			openApp(t, ctx, srv.URL+"/?lang=fr")
			bad := eval[[]string](t, ctx, `[...document.querySelectorAll("summary.src-tag")].filter((s) => s.offsetParent).map((s) => {
				const r = s.getBoundingClientRect(), n = s.getAttribute("aria-label") || "";
				return (r.width < 24 || r.height < 24 ? "size " + r.width.toFixed(1) + "×" + r.height.toFixed(1) + " " : "") +
					(n.length <= s.textContent.length + 2 || !n.includes("Source") || !n.includes(s.textContent.trim()) ? "name " + JSON.stringify(n) : "");
			}).filter((x) => x)`)
			for _, b := range bad {
				t.Errorf("%d px: a source tag: %s", w, b)
			}
		}
		if got := eval[string](t, ctx, `document.querySelector("summary.src-A").getAttribute("aria-label")`); got != "Source A\u00a0: l’article" {
			t.Errorf("the article's tag is named %q", got)
		}
	})

	t.Run("popover closes on Escape and outside", func(t *testing.T) {
		viewport(t, ctx, 1366, 900)
		openApp(t, ctx, srv.URL+"/?lang=en&open=tranches")
		sparksDrawn(t, ctx) // the layout has settled: a click lands where it aims
		tag := `[data-testid="tranche-amzn2"] summary.src-tag`
		open := `document.querySelector('[data-testid="tranche-amzn2"] details.src').open`
		step(t, ctx, chromedp.Click(tag))
		poll(t, ctx, open, stepTimeout)
		step(t, ctx, chromedp.KeyEvent(kb.Escape))
		poll(t, ctx, "!"+open, stepTimeout)
		if !eval[bool](t, ctx, fmt.Sprintf(`document.activeElement === document.querySelector(%s)`, jsString(tag))) {
			t.Errorf("after Escape focus is on %s, not on the tag", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
		}
		step(t, ctx, chromedp.Click(tag))
		poll(t, ctx, open, stepTimeout)
		step(t, ctx, chromedp.Click("h1"))
		if err := pollErr(ctx, "!"+open, 5*time.Second); err != nil {
			t.Fatalf("a click outside the open tag left it open (focus on %s)", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 60)`))
		}
		// A click inside the popover leaves it open.
		step(t, ctx, chromedp.Click(tag))
		poll(t, ctx, open, stepTimeout)
		step(t, ctx, chromedp.Click(`[data-testid="tranche-amzn2"] .src-pop p`))
		settled(t, ctx)
		if !eval[bool](t, ctx, open) {
			t.Error("a click inside the popover closed it")
		}
	})

	t.Run("focus after removing a tranche", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?lang=en&open=tranches&t.x1=20&q.x1=1&name.x1=Oracle&t.x2=5&q.x2=1&name.x2=Fund")
		step(t, ctx, chromedp.Click(testidSelector("remove-x1")))
		poll(t, ctx, `!document.querySelector('[data-testid="tranche-x1"]')`, stepTimeout)
		poll(t, ctx, `document.activeElement === document.querySelector('[data-testid="tranche-x2"] h3')`, stepTimeout)
		step(t, ctx, chromedp.Click(testidSelector("remove-x2")))
		poll(t, ctx, `!document.querySelector('[data-testid="tranche-x2"]')`, stepTimeout)
		poll(t, ctx, `document.activeElement === document.querySelector('[data-testid="add-name"]')`, stepTimeout)
	})
}

// TestReadablePictures: the sensitivity lines under the sliders render
// their text at 11 px or more, on a phone and a desktop.
func TestReadablePictures(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, w := range []int64{320, 375, 1366} {
		viewport(t, ctx, w, 900)
		openApp(t, ctx, srv.URL+"/?lang=fr")
		sparksDrawn(t, ctx)
		sizes := eval[[]float64](t, ctx, `[...document.querySelectorAll(".num-spark svg")].filter((s) => s.getBoundingClientRect().width > 0).flatMap((s) => {
			const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
			return [...s.querySelectorAll("text")].map((x) => parseFloat(getComputedStyle(x).fontSize) * scale);
		})`)
		if len(sizes) == 0 {
			t.Fatalf("%d px: no sensitivity line text", w)
		}
		for _, s := range sizes {
			if s < 11 {
				t.Errorf("%d px: a sensitivity line's text renders at %.1f px", w, s)
				break
			}
		}
	}
}

// contrastJS computes the contrast of an element's text against the page's
// background (WCAG relative luminance).
const contrastJS = `((sel) => {
	const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
	const lum = (c) => { const v = rgb(c).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
		return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
	const bg = getComputedStyle(document.documentElement).backgroundColor;
	const fg = getComputedStyle(document.querySelector(sel)).color;
	const [a, b] = [lum(bg), lum(fg)].sort((x, y) => y - x);
	return {bg: lum(bg), ratio: (a + 0.05) / (b + 0.05)};
})`

// TestDarkThemeAndPrint: with a dark system theme the page is dark and its
// text keeps its contrast; on paper every table column and every chart
// legend shows, and the install button does not.
func TestDarkThemeAndPrint(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	type contrast struct {
		Bg, Ratio float64
	}

	t.Run("dark theme", func(t *testing.T) {
		viewport(t, ctx, 375, 812)
		for _, scheme := range []string{"light", "dark"} {
			emulateMedia(t, ctx, "", "prefers-color-scheme", scheme)
			openApp(t, ctx, srv.URL+"/?lang=fr")
			for _, sel := range []string{".page", ".lede", ".card-label", ".num-label", "table.figures th", ".src-A"} {
				c := eval[contrast](t, ctx, contrastJS+"("+jsString(sel)+")")
				if scheme == "dark" && c.Bg > 0.05 {
					t.Errorf("dark: the background's luminance is %.3f", c.Bg)
				}
				if scheme == "light" && c.Bg < 0.9 {
					t.Errorf("light: the background's luminance is %.3f", c.Bg)
				}
				if c.Ratio < 4.5 {
					t.Errorf("%s: %s has a contrast of %.2f", scheme, sel, c.Ratio)
				}
			}
		}
		emulateMedia(t, ctx, "")
	})

	t.Run("print", func(t *testing.T) {
		viewport(t, ctx, 720, 1000) // about an A4 page's width
		// Printing opens every section (beforeprint, checked with the
		// sections); here they are open from the address.
		openApp(t, ctx, srv.URL+"/?open=all&lang=fr")
		emulateMedia(t, ctx, "print")
		defer emulateMedia(t, ctx, "")
		// The install button, even where the browser offers to install.
		eval[bool](t, ctx, `(() => { document.querySelectorAll(".rc-install").forEach((b) => b.hidden = false); return true; })()`)
		if n := eval[int](t, ctx, `[...document.querySelectorAll(".rc-install")].filter((b) => getComputedStyle(b).display !== "none").length`); n > 0 {
			t.Error("the install button prints")
		}
		bad := eval[[]string](t, ctx, `[...document.querySelectorAll(".page table.figures")].filter((t) => !t.closest("details:not([open])")).flatMap((t) => {
			const box = t.parentElement.getBoundingClientRect();
			return [...t.querySelectorAll("th, td")].filter((c) => { const r = c.getBoundingClientRect();
				return getComputedStyle(c).display === "none" || r.width === 0 || r.right > box.right + 1 || r.right > innerWidth; })
				.map((c) => t.className + ": " + (c.textContent || "(empty)").slice(0, 30));
		})`)
		if len(bad) > 0 {
			t.Errorf("%d table cells do not print, e.g. %q", len(bad), bad[:min(5, len(bad))])
		}
		if n := eval[int](t, ctx, `[...document.querySelectorAll(".page table.figures")].filter((t) => !t.closest("details:not([open])") && getComputedStyle(t.querySelector("thead")).position === "absolute").length`); n > 0 {
			t.Errorf("%d tables print without their headings", n)
		}
		legends := eval[[]string](t, ctx, `[...document.querySelectorAll('figure.chart')].map((f) => {
			const all = f.querySelectorAll("svg .swatch").length;
			const sw = [...f.querySelectorAll("svg .swatch")].filter((s) => s.getBoundingClientRect().width > 0);
			return f.dataset.testid + ":" + (all === 0 ? "no legend" : sw.length);
		})`)
		if n := eval[int](t, ctx, `[...document.querySelectorAll("figure.chart")].filter((f) => ![...f.querySelectorAll("svg")].some((s) => s.getBoundingClientRect().width > 0)).length`); n > 0 {
			t.Errorf("%d charts print no picture", n)
		}
		if len(legends) < 4 {
			t.Fatalf("only %d charts: %q", len(legends), legends)
		}
		for _, l := range legends {
			if l[len(l)-2:] == ":0" {
				t.Errorf("a chart prints without its legend: %s", l)
			}
		}
		if got := eval[string](t, ctx, `getComputedStyle(document.querySelector(".page .swatch")).printColorAdjust`); got != "exact" {
			t.Errorf("the tables' colour swatches print as %q, not exact", got)
		}
	})
}
