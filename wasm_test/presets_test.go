//go:build !js

package wasmtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// shownText is the text the reader sees in the page's <main>, outside the
// questions' panel: each rendered text node (SVG text included; nothing in
// a closed <details>, a hidden block or a screen-reader-only line), and the
// choice of each select. A slider's own marks (its field, its "restore"
// button, its sensitivity line) are left out: they follow the slider, not
// its effect.
const shownText = `(() => {
	const skip = '.presets, .num-restore, .num-spark, .spark, .rc-early-note, .sr-only, option';
	const main = document.querySelector('main');
	const w = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
	const out = [];
	for (let n = w.nextNode(); n; n = w.nextNode()) {
		const el = n.parentElement;
		if (!el || el.closest(skip) || !el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
		const v = n.textContent.trim();
		if (v) out.push(v);
	}
	for (const s of main.querySelectorAll('select')) out.push("select=" + s.value);
	return out.join("|");
})()`

// pageText is the text of <main> outside the questions' panel, shown or not
// (a figure of the headline's other views is hidden on a phone).
const pageText = `[...document.querySelectorAll('main > :not(.presets)')].map(e => e.textContent).join("|")`

// presetFigures reads a question's line: the article's figures and the
// question's, one pair per figure it names.
func presetFigures(t *testing.T, line string) (before, after []string) {
	t.Helper()
	for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == ';' }) {
		_, change, ok := strings.Cut(part, ":")
		b, a, ok2 := strings.Cut(change, "→")
		if !ok || !ok2 {
			t.Fatalf("line %q: %q names no change", line, part)
		}
		before, after = append(before, strings.TrimSpace(b)), append(after, strings.TrimSpace(a))
	}
	return before, after
}

// Each question's link loads its scenario in the view where its effect
// shows, without a reload; what the reader sees changes, on a phone too;
// the answer is highlighted and brought into view; the line's figures are
// those the page then shows (the question's) and shows again on the way
// back (the article's); one tap goes back to the article's figures.
func TestPresetsAnswer(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 375, 812)
	cases := []struct {
		id, view, answer string
		hook, want       string // a figure of the answer, its data-value
	}{
		{"amzn-never", "expected", ".headline", "post-money", "805.0000000000"},
		{"ipo-2026", "all", `[data-testid="chart-contributions"]`, "post-money", "840.0000000000"},
		{"nothing-paid", "all", `[data-section="collapse"]`, "collapse-loss-msft", "447.1000000000"},
		{"sftb-short", "all", ".headline", "post-money", "830.0000000000"},
	}
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?lang="+lang)
			eval[bool](t, ctx, `window.storyMarker = true`)
			article := eval[string](t, ctx, shownText)
			if n := eval[int](t, ctx, `document.querySelectorAll('a[data-testid^="preset-"]').length`); n < 4 {
				t.Fatalf("%d questions at %s: %.2000s", n, eval[string](t, ctx, `location.href`), eval[string](t, ctx, `document.body.innerHTML`))
			}
			for _, c := range cases {
				href := eval[string](t, ctx, `document.querySelector('a[data-testid="preset-`+c.id+`"]').getAttribute("href")`)
				if !strings.HasPrefix(href, "?") {
					t.Errorf("%s: href %q is not the scenario's relative URL", c.id, href)
				}
				if c.view != "all" && !strings.Contains(href, "view="+c.view) {
					t.Errorf("%s: href %q lacks the view in which it shows (%s)", c.id, href, c.view)
				}
				line := textOf(t, ctx, "preset-line-"+c.id)
				before, after := presetFigures(t, line)
				clickTestid(t, ctx, "preset-"+c.id)
				waitDataValue(t, ctx, c.hook, c.want)
				poll(t, ctx, `document.querySelector('[data-testid="preset-shown"]').textContent.length > 0`, 5*time.Second)
				if shown, label := textOf(t, ctx, "preset-shown"), textOf(t, ctx, "preset-"+c.id); !strings.Contains(shown, label) {
					t.Errorf("%s: the page says %q, not what it shows (%q)", c.id, shown, label)
				}
				if v := valueOf(t, ctx, "input-view"); v != c.view {
					t.Errorf("%s: view %q, want %q", c.id, v, c.view)
				}
				// The answer, highlighted, comes into view.
				if err := pollErr(ctx, fmt.Sprintf(`(() => { const a = document.querySelectorAll('.page .answer');
					if (a.length !== 1 || !a[0].matches(%s)) return false;
					const r = a[0].getBoundingClientRect(); return r.top > -2 && r.top < innerHeight / 2; })()`, jsString(c.answer)), 5*time.Second); err != nil {
					t.Errorf("%s: its answer (%s) is not highlighted in view: %v", c.id, c.answer, err)
				}
				if got := eval[string](t, ctx, shownText); got == article {
					t.Errorf("%s: what the reader sees has not changed", c.id)
				}
				text := eval[string](t, ctx, pageText)
				for _, f := range after {
					if !strings.Contains(text, f) {
						t.Errorf("%s: the line %q says %s, which the page does not show", c.id, line, f)
					}
				}
				if !eval[bool](t, ctx, `window.storyMarker === true && performance.getEntriesByType("navigation").length === 1`) {
					t.Fatalf("%s: the page reloaded", c.id)
				}
				clickTestid(t, ctx, "preset-back")
				waitDataValue(t, ctx, "post-money", "840.0000000000")
				poll(t, ctx, `document.querySelector('[data-testid="preset-shown"]').textContent === "" && !document.querySelector('.page .answer')`, 5*time.Second)
				if v := valueOf(t, ctx, "input-view"); v != "all" {
					t.Errorf("%s: back to the article's figures in the %q view", c.id, v)
				}
				text = eval[string](t, ctx, pageText)
				for _, f := range before {
					if !strings.Contains(text, f) {
						t.Errorf("%s: the line %q gives the article's %s, which the page does not show", c.id, line, f)
					}
				}
			}
			// A link opened in a new tab loads the same scenario and view.
			openApp(t, ctx, srv.URL+"/"+eval[string](t, ctx, `document.querySelector('a[data-testid="preset-amzn-never"]').getAttribute("href")`))
			waitDataValue(t, ctx, "post-money", "805.0000000000")
			if v := valueOf(t, ctx, "input-view"); v != "expected" {
				t.Errorf("amzn-never's link in a new tab: view %q", v)
			}
		})
	}
}

// moveEachSlider moves each slider that sel finds, one after the other, to
// another point of its track, and checks that what the reader sees changes
// beyond the slider itself; then puts it back. It returns the sliders'
// parameters, in order.
func moveEachSlider(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll(`+jsString(sel)+`)].map(e => e.dataset.testid)`)
	for _, id := range ids {
		was := valueOf(t, ctx, id)
		before := eval[string](t, ctx, shownText)
		// A third of the way along the track, or two thirds if that is where it is.
		to := eval[string](t, ctx, `(() => { const e = document.querySelector(`+jsString(testidSelector(id))+`);
			const lo = +e.min, hi = +e.max, st = +e.step || 1;
			let v = lo + Math.round((hi - lo) / 3 / st) * st;
			if (Math.abs(v - +e.value) < st) v = lo + Math.round(2 * (hi - lo) / 3 / st) * st;
			return String(+v.toFixed(4)); })()`)
		setSlider(t, ctx, id, to)
		if err := pollErr(ctx, shownText+` !== `+jsString(before), 5*time.Second); err != nil {
			t.Errorf("%s moved from %s to %s: nothing the reader sees changes", id, was, to)
		}
		setSlider(t, ctx, id, was)
		if err := pollErr(ctx, shownText+` === `+jsString(before), 5*time.Second); err != nil {
			t.Errorf("%s back at %s: the page does not show what it showed", id, was)
		}
	}
	return ids
}

// Each main lever of the page, on a phone, and of the default embed, in an
// article's column, changes a figure or the verdict that the reader sees.
func TestDefaultLeversShow(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			viewport(t, ctx, 375, 812)
			openApp(t, ctx, srv.URL+"/?lang="+lang)
			sparksDrawn(t, ctx)
			if got := moveEachSlider(t, ctx, `.levers input[type=range]`); strings.Join(got, ",") != "input-pre,input-ipo,input-q-amzn2" {
				t.Errorf("the page's main levers: %v", got)
			}
			viewport(t, ctx, 640, 900)
			openApp(t, ctx, srv.URL+"/?embed=1&lang="+lang)
			if got := moveEachSlider(t, ctx, `.embed-levers input[type=range]`); len(got) < 2 {
				t.Errorf("the embed's default levers: %v", got)
			}
		})
	}
}
