//go:build !js

package wasmtest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The years' hooks carry the article's figures through the page, the pay
// sentence says them in each language, and both follow revenue growth and
// the closing view.
func TestYearsHooks(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=fr&open=time")
	poll(t, ctx, `!!document.querySelector('[data-testid="chart-time"] svg') && !!document.querySelector('[data-testid="chart-pay"] svg')`, appTimeout)
	for testid, want := range map[string]string{
		"flow-in-amzn-2026": "15.00", "flow-in-amzn-2027": "35.00", "flow-out-amzn-2026": "17.25", "flow-out-amzn-2034": "0.00",
		"cum-amzn-2026": "2.25", "cum-amzn-2027": "-15.50", "cum-amzn-2028": "1.75", "cum-amzn-2033": "88.00",
		"cum-msft-2026": "21.91", "cum-msft-2035": "236.20", "cum-sftb-2035": "-64.60",
		"revenue-2026": "30.00", "revenue-2027": "45.00", "owed-2026": "87.96", "owed-2027": "152.44", "owed-2030": "152.44",
		"cash-2026": "11.04", "cash-2027": "-70.41", "peak-need": "271.24",
	} {
		if got := roundedValue(t, ctx, testid, 2); got != want {
			t.Errorf("%s = %s, want %s", testid, got, want)
		}
	}
	for testid, want := range map[string]string{"payback-amzn": "2028", "payback-msft": "2026", "payback-sftb": "never",
		"short-year": "2027", "cover-year": "2031"} {
		if got := dataValue(t, ctx, testid); got != want {
			t.Errorf("%s = %q, want %q", testid, got, want)
		}
	}
	fr := textOf(t, ctx, "verdict-pay")
	for _, part := range []string{"2027", "271,24\u00a0Md$", "2030", "2031"} {
		if !strings.Contains(fr, part) {
			t.Errorf("French pay sentence %q lacks %q", fr, part)
		}
	}
	// The sentence and the hooks follow revenue growth: with none, the cash
	// runs short longer and revenue covers only once the partners are paid.
	setSlider(t, ctx, "input-growth", "0")
	waitDataValue(t, ctx, "cover-year", "2034")
	waitDataValue(t, ctx, "revenue-2030", "20.0000000000")
	if now := textOf(t, ctx, "verdict-pay"); now == fr || !strings.Contains(now, "2034") {
		t.Errorf("pay sentence after growth 0: %q", now)
	}
	// The expected view weighs Amazon's 35 by its probability and says how
	// its years are read.
	chooseView(t, ctx, "expected")
	waitDataValue(t, ctx, "flow-in-amzn-2027", "17.5000000000")
	poll(t, ctx, `[...document.querySelectorAll('.pay .note')].some(e => e.textContent.includes("pondérés"))`, stepTimeout)

	openApp(t, ctx, srv.URL+"/?lang=en&open=time")
	en := textOf(t, ctx, "verdict-pay")
	for _, part := range []string{"2027", "$271.24B", "2030", "2031"} {
		if !strings.Contains(en, part) {
			t.Errorf("English pay sentence %q lacks %q", en, part)
		}
	}
	// The section's table is built when it opens: opened once the page has
	// settled (its sensitivity lines drawn, the last rebuild), it shows the
	// scenario's years; closed, changed and opened again, the new ones.
	openApp(t, ctx, srv.URL+"/?lang=en&growth=0")
	poll(t, ctx, `!!document.querySelector('.num-spark svg')`, appTimeout)
	clickTestid(t, ctx, "toggle-time")
	waitDataValue(t, ctx, "revenue-2030", "20.0000000000")
	clickTestid(t, ctx, "toggle-time")
	setSlider(t, ctx, "input-growth", "50")
	clickTestid(t, ctx, "toggle-time")
	waitDataValue(t, ctx, "revenue-2027", "45.0000000000")

	// A year with decimals, or out of its range, is refused by name.
	openApp(t, ctx, srv.URL+"/?lang=en&open=time&y.amzn2=2027.5&years.msft=11")
	msg := waitErrorText(t, ctx)
	for _, part := range []string{"Amazon, conditional: year paid", "not a whole number", "Microsoft: years of spending", "1 to 10"} {
		if !strings.Contains(msg, part) {
			t.Errorf("error %q lacks %q", msg, part)
		}
	}
	if got := dataValue(t, ctx, "flow-in-amzn-2027"); got == "" {
		t.Error("no hooks after a refused year")
	}
}

// At 320 px the pay picture and the partners' picture show their narrow
// layout with text of 11 px or more, one partner under another, and the
// pay sentence leads the questions.
func TestYearsPhone(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	step(t, ctx, chromedp.EmulateViewport(320, 700, chromedp.EmulateMobile))
	for _, lang := range []string{"fr", "en"} {
		openApp(t, ctx, srv.URL+"/?open=time&lang="+lang)
		poll(t, ctx, `!!document.querySelector('[data-testid="chart-time"] .chart-narrow svg')`, appTimeout)
		for _, id := range []string{"pay", "time"} {
			small := eval[float64](t, ctx, `Math.min(...[...document.querySelectorAll('[data-testid="chart-`+id+`"] .chart-narrow svg text')]
				.map(e => e.getBoundingClientRect().height ? parseFloat(getComputedStyle(e).fontSize) *
					e.ownerSVGElement.getBoundingClientRect().width / e.ownerSVGElement.viewBox.baseVal.width : 99))`)
			if small < 11 {
				t.Errorf("%s %s: text drawn at %.1f px", lang, id, small)
			}
			wide := eval[float64](t, ctx, `document.querySelector('[data-testid="chart-`+id+`"] .chart-narrow svg').getBoundingClientRect().width`)
			if wide > 320 {
				t.Errorf("%s %s: %.0f px wide at 320", lang, id, wide)
			}
		}
		if !eval[bool](t, ctx, `(() => { const a = document.querySelector('[data-testid="verdict-pay"]').getBoundingClientRect().top,
			b = document.querySelector('[data-testid^="preset-"]').getBoundingClientRect().top,
			c = document.querySelector('[data-testid="chart-contributions"]').getBoundingClientRect().top; return c < a && a < b })()`) {
			t.Errorf("%s: the pay sentence is not between who puts in what and the questions", lang)
		}
		// One partner under another: each panel's top below the previous.
		tops := eval[[]float64](t, ctx, `[...document.querySelectorAll('[data-testid="chart-time"] .chart-narrow g.partner')].map(g => g.getBoundingClientRect().top)`)
		if len(tops) != 4 {
			t.Fatalf("%s: %d partner panels", lang, len(tops))
		}
		for i := 1; i < len(tops); i++ {
			if tops[i] <= tops[i-1] {
				t.Errorf("%s: partner panel %d is not under the one before", lang, i)
			}
		}
	}
}

// The two questions about paying each change what the pay sentence says,
// without a reload, and one tap goes back.
func TestYearsPresets(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=en")
	article := textOf(t, ctx, "verdict-pay")
	for id, want := range map[string]string{"no-growth": "2034", "all-commitments": "2032"} {
		clickTestid(t, ctx, "preset-"+id)
		poll(t, ctx, `document.querySelector('[data-testid="verdict-pay"]').textContent !== `+jsString(article), stepTimeout)
		if now := textOf(t, ctx, "verdict-pay"); !strings.Contains(now, want) {
			t.Errorf("%s: pay sentence %q lacks %s", id, now, want)
		}
		clickTestid(t, ctx, "preset-back")
		poll(t, ctx, `document.querySelector('[data-testid="verdict-pay"]').textContent === `+jsString(article), stepTimeout)
	}
}

// An embed with the pay sentence and picture and the growth slider fits an
// article's column and a phone, in both languages; the partners' years show
// as a block too.
func TestYearsEmbed(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct{ width, budget int64 }{{640, 650}, {375, 900}} {
		for _, lang := range []string{"fr", "en"} {
			viewport(t, ctx, c.width, 900)
			openApp(t, ctx, srv.URL+"/?embed=1&show=verdict,pay&levers=growth&lang="+lang)
			poll(t, ctx, `!!document.querySelector('[data-testid="chart-pay"] svg')`, appTimeout)
			if h := eval[int](t, ctx, contentHeightJS); int64(h) > c.budget {
				t.Errorf("%s at %d px: the embed is %d px tall, budget %d px", lang, c.width, h, c.budget)
			} else {
				t.Logf("%s at %d px: %d px tall", lang, c.width, h)
			}
			got := eval[[]string](t, ctx, testidOrder+`(["verdict", "verdict-pay", "chart-pay", "input-growth", "credit"])`)
			if want := []string{"verdict", "verdict-pay", "chart-pay", "input-growth", "credit"}; strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s at %d px: blocks %q, want %q", lang, c.width, got, want)
			}
		}
	}
	openApp(t, ctx, srv.URL+"/?embed=1&show=time&levers=y.amzn2,years.amzn&lang=en")
	poll(t, ctx, `!!document.querySelector('[data-testid="chart-time"] svg') && !!document.querySelector('[data-testid="input-y-amzn2"]') && !!document.querySelector('[data-testid="input-years-amzn"]')`, appTimeout)
}
