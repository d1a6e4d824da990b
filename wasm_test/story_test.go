//go:build !js

package wasmtest

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The first phone screen tells the story: the title, the verdict, the
// headline figures and who puts in what, all above the fold at 375×812.
func TestStoryFirstScreen(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	step(t, ctx, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?lang="+lang)
			poll(t, ctx, `!!document.querySelector('[data-testid="chart-contributions"] svg')`, appTimeout)
			for _, sel := range []string{`h1`, `[data-testid="verdict"]`, `.headline`, `[data-testid="post-money"]`,
				`[data-testid="dilution"]`, `[data-testid="chart-contributions"] .chart-narrow svg`} {
				bottom := eval[float64](t, ctx, `(() => { const e = document.querySelector(`+jsString(sel)+`);
					return e ? e.getBoundingClientRect().bottom + scrollY : 1e9 })()`)
				if bottom > 812 {
					t.Errorf("%s ends at %.0f px, below the first screen (812)", sel, bottom)
				}
			}
			// The narrow picture's text is at least 11 px as drawn.
			small := eval[float64](t, ctx, `Math.min(...[...document.querySelectorAll('[data-testid="chart-contributions"] .chart-narrow svg text')]
				.map(e => e.getBoundingClientRect().height ? parseFloat(getComputedStyle(e).fontSize) *
					e.ownerSVGElement.getBoundingClientRect().width / e.ownerSVGElement.viewBox.baseVal.width : 99))`)
			if small < 11 {
				t.Errorf("who puts in what: text drawn at %.1f px", small)
			}
			// The skip link comes first and leads to <main>.
			first := eval[string](t, ctx, `(() => { const e = document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
				return e.className + " " + e.getAttribute("href") })()`)
			if first != "skip-link #main" {
				t.Errorf("first focusable element: %q", first)
			}
			if !eval[bool](t, ctx, `!!document.querySelector('main#main [data-testid="verdict"]')`) {
				t.Error("the verdict is not inside <main id=main>")
			}
		})
	}
}

// The verdict states the headline's post-money and the cap table's stake of
// Microsoft after the round, follows every change, and the polite live
// region repeats it, then whether OpenAI can pay, once the input settles.
func TestStoryVerdict(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=fr")
	live := func() {
		t.Helper()
		poll(t, ctx, `document.querySelector('[aria-live="polite"][data-testid="verdict-live"]').textContent === `+
			`document.querySelector('[data-testid="verdict"]').textContent + " " + `+
			`document.querySelector('[data-testid="verdict-pay"]').textContent`, 5*time.Second)
	}
	check := func(post string) {
		t.Helper()
		waitDataValue(t, ctx, "post-money", post)
		v, p, m := textOf(t, ctx, "verdict"), textOf(t, ctx, "post-money"), textOf(t, ctx, "stake-after-msft")
		if !strings.Contains(v, p) || !strings.Contains(v, m) {
			t.Errorf("verdict %q does not state the headline's %q and the cap table's %q", v, p, m)
		}
		live()
	}
	check("840.0000000000")
	if v := textOf(t, ctx, "verdict"); !strings.Contains(v, "840\u00a0Md$") || !strings.Contains(v, "23,46\u202f%") {
		t.Errorf("French verdict %q", v)
	}
	setSlider(t, ctx, "input-pre", "900")
	check("1010.0000000000")
	setSlider(t, ctx, "input-q-amzn2", "0")
	chooseView(t, ctx, "firm")
	check("975.0000000000") // 900 + 30 + 30 + 15
	pay := textOf(t, ctx, "verdict-pay")
	setSlider(t, ctx, "input-growth", "0")
	poll(t, ctx, `document.querySelector('[data-testid="verdict-pay"]').textContent !== `+jsString(pay), 5*time.Second)
	live()
}

// Folded sections: closed by default and not rendered, opened by open=,
// by one of their parameters, or by a tap, and kept in the address.
func TestStorySections(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=en")
	ids := []string{"context", "stakes", "tranches", "ties", "collapse", "routes", "roles", "web", "sources"}
	for _, id := range ids {
		if n := eval[int](t, ctx, `document.querySelector('[data-section="`+id+`"] .fold-body').childElementCount`); n != 0 {
			t.Errorf("closed section %s renders %d elements", id, n)
		}
		if v := eval[string](t, ctx, `document.querySelector('[data-section="`+id+`"] button').getAttribute("aria-expanded")`); v != "false" {
			t.Errorf("section %s: aria-expanded %q", id, v)
		}
	}
	if hasTestid(t, ctx, "collapse-loss-sftb") || hasTestid(t, ctx, "input-haircut") {
		t.Error("the collapse section is rendered while closed")
	}
	for _, hook := range []string{"input-pre", "input-ipo", "input-q-amzn2", "post-money", "stake-after-msft"} {
		if !hasTestid(t, ctx, hook) {
			t.Errorf("%s is not up front", hook)
		}
	}
	clickTestid(t, ctx, "toggle-ties")
	poll(t, ctx, `!!document.querySelector('[data-section="ties"] [data-testid="input-cap-sftb"]')`, 5*time.Second)
	waitAddress(t, ctx, 5*time.Second, "open=ties", func(q url.Values) bool { return strings.Join(q["open"], ",") == "ties" })
	clickTestid(t, ctx, "toggle-ties")
	poll(t, ctx, `!document.querySelector('[data-testid="input-cap-sftb"]')`, 5*time.Second)

	// Printing opens every section.
	eval[bool](t, ctx, `window.dispatchEvent(new Event("beforeprint")), true`)
	poll(t, ctx, `[...document.querySelectorAll('[data-section] > h2 > button')].every(b => b.getAttribute("aria-expanded") === "true")`+
		` && !!document.querySelector('[data-testid="collapse-share-sftb"]') && !!document.querySelector('[data-testid="sources"]')`+
		` && !!document.querySelector('[data-testid="chart-timeline"] svg') && !!document.querySelector('[data-testid="chart-web"] svg')`, 5*time.Second)

	// A parameter opens its section; open= opens the ones it names.
	openApp(t, ctx, srv.URL+"/?lang=en&unpaid=20&open=roles")
	for id, want := range map[string]bool{"collapse": true, "roles": true, "ties": false, "sources": false} {
		got := eval[string](t, ctx, `document.querySelector('[data-section="`+id+`"] button').getAttribute("aria-expanded")`)
		if (got == "true") != want {
			t.Errorf("?unpaid=20&open=roles: section %s aria-expanded %s", id, got)
		}
	}
	if !hasTestid(t, ctx, "collapse-loss-sftb") || hasTestid(t, ctx, "input-cap-sftb") {
		t.Error("?unpaid=20&open=roles: the collapse section's hooks are missing, or the ties' are there")
	}
	// With open=all every hook is on the page.
	openApp(t, ctx, srv.URL+"/?lang=en&open=all")
	for _, hook := range []string{"stake-after-sftb", "equity-msft", "net-flow-nvda", "collapse-loss-amzn", "collapse-share-sftb",
		"route-chatgpt", "input-s-msft", "input-t-sftb", "input-cap-msft", "input-mix-api", "sources"} {
		if !hasTestid(t, ctx, hook) {
			t.Errorf("open=all: %s missing", hook)
		}
	}
	setSlider(t, ctx, "input-pre", "800")
	waitAddress(t, ctx, 5*time.Second, "open=all kept", func(q url.Values) bool {
		return strings.Join(q["open"], ",") == "all" && strings.Join(q["pre"], ",") == "800"
	})
}

// TestStoryLength: on a phone, with its sections closed, the page is about
// six screens long (4,900 px at 375 px) and holds at most 1,000 elements
// (what go-app's start replaces and mounts), in both languages.
func TestStoryLength(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	viewport(t, ctx, 375, 812)
	for _, lang := range []string{"fr", "en"} {
		openApp(t, ctx, srv.URL+"/?lang="+lang)
		sparksDrawn(t, ctx)
		if h := eval[int](t, ctx, `document.documentElement.scrollHeight`); h > 4900 {
			t.Errorf("%s: the page is %d px long at 375 px, budget 4,900", lang, h)
		} else {
			t.Logf("%s: %d px at 375 px", lang, h)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("*").length`); n > 1000 {
			t.Errorf("%s: %d elements, budget 1,000", lang, n)
		} else {
			t.Logf("%s: %d elements", lang, n)
		}
	}
}

// TestNoRepeatedHeadings: an opened section's heading is not repeated by
// the table inside it.
func TestNoRepeatedHeadings(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, lang := range []string{"fr", "en"} {
		openApp(t, ctx, srv.URL+"/?open=all&lang="+lang)
		dup := eval[[]string](t, ctx, `(() => { const seen = {}, out = [];
			for (const h of document.querySelectorAll("h1, h2, h3")) { const k = h.textContent.trim(); if (seen[k]) out.push(k); seen[k] = true; }
			return out; })()`)
		for _, d := range dup {
			t.Errorf("%s: the heading %q shows twice", lang, d)
		}
	}
}
