//go:build !js

package wasmtest

// End-to-end tests of the calculator: the model's reference cases through
// the data-value hooks (data-testid, 10 decimals), the sliders and typed
// fields, the scenario in the URL parameters, bad input, the language
// switch, the keyboard, added tranches and reset.

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

const (
	frNBSP  = "\u00a0" // before "Md$" and "pt" in French (app/format.go)
	frNNBSP = "\u202f" // before "%" and between thousands in French
)

// referenceCase is one of the model's reference cases: money in $B, stakes and
// dilution in percent to 4 decimals.
type referenceCase struct {
	view           string
	post, raised   string // data-value, exact
	dilution       string
	stakes         map[string]string
	stakesShownSum string // the displayed stakes after the round, summed
}

var referenceCases = []referenceCase{
	{"all", "840.0000000000", "110.0000000000", "13.0952",
		map[string]string{"msft": "23.4643", "sftb": "13.1310", "nvda": "3.5714", "amzn": "5.9524", "fdn": "22.5952", "others": "31.2857"}, "100.00"},
	{"firm", "805.0000000000", "75.0000000000", "9.3168",
		map[string]string{"msft": "24.4845", "sftb": "13.7019", "nvda": "3.7267", "amzn": "1.8634", "fdn": "23.5776", "others": "32.6460"}, "100.00"},
	// Rounded one by one these stakes would add to 100.01 %: the table
	// uses largest-remainder rounding.
	{"expected", "822.5000000000", "92.5000000000", "11.2060",
		map[string]string{"msft": "23.9744", "sftb": "13.4164", "nvda": "3.6491", "amzn": "3.9079", "fdn": "23.0864", "others": "31.9658"}, "100.00"},
}

// parseShownPercent parses a displayed English percentage ("23.46%").
func parseShownPercent(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if err != nil {
		t.Fatalf("displayed stake %q: %v", s, err)
	}
	return d
}

// checkReference checks the page against a reference case: figures to 4
// decimals of a percent (money exactly), and the displayed cap table adding
// to 100.00.
func checkReference(t *testing.T, ctx context.Context, c referenceCase) {
	t.Helper()
	waitDataValue(t, ctx, "post-money", c.post)
	if got := dataValue(t, ctx, "raised"); got != c.raised {
		t.Errorf("raised = %s, want %s", got, c.raised)
	}
	if got := stakePct4(t, ctx, "dilution"); got != c.dilution {
		t.Errorf("dilution = %s %%, want %s %%", got, c.dilution)
	}
	for _, h := range capHolders {
		if got := stakePct4(t, ctx, "stake-after-"+h); got != c.stakes[h] {
			t.Errorf("stake-after-%s = %s %%, want %s %%", h, got, c.stakes[h])
		}
	}
	// The exact stakes add to 1 within 1e-12 (each is rounded to 10
	// decimals in data-value: 6 rows, 6e-10 at most).
	sum := decimal.Zero
	for _, h := range capHolders {
		sum = sum.Add(mustDecimal(t, dataValue(t, ctx, "stake-after-"+h)))
	}
	if sum.Sub(decimal.NewFromInt(1)).Abs().GreaterThan(decimal.RequireFromString("0.000000001")) {
		t.Errorf("the exact stakes after the round add to %s, want 1", sum)
	}
	// The displayed stakes of each column add to exactly 100.00 %, each
	// within one unit of the last place of its exact value.
	for _, col := range []string{"stake-before-", "stake-after-"} {
		rows := eval[[][2]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('[data-testid^=%s]')].map(e => [e.getAttribute("data-value"), e.textContent])`,
			jsString(col)))
		if len(rows) != len(capHolders) {
			t.Errorf("%s*: %d rows, want %d", col, len(rows), len(capHolders))
		}
		total := decimal.Zero
		for _, r := range rows {
			shown := parseShownPercent(t, r[1])
			total = total.Add(shown)
			if diff := shown.Sub(mustDecimal(t, r[0]).Shift(2)).Abs(); diff.GreaterThan(decimal.RequireFromString("0.01")) {
				t.Errorf("%s: shown %q, exact %s: more than 0.01 point apart", col, r[1], r[0])
			}
		}
		if total.StringFixed(2) != c.stakesShownSum {
			t.Errorf("the displayed %s* stakes add to %s %%, want exactly %s %%: %v", col, total.StringFixed(2), c.stakesShownSum, rows)
		}
	}
}

// The three reference cases (the defaults, all close, firm only and
// expected), opened by the URL and chosen with
// the closing-view select; partner figures for the defaults.
func TestReferenceCases(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	for _, c := range referenceCases {
		t.Run("url view="+c.view, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?open=all&lang=en&view="+c.view)
			checkReference(t, ctx, c)
			if got := valueOf(t, ctx, "input-view"); got != c.view {
				t.Errorf("input-view shows %q, want %q", got, c.view)
			}
			if got := textOf(t, ctx, "error"); strings.TrimSpace(got) != "" {
				t.Errorf("error region: %q, want empty", got)
			}
		})
	}

	t.Run("select", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		checkReference(t, ctx, referenceCases[0])
		for _, i := range []int{1, 2, 0} {
			c := referenceCases[i]
			chooseView(t, ctx, c.view)
			checkReference(t, ctx, c)
			// The view is in the address, except the default one.
			waitAddress(t, ctx, 2*time.Second, "view="+c.view, func(q url.Values) bool {
				if c.view == "all" {
					return !q.Has("view")
				}
				return q.Get("view") == c.view
			})
		}
	})

	t.Run("partners all close", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		for id, want := range map[string]string{
			"equity-msft": "197.1", "net-flow-msft": "236.2",
			"equity-sftb": "110.3", "net-flow-sftb": "-64.6",
			"equity-nvda": "30.0", "net-flow-nvda": "145.0",
			"equity-amzn": "50.0", "net-flow-amzn": "88.0",
		} {
			if got := roundedValue(t, ctx, id, 1); got != want {
				t.Errorf("%s = %s (data-value %s), want %s", id, got, dataValue(t, ctx, id), want)
			}
		}
		// A table's money column shows two decimals on every row.
		if got := textOf(t, ctx, "equity-msft"); got != "$197.10B" {
			t.Errorf("equity-msft text %q, want %q", got, "$197.10B")
		}
		if got := textOf(t, ctx, "net-flow-sftb"); got != "−$64.60B" {
			t.Errorf("net-flow-sftb text %q, want %q", got, "−$64.60B")
		}
	})
}

// Sliders, typed fields and the keyboard change the scenario, every figure
// follows.
func TestInputs(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	// Each slider shows its input's value (to the nearest step) once the
	// app has rendered, for values above 100 too (a range input's default
	// maximum): a keyboard user's first arrow press moves from there.
	t.Run("sliders show their values", func(t *testing.T) {
		for i := 0; i < 3; i++ {
			openApp(t, ctx, srv.URL+"/?open=all&lang=en&pre=800")
			waitDataValue(t, ctx, "post-money", "910.0000000000")
			rows := eval[[][4]string](t, ctx, `[...document.querySelectorAll('input[type=range][data-testid^="input-"]')].map(e => {
				const id = e.getAttribute("data-testid").slice("input-".length);
				const f = document.querySelector('[data-testid="field-' + id + '"]');
				return [id, e.value, f ? f.value : "", e.step];
			})`)
			if len(rows) < 30 {
				t.Fatalf("%d sliders, want every input's", len(rows))
			}
			bad := 0
			for _, r := range rows {
				slider, field, stp := mustDecimal(t, r[1]), mustDecimal(t, r[2]), mustDecimal(t, r[3])
				if slider.Sub(field).Abs().GreaterThan(stp.Div(decimal.NewFromInt(2))) {
					bad++
					t.Errorf("load %d: slider input-%s is at %s, its value is %s (step %s)", i+1, r[0], r[1], r[2], r[3])
				}
			}
			if bad > 0 {
				break
			}
		}
	})

	t.Run("drag recomputes on every input event", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		for _, step := range []struct{ pre, post string }{
			{"750", "860.0000000000"}, {"800", "910.0000000000"}, {"850", "960.0000000000"}, {"900", "1010.0000000000"},
		} {
			inputOnly(t, ctx, "input-pre", step.pre) // input only: the drag goes on
			waitDataValue(t, ctx, "post-money", step.post)
			if got := valueOf(t, ctx, "field-pre"); got != step.pre {
				t.Errorf("slider at %s: the typed field shows %q", step.pre, got)
			}
		}
		// Stakes follow too: Microsoft's 27 % of 900 over 1010.
		if got := stakePct4(t, ctx, "stake-after-msft"); got != "24.0594" {
			t.Errorf("stake-after-msft = %s %%, want 24.0594 %%", got)
		}
		setSlider(t, ctx, "input-pre", "900") // the release (input + change)
		waitDataValue(t, ctx, "post-money", "1010.0000000000")
	})

	t.Run("typed French decimal comma", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=fr")
		setField(t, ctx, "field-pre", "912,5")
		waitDataValue(t, ctx, "post-money", "1022.5000000000")
		if got := valueOf(t, ctx, "field-pre"); got != "912,5" {
			t.Errorf("field-pre shows %q, want %q", got, "912,5")
		}
		if got := textOf(t, ctx, "post-money"); got != "1"+frNNBSP+"022,5"+frNBSP+"Md$" {
			t.Errorf("post-money text %q, want %q", got, "1"+frNNBSP+"022,5"+frNBSP+"Md$")
		}
		waitAddress(t, ctx, 2*time.Second, "pre=912.5 (a dot in the URL)", func(q url.Values) bool { return q.Get("pre") == "912.5" })
	})

	t.Run("typed English thousands separator", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		setField(t, ctx, "field-pre", "1,000")
		waitDataValue(t, ctx, "post-money", "1110.0000000000")
		if got := valueOf(t, ctx, "field-pre"); got != "1000" {
			t.Errorf("field-pre shows %q, want %q", got, "1000")
		}
		if got := textOf(t, ctx, "post-money"); got != "$1,110B" {
			t.Errorf("post-money text %q, want %q", got, "$1,110B")
		}
		// A typed value finer than the slider's step is kept exactly.
		setField(t, ctx, "field-pre", "731.25")
		waitDataValue(t, ctx, "post-money", "841.2500000000")
	})

	t.Run("refused typed value", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&pre=800")
		waitDataValue(t, ctx, "post-money", "910.0000000000")
		slider := valueOf(t, ctx, "input-pre")
		for _, c := range []struct{ typed, want string }{
			{"abc", "abc"},
			{"20000", "$10,000B"},
			{"0", "$1B"},
		} {
			setField(t, ctx, "field-pre", c.typed)
			msg := waitErrorText(t, ctx)
			for _, part := range []string{named("pre"), c.want} {
				if !strings.Contains(msg, part) {
					t.Errorf("typed %q: message %q does not contain %q", c.typed, msg, part)
				}
			}
			if got := dataValue(t, ctx, "post-money"); got != "910.0000000000" {
				t.Errorf("typed %q: post-money = %s, want the previous 910", c.typed, got)
			}
			// The field keeps what the reader typed, marked as refused.
			if got := valueOf(t, ctx, "field-pre"); got != c.typed {
				t.Errorf("typed %q: field-pre shows %q, want the reader's text kept", c.typed, got)
			}
			if got := eval[string](t, ctx, `document.querySelector('[data-testid="field-pre"]').getAttribute("aria-invalid") || ""`); got != "true" {
				t.Errorf("typed %q: field-pre aria-invalid = %q, want true", c.typed, got)
			}
			if got := valueOf(t, ctx, "input-pre"); got != slider {
				t.Errorf("typed %q: input-pre moved from %q to %q", c.typed, slider, got)
			}
		}
		// The next accepted change clears the message.
		setField(t, ctx, "field-pre", "850")
		waitDataValue(t, ctx, "post-money", "960.0000000000")
		poll(t, ctx, `document.querySelector('[data-testid="error"]').textContent.trim() === ""`, 5*time.Second)
	})

	t.Run("keyboard", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		// Start from a slider position set here: whether the slider shows
		// its value after load is TestInputs/sliders_show_their_values.
		setSlider(t, ctx, "input-pre", "730")
		step(t, ctx, chromedp.Focus(testidSelector("input-pre")))
		// End and Home go to the ends of the slider's track (the model's
		// parameter table); the post-money is pre-money + 110.
		pre, _, _ := model.ParamOf("pre")
		lo, hi := pre.Track("")
		raised := decimal.NewFromInt(110)
		for _, k := range []struct {
			name, key, pre, post string
		}{
			{"ArrowRight", kb.ArrowRight, "735", "845.0000000000"},
			{"ArrowUp", kb.ArrowUp, "740", "850.0000000000"},
			{"ArrowLeft", kb.ArrowLeft, "735", "845.0000000000"},
			{"End", kb.End, hi.String(), hi.Add(raised).StringFixed(10)},
			{"Home", kb.Home, lo.String(), lo.Add(raised).StringFixed(10)},
		} {
			step(t, ctx, chromedp.KeyEvent(k.key))
			waitDataValue(t, ctx, "post-money", k.post)
			if got := valueOf(t, ctx, "field-pre"); got != k.pre {
				t.Errorf("after %s: field-pre shows %q, want %q", k.name, got, k.pre)
			}
		}
		if got := eval[string](t, ctx, `document.activeElement.getAttribute("data-testid") || ""`); got != "input-pre" {
			t.Errorf("the focus moved to %q during keyboard operation", got)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-testid="input-pre"]').getAttribute("aria-valuetext") || ""`); !strings.Contains(got, lo.String()) {
			t.Errorf("aria-valuetext %q does not carry the value", got)
		}
	})
}

// The scenario lives in the URL: a link reproduces it, moving a slider
// rewrites the address in place and keeps parameters the app does not own.
func TestScenarioURL(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	openApp(t, ctx, srv.URL+"/?pre=800&q.amzn2=80&view=expected&s.msft=30&childId=rc1&foo=bar&lang=en")
	// Expected view, Amazon's 35 at 80 %: 800 + 75 + 0.8 × 35.
	waitDataValue(t, ctx, "post-money", "903.0000000000")
	for id, want := range map[string]string{
		"raised":            "103.0000000000",
		"stake-before-msft": "0.3000000000",
		"stake-before-fdn":  "0.2600000000",
	} {
		if got := dataValue(t, ctx, id); got != want {
			t.Errorf("%s = %s, want %s", id, got, want)
		}
	}
	for id, want := range map[string]string{"input-view": "expected", "field-pre": "800", "field-q-amzn2": "80", "field-s-msft": "30"} {
		if got := valueOf(t, ctx, id); got != want {
			t.Errorf("%s shows %q, want %q", id, got, want)
		}
	}
	// Microsoft in the expected view: 30 % of 800, over 875 (q 20 %) or 910 (q 80 %).
	wantMsft := decimal.RequireFromString("0.2").Mul(decimal.NewFromInt(240).Div(decimal.NewFromInt(875))).
		Add(decimal.RequireFromString("0.8").Mul(decimal.NewFromInt(240).Div(decimal.NewFromInt(910))))
	if got := stakePct4(t, ctx, "stake-after-msft"); got != wantMsft.Shift(2).Round(4).StringFixed(4) {
		t.Errorf("stake-after-msft = %s %%, want %s %%", got, wantMsft.Shift(2).Round(4).StringFixed(4))
	}

	length := eval[int](t, ctx, `history.length`)
	setSlider(t, ctx, "input-pre", "850")
	waitDataValue(t, ctx, "post-money", "953.0000000000")
	start := time.Now()
	q := waitAddress(t, ctx, 1500*time.Millisecond, "pre=850", func(q url.Values) bool { return q.Get("pre") == "850" })
	t.Logf("address updated %v after the change", time.Since(start).Round(10*time.Millisecond))
	want := url.Values{"pre": {"850"}, "q.amzn2": {"80"}, "view": {"expected"}, "s.msft": {"30"}, "childId": {"rc1"}, "foo": {"bar"}, "lang": {"en"}}
	if q.Encode() != want.Encode() {
		t.Errorf("address query %q, want %q (unknown parameters kept, defaults left out)", q.Encode(), want.Encode())
	}
	if got := eval[int](t, ctx, `history.length`); got != length {
		t.Errorf("history.length went from %d to %d: the address must be replaced, not pushed", length, got)
	}
	if got := eval[string](t, ctx, `location.pathname`); got != "/" {
		t.Errorf("path %q, want /", got)
	}

	// Back to the default: the parameter leaves the address.
	setSlider(t, ctx, "input-pre", "730")
	waitDataValue(t, ctx, "post-money", "833.0000000000")
	q = waitAddress(t, ctx, 1500*time.Millisecond, "no pre", func(q url.Values) bool { return !q.Has("pre") })
	if q.Get("s.msft") != "30" || q.Get("foo") != "bar" || q.Get("childId") != "rc1" {
		t.Errorf("address query %q lost parameters", q.Encode())
	}

	// The rewritten address reproduces the scenario.
	openApp(t, ctx, eval[string](t, ctx, `location.href`))
	waitDataValue(t, ctx, "post-money", "833.0000000000")
	if got := dataValue(t, ctx, "stake-before-msft"); got != "0.3000000000" {
		t.Errorf("reopened: stake-before-msft = %s", got)
	}
}

// badParamCase is a URL whose parameter is refused.
type badParamCase struct {
	query string
	want  []string          // parts of the message
	keep  map[string]string // data-values that must show
}

var defaultFigureValues = map[string]string{
	"post-money": "840.0000000000", "raised": "110.0000000000",
	"stake-before-msft": "0.2700000000", "stake-before-fdn": "0.2600000000", "stake-before-sftb": "0.1100000000",
}

// Every refused URL parameter shows a message naming it, and the default
// figures stay.
func TestBadParameters(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	long := strings.Repeat("n", 41)
	cases := []badParamCase{
		{"pre=0", []string{named("pre"), "0", "$1B", "$10,000B"}, nil},
		{"pre=abc", []string{named("pre"), "abc", "$1B", "$10,000B"}, nil},
		{"pre=", []string{named("pre"), "$1B", "$10,000B"}, nil},
		{"pre=1e3", []string{named("pre"), "1e3"}, nil},
		{"ipo=100001", []string{named("ipo"), "100001", "$100,000B"}, nil},
		{"haircut=101", []string{named("haircut"), "101", "100%"}, map[string]string{"collapse-loss-msft": ""}},
		{"s.msft=80&s.fdn=10", []string{"Named stakes", "101"}, nil},
		{"t.nvda=-1", []string{named("t.nvda"), "-1", "$1,000B"}, map[string]string{"stake-after-nvda": ""}},
		{"q.amzn2=150", []string{named("q.amzn2"), "150", "100%"}, map[string]string{"stake-after-amzn": ""}},
		{"m.amzn=0.05", []string{named("m.amzn"), "0.05", "0.1", "10"}, map[string]string{"stake-after-amzn": ""}},
		{"inv.sftb=abc", []string{named("inv.sftb"), "abc"}, map[string]string{"net-flow-sftb": "-64.6000000000"}},
		{"cap.msft=0", []string{named("cap.msft"), "0", "$1B", "$100,000B"}, map[string]string{"collapse-share-msft": ""}},
		{"gw=201", []string{named("gw"), "201", "$200B"}, map[string]string{"net-flow-nvda": "145.0000000000"}},
		{"mix.chatgpt=90", []string{"mix", "120"}, map[string]string{"route-cut-chatgpt": "2.8000000000"}},
		{"view=foo", []string{named("view"), "foo"}, nil},
		{"share=51", []string{named("share"), "51", "50%"}, map[string]string{"route-cut-chatgpt": "2.8000000000"}},
		{"rev=1001", []string{named("rev"), "1001"}, map[string]string{"route-cut-chatgpt": "2.8000000000"}},
	}
	// The figures of the default scenario for the case-specific hooks.
	openApp(t, ctx, srv.URL+"/?open=all&lang=en")
	waitDataValue(t, ctx, "post-money", "840.0000000000")
	for _, c := range cases {
		for id, v := range c.keep {
			if v == "" {
				c.keep[id] = dataValue(t, ctx, id)
			}
		}
	}

	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?open=all&lang=en&"+c.query)
			msg := waitErrorText(t, ctx)
			t.Logf("message: %s", msg)
			for _, part := range c.want {
				if !strings.Contains(msg, part) {
					t.Errorf("message %q does not contain %q", msg, part)
				}
			}
			if key, _, _ := strings.Cut(c.query, "="); strings.Contains(msg, "("+key+")") {
				t.Errorf("message %q names the internal key %q: the reader's words only", msg, key)
			}
			keep := map[string]string{}
			for id, v := range defaultFigureValues {
				keep[id] = v
			}
			for id, v := range c.keep {
				keep[id] = v
			}
			ids := make([]string, 0, len(keep))
			for id := range keep {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				if got := dataValue(t, ctx, id); got != keep[id] {
					t.Errorf("%s = %s, want the default %s", id, got, keep[id])
				}
			}
			if got := eval[string](t, ctx, `document.querySelector('[data-testid="error"]').getAttribute("role") || ""`); got != "alert" {
				t.Errorf("the error region has role %q, want alert", got)
			}
		})
	}

	// The rest of the scenario applies: a refused parameter does not take
	// the valid ones down with it.
	t.Run("others apply", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&s.msft=80&s.fdn=10&pre=800&q.amzn2=150")
		msg := waitErrorText(t, ctx)
		for _, part := range []string{"Named stakes", named("q.amzn2")} {
			if !strings.Contains(msg, part) {
				t.Errorf("message %q does not contain %q", msg, part)
			}
		}
		waitDataValue(t, ctx, "post-money", "910.0000000000")
		if got := dataValue(t, ctx, "stake-before-msft"); got != "0.2700000000" {
			t.Errorf("stake-before-msft = %s, want the default: named stakes passing 100 %% are all refused", got)
		}
		if got := dataValue(t, ctx, "stake-before-fdn"); got != "0.2600000000" {
			t.Errorf("stake-before-fdn = %s, want the default: named stakes passing 100 %% are all refused", got)
		}
	})

	t.Run("name too long", func(t *testing.T) {
		// The tranche is created, its name refused: it keeps the default name.
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&t.x1=5&name.x1="+long)
		msg := waitErrorText(t, ctx)
		if !strings.Contains(msg, text.For("en").AddName) || !strings.Contains(msg, "40") {
			t.Errorf("message %q does not name name.x1 and its 40 characters", msg)
		}
		waitDataValue(t, ctx, "post-money", "845.0000000000")
		if strings.Contains(eval[string](t, ctx, `document.body.textContent`), long[:30]) {
			t.Errorf("the refused name shows in the page outside the message")
		}
	})

	t.Run("a valid link shows no message", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&pre=800")
		waitDataValue(t, ctx, "post-money", "910.0000000000")
		if got := strings.TrimSpace(textOf(t, ctx, "error")); got != "" {
			t.Errorf("error region %q, want empty", got)
		}
	})
}

// The language switch changes every text and the number format.
func TestLanguage(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	// The article's figure: a no-break space before "Md$" in French.
	openApp(t, ctx, srv.URL+"/?open=all&lang=fr")
	waitDataValue(t, ctx, "post-money", "840.0000000000")
	if got := textOf(t, ctx, "post-money"); got != "840"+frNBSP+"Md$" {
		t.Errorf("French post-money %q (%+q), want %q", got, got, "840"+frNBSP+"Md$")
	}
	clickTestid(t, ctx, "lang-switch")
	poll(t, ctx, `document.querySelector('[data-testid="post-money"]').textContent === "$840B"`, stepTimeout)

	openApp(t, ctx, srv.URL+"/?open=all&lang=fr&pre=912.5")
	waitDataValue(t, ctx, "post-money", "1022.5000000000")
	fr := map[string]string{
		"post-money": "1" + frNNBSP + "022,5" + frNBSP + "Md$",
		"raised":     "110" + frNBSP + "Md$",
		"field-pre":  "912,5",
	}
	en := map[string]string{
		"post-money": "$1,022.5B",
		"raised":     "$110B",
		"field-pre":  "912.5",
	}
	// Stakes: 0.27 × 912.5 / 1022.5 = 24.0953…%.
	frPct := regexp.MustCompile(`^\d{1,3},\d\d` + frNNBSP + `%$`)
	enPct := regexp.MustCompile(`^\d{1,3}\.\d\d%$`)

	check := func(t *testing.T, want map[string]string, lang string) {
		t.Helper()
		for id, w := range want {
			var got string
			if strings.HasPrefix(id, "field-") {
				got = valueOf(t, ctx, id)
			} else {
				got = textOf(t, ctx, id)
			}
			if got != w {
				t.Errorf("%s: %q (%+q), want %q (%+q)", id, got, got, w, w)
			}
		}
		pct := map[string]*regexp.Regexp{"fr": frPct, "en": enPct}[lang]
		for _, h := range capHolders {
			if got := textOf(t, ctx, "stake-after-"+h); !pct.MatchString(got) {
				t.Errorf("stake-after-%s: %q (%+q), want the %s percent format", h, got, got, lang)
			}
		}
		if got, want := textOf(t, ctx, "stake-after-msft"), map[string]string{"fr": "24,10" + frNNBSP + "%", "en": "24.10%"}[lang]; got != want {
			t.Errorf("stake-after-msft: %q, want %q", got, want)
		}
		if got := eval[string](t, ctx, `document.documentElement.lang`); got != lang {
			t.Errorf("<html lang> = %q, want %q", got, lang)
		}
	}
	check(t, fr, "fr")
	frText := eval[string](t, ctx, `document.querySelector("h1").textContent + " | " + document.querySelector('[data-testid="reset"]').textContent`)
	frTitle := eval[string](t, ctx, `document.title`)

	clickTestid(t, ctx, "lang-switch")
	poll(t, ctx, `document.querySelector('[data-testid="post-money"]').textContent.startsWith("$")`, stepTimeout)
	check(t, en, "en")
	enText := eval[string](t, ctx, `document.querySelector("h1").textContent + " | " + document.querySelector('[data-testid="reset"]').textContent`)
	if enText == frText {
		t.Errorf("the texts did not change with the language: %q", enText)
	}
	if got := eval[string](t, ctx, `document.title`); got == frTitle {
		t.Errorf("the title did not change with the language: %q", got)
	}
	if got := dataValue(t, ctx, "post-money"); got != "1022.5000000000" {
		t.Errorf("post-money data-value %s changed with the language", got)
	}
	waitAddress(t, ctx, 2*time.Second, "lang=en", func(q url.Values) bool { return q.Get("lang") == "en" && q.Get("pre") == "912.5" })

	// An English message in English, a French one in French.
	setField(t, ctx, "field-pre", "abc")
	if msg := waitErrorText(t, ctx); !strings.Contains(msg, "is not a number") {
		t.Errorf("English message %q", msg)
	}
	clickTestid(t, ctx, "lang-switch")
	poll(t, ctx, `document.querySelector('[data-testid="post-money"]').textContent.endsWith("Md$")`, stepTimeout)
	// The refused text stays in its field, explained in the new language.
	if got := valueOf(t, ctx, "field-pre"); got != "abc" {
		t.Errorf("after the switch the refused field shows %q, want the reader's %q", got, "abc")
	}
	if msg := waitErrorText(t, ctx); !strings.Contains(msg, "10"+frNNBSP+"000") || strings.Contains(msg, "is not a number") {
		t.Errorf("French message %q", msg)
	}
	setField(t, ctx, "field-pre", "912,5")
	poll(t, ctx, `document.querySelector('[data-testid="error"]').textContent.trim() === ""`, stepTimeout)
	check(t, fr, "fr")
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent + " | " + document.querySelector('[data-testid="reset"]').textContent`); got != frText {
		t.Errorf("back in French the texts are %q, want %q", got, frText)
	}
}

// Adding and removing a reader's tranche, restoring one input and resetting
// the whole scenario; the address follows each of them.
func TestTranchesAndReset(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("add", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		if hasTestid(t, ctx, "stake-after-x1") {
			t.Fatal("stake-after-x1 before any tranche was added")
		}
		setField(t, ctx, "add-name", "Oracle")
		setField(t, ctx, "add-amount", "20")
		setField(t, ctx, "add-prob", "100")
		clickTestid(t, ctx, "add-tranche")
		waitDataValue(t, ctx, "raised", "130.0000000000")
		if got := dataValue(t, ctx, "post-money"); got != "860.0000000000" {
			t.Errorf("post-money = %s, want 860", got)
		}
		if got := dataValue(t, ctx, "stake-after-x1"); got != "0.0232558140" { // 20 of 860
			t.Errorf("stake-after-x1 = %s, want 0.0232558140", got)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-testid="stake-after-x1"]').closest("tr").textContent`); !strings.Contains(got, "Oracle") {
			t.Errorf("the new holder's row %q does not show its name", got)
		}
		if got := eval[string](t, ctx, `location.pathname`); got != "/" {
			t.Errorf("the form submitted to %q: the page navigated", got)
		}
		// Its sliders carry the hooks of its parameters.
		for _, id := range []string{"input-t-x1", "input-q-x1", "input-m-x1", "field-t-x1", "remove-x1"} {
			if !hasTestid(t, ctx, id) {
				t.Errorf("no %s for the added tranche", id)
			}
		}
		if q, ok := expectAddress(t, ctx, 2*time.Second, "t.x1=20&name.x1=Oracle", func(q url.Values) bool { return q.Get("t.x1") == "20" }); ok && q.Get("name.x1") != "Oracle" {
			t.Errorf("address query %q: want name.x1=Oracle", q.Encode())
		}
		// A conditional tranche of the reader's follows the views.
		setSlider(t, ctx, "input-q-x1", "50")
		chooseView(t, ctx, "firm")
		waitDataValue(t, ctx, "post-money", "805.0000000000")
		chooseView(t, ctx, "expected")
		waitDataValue(t, ctx, "post-money", "832.5000000000") // 805 + 0.5 × 35 + 0.5 × 20
		// And the address keeps following the inputs afterwards.
		setSlider(t, ctx, "input-pre", "900")
		waitDataValue(t, ctx, "post-money", "1002.5000000000")
		expectAddress(t, ctx, 2*time.Second, "pre=900&q.x1=50&t.x1=20&view=expected", func(q url.Values) bool {
			return q.Get("pre") == "900" && q.Get("q.x1") == "50" && q.Get("t.x1") == "20" && q.Get("view") == "expected"
		})
	})

	t.Run("remove", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&t.x1=20&name.x1=Oracle")
		waitDataValue(t, ctx, "raised", "130.0000000000")
		clickTestid(t, ctx, "remove-x1")
		waitDataValue(t, ctx, "raised", "110.0000000000")
		if hasTestid(t, ctx, "stake-after-x1") {
			t.Error("stake-after-x1 is still there after remove-x1")
		}
		expectAddress(t, ctx, 2*time.Second, "no t.x1, name.x1", func(q url.Values) bool { return !q.Has("t.x1") && !q.Has("name.x1") })
	})

	t.Run("restore one input", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&pre=900&s.msft=30")
		waitDataValue(t, ctx, "post-money", "1010.0000000000")
		// The control beside a changed input that puts the article's value back.
		if !eval[bool](t, ctx, `(() => {
			const b = document.querySelector('[data-testid="field-pre"]').closest(".num").querySelector("button.num-restore");
			if (!b) return false;
			b.click();
			return true;
		})()`) {
			t.Fatal("no restore control beside the changed pre-money input")
		}
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		expectAddress(t, ctx, 2*time.Second, "s.msft=30 without pre", func(q url.Values) bool { return !q.Has("pre") && q.Get("s.msft") == "30" })
	})

	t.Run("reset", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		setSlider(t, ctx, "input-pre", "900")
		setSlider(t, ctx, "input-s-msft", "30")
		setField(t, ctx, "field-q-amzn2", "80")
		chooseView(t, ctx, "expected")
		waitDataValue(t, ctx, "post-money", "1003.0000000000") // 900 + 75 + 0.8 × 35
		waitAddress(t, ctx, 2*time.Second, "pre=900", func(q url.Values) bool { return q.Get("pre") == "900" })
		chooseView(t, ctx, "all")
		waitDataValue(t, ctx, "post-money", "1010.0000000000")
		clickTestid(t, ctx, "reset")
		checkReference(t, ctx, referenceCases[0])
		for id, want := range map[string]string{"field-pre": "730", "field-s-msft": "27", "field-q-amzn2": "50"} {
			if got := valueOf(t, ctx, id); got != want {
				t.Errorf("after reset %s shows %q, want %q", id, got, want)
			}
		}
		// The figures go back to the article's; the sections the link opened stay open.
		expectAddress(t, ctx, 2*time.Second, "only lang=en and open=all", func(q url.Values) bool { return q.Encode() == "lang=en&open=all" })
	})
}
