package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// chartSparkPoints is the number of points of a sensitivity line.
const chartSparkPoints = 24

// chartSens is what a slider drives most, for its sensitivity line.
type chartSens struct {
	// name reads the figure's name from the charts' texts.
	name   func(*text.ChartTexts) string
	lo, hi decimal.Decimal // the slider's whole range, in scenario units
	view   model.View      // closing view the figure is read in
	pct    bool            // the slider is a percentage (lo, hi are fractions)
	get    func(model.Scenario) decimal.Decimal
	set    func(model.Scenario, decimal.Decimal) model.Scenario
	fig    func(model.Outcome) decimal.Decimal
	// affine: the figure is exactly affine in the slider's value (see
	// chartSensSpec), so two model.Compute calls, at the ends of the range,
	// give every point: f(v) = f(lo) + (f(hi) − f(lo)) × (v − lo) / (hi − lo).
	// The tests check this against a Compute at each of the 24 points.
	affine bool
}

// chartSensSpec returns what param's slider drives, or false for a slider
// without a sensitivity line. The range is the slider's own track.
func chartSensSpec(param string, view model.View) (chartSens, bool) {
	sp, ok := chartSensKind(param, view)
	if !ok {
		return sp, false
	}
	slider, id, _ := model.ParamOf(param)
	sp.lo, sp.hi = slider.Track(id)
	if sp.pct {
		sp.lo, sp.hi = sp.lo.Shift(-2), sp.hi.Shift(-2)
	}
	return sp, true
}

// chartSensKind says which figure param's slider drives.
//
// Every figure here is affine in its slider: the post-money is V + Σ closed
// amount / m (weighted by q in the expected view, which makes it affine in
// each q, continuous at q = 100 % where the tranche turns firm);
// Microsoft's equity at the IPO is its stake (independent of the IPO value)
// × IPO; a collapse loss is equity × h + commitments × u; Nvidia's net flow
// is commitments (GW × price) − cost basis.
func chartSensKind(param string, view model.View) (chartSens, bool) {
	totalLoss := func(o model.Outcome) decimal.Decimal {
		sum := decimal.Zero
		for _, p := range o.Partners {
			sum = sum.Add(p.CollapseLoss)
		}
		return sum
	}
	partner := func(id string, f func(model.PartnerOutcome) decimal.Decimal) func(model.Outcome) decimal.Decimal {
		return func(o model.Outcome) decimal.Decimal {
			for _, p := range o.Partners {
				if p.ID == id {
					return f(p)
				}
			}
			return decimal.Zero
		}
	}
	post := func(o model.Outcome) decimal.Decimal { return o.PostMoney }
	switch param {
	case "pre":
		return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkPre }, view: view, affine: true, fig: post,
			get: func(s model.Scenario) decimal.Decimal { return s.PreMoney },
			set: func(s model.Scenario, v decimal.Decimal) model.Scenario { s.PreMoney = v; return s }}, true
	case "ipo":
		return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkIPO }, view: view, affine: true,
			fig: partner(model.Microsoft, func(p model.PartnerOutcome) decimal.Decimal { return p.EquityIPO }),
			get: func(s model.Scenario) decimal.Decimal { return s.IPO },
			set: func(s model.Scenario, v decimal.Decimal) model.Scenario { s.IPO = v; return s }}, true
	case "haircut":
		return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkLoss }, view: view, pct: true, affine: true, fig: totalLoss,
			get: func(s model.Scenario) decimal.Decimal { return s.Haircut },
			set: func(s model.Scenario, v decimal.Decimal) model.Scenario { s.Haircut = v; return s }}, true
	case "unpaid":
		return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkLoss }, view: view, pct: true, affine: true, fig: totalLoss,
			get: func(s model.Scenario) decimal.Decimal { return s.Unpaid },
			set: func(s model.Scenario, v decimal.Decimal) model.Scenario { s.Unpaid = v; return s }}, true
	case "gw":
		return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkGW }, view: view, affine: true,
			fig: partner(model.Nvidia, func(p model.PartnerOutcome) decimal.Decimal { return p.NetFlow }),
			get: func(s model.Scenario) decimal.Decimal { return s.PricePerGW },
			set: func(s model.Scenario, v decimal.Decimal) model.Scenario { s.PricePerGW = v; return s }}, true
	}
	id, ok := strings.CutPrefix(param, "q.")
	if !ok {
		return chartSens{}, false
	}
	find := func(s model.Scenario) int {
		for i, t := range s.Tranches {
			if t.ID == id {
				return i
			}
		}
		return -1
	}
	return chartSens{name: func(tx *text.ChartTexts) string { return tx.SparkQ }, view: model.ViewExpected, pct: true, affine: true, fig: post,
		get: func(s model.Scenario) decimal.Decimal {
			if i := find(s); i >= 0 {
				return s.Tranches[i].Prob
			}
			return decimal.Zero
		},
		set: func(s model.Scenario, v decimal.Decimal) model.Scenario {
			if i := find(s); i >= 0 {
				s.Tranches = append([]model.Tranche(nil), s.Tranches...)
				s.Tranches[i].Prob = v
			}
			return s
		}}, true
}

// chartSensX returns the i-th of n evenly spaced slider values; 8 decimals
// keep it a valid input (the model refuses values of more than 30
// decimals).
func chartSensX(sp chartSens, i, n int) decimal.Decimal {
	return sp.lo.Add(sp.hi.Sub(sp.lo).Mul(decimal.NewFromInt(int64(i))).DivRound(decimal.NewFromInt(int64(n-1)), 8))
}

// chartSensEval returns the figure at slider value v, false when the
// scenario with v is not valid (e.g. an 11th conditional tranche).
func chartSensEval(s model.Scenario, sp chartSens, v decimal.Decimal) (decimal.Decimal, bool) {
	r, errs := model.Compute(sp.set(s, v))
	if len(errs) > 0 {
		return decimal.Zero, false
	}
	return sp.fig(r.View(sp.view)), true
}

// chartSensEnds computes the figure at both ends of the slider's range
// (two model.Compute calls); ok is false when either end is not a valid
// scenario.
func chartSensEnds(s model.Scenario, sp chartSens) (lo, hi decimal.Decimal, ok bool) {
	lo, okLo := chartSensEval(s, sp, sp.lo)
	hi, okHi := chartSensEval(s, sp, sp.hi)
	return lo, hi, okLo && okHi
}

// chartSensAt interpolates an affine figure between its ends, in decimals.
func chartSensAt(sp chartSens, lo, hi, v decimal.Decimal) decimal.Decimal {
	return lo.Add(hi.Sub(lo).Mul(v.Sub(sp.lo)).DivRound(sp.hi.Sub(sp.lo), 16))
}

// chartSensSamples returns the slider values, the figure at each (ok false
// where the scenario is not valid) and the figure at the current value, in
// decimals. With affine true and both ends valid it calls model.Compute
// twice and interpolates; otherwise once per point and once for the current
// value. The tests check that both ways agree for every slider.
func chartSensSamples(s model.Scenario, sp chartSens, affine bool) (xs, ys []decimal.Decimal, ok []bool, cur decimal.Decimal, curOK bool) {
	n := chartSparkPoints
	xs, ys, ok = make([]decimal.Decimal, n), make([]decimal.Decimal, n), make([]bool, n)
	for i := range xs {
		xs[i] = chartSensX(sp, i, n)
	}
	if affine {
		if flo, fhi, okEnds := chartSensEnds(s, sp); okEnds {
			for i, x := range xs {
				ys[i], ok[i] = chartSensAt(sp, flo, fhi, x), true
			}
			ys[0], ys[n-1] = flo, fhi
			return xs, ys, ok, chartSensAt(sp, flo, fhi, sp.get(s)), true
		}
	}
	for i, x := range xs {
		ys[i], ok[i] = chartSensEval(s, sp, x)
	}
	cur, curOK = chartSensEval(s, sp, sp.get(s))
	return xs, ys, ok, cur, curOK
}

// chartSensLine is what a sparkline draws: each point's position along the
// slider (0 to 1) and its figure as a float64 (pixels only), the exact
// figures written as text (ends and current value), the marker's position.
type chartSensLine struct {
	t, y        []float64
	ok          []bool
	first, last decimal.Decimal // figure at the first and last valid points
	cur         decimal.Decimal
	curOK       bool
	curT        float64
}

// chartSensCompute gets a line's points; r is s computed (the current
// value). An affine figure needs two model.Compute calls, its points lying on the straight line between the
// ends (floats, for pixels only); any other figure, or a slider whose ends
// are not both valid, is sampled at each point.
func chartSensCompute(s model.Scenario, r model.Results, sp chartSens) chartSensLine {
	n := chartSparkPoints
	ln := chartSensLine{t: make([]float64, n), y: make([]float64, n), ok: make([]bool, n)}
	span := chartFloat(sp.hi.Sub(sp.lo))
	ln.curT = math.Max(0, math.Min(1, chartFloat(sp.get(s).Sub(sp.lo))/span))
	for i := range ln.t {
		ln.t[i] = float64(i) / float64(n-1)
	}
	if sp.affine {
		if flo, fhi, ok := chartSensEnds(s, sp); ok {
			a, b := chartFloat(flo), chartFloat(fhi)
			for i, t := range ln.t {
				ln.y[i], ln.ok[i] = a+(b-a)*t, true
			}
			ln.first, ln.last = flo, fhi
			ln.cur, ln.curOK = sp.fig(r.View(sp.view)), true // the page's own figure, exactly
			return ln
		}
	}
	xs, ys, ok, cur, curOK := chartSensSamples(s, sp, false)
	first := -1
	for i := range xs {
		ln.ok[i] = ok[i]
		if !ok[i] {
			continue
		}
		ln.t[i], ln.y[i] = chartFloat(xs[i].Sub(sp.lo))/span, chartFloat(ys[i])
		if first < 0 {
			first, ln.first = i, ys[i]
		}
		ln.last = ys[i]
	}
	ln.cur, ln.curOK = cur, curOK
	return ln
}

// SensitivityParams lists the sliders that have a sensitivity line in s
// (chartSensKind says which figure each drives), in the model's order.
func SensitivityParams(s model.Scenario) []string {
	var out []string
	for _, name := range s.Names() {
		if _, ok := chartSensKind(name, model.ViewExpected); ok {
			out = append(out, name)
		}
	}
	return out
}

// Sparkline draws param's line for s, whose results r the caller has.
func Sparkline(lang string, tx *text.ChartTexts, s model.Scenario, r model.Results, view model.View, param string) string {
	sp, ok := chartSensSpec(param, view)
	if !ok {
		return ""
	}
	ln := chartSensCompute(s, r, sp)
	count := 0
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, v := range ln.ok {
		if v {
			count++
			lo, hi = math.Min(lo, ln.y[i]), math.Max(hi, ln.y[i])
		}
	}
	if count < 2 {
		return ""
	}
	curText := ""
	if ln.curOK {
		c := chartFloat(ln.cur)
		lo, hi = math.Min(lo, c), math.Max(hi, c)
		curText = text.Money(lang, ln.cur)
	}
	fmtX := func(v decimal.Decimal) string {
		if sp.pct {
			return text.Percent(lang, v.Shift(2), 0)
		}
		return text.Money(lang, v)
	}
	name := sp.name(tx)
	desc := fmt.Sprintf(tx.SparkDesc, name, text.Money(lang, ln.first), text.Money(lang, ln.last),
		fmtX(sp.lo), fmtX(sp.hi), curText)

	const W, H, fs, m = 240.0, 61.0, 11.0, 2.0
	px0, px1 := m+4, W-m-4 // plot x, leaving room for the marker
	py0, py1 := 17.0, 41.0 // plot y, top to bottom
	xOf := func(t float64) float64 { return px0 + t*(px1-px0) }
	yOf := func(v float64) float64 {
		if hi-lo <= 1e-12*math.Max(1, math.Abs(hi)) {
			return (py0 + py1) / 2
		}
		return py1 - (v-lo)/(hi-lo)*(py1-py0)
	}

	var w svgBuf
	// The figure's name on top; below the line, its value now (under the
	// marker) and at both ends of the range when they do not touch it.
	w.text(chartText{x: m, y: 11, fs: fs, fill: chartMuted, class: "name", s: chartTruncate(name, W-2*m, fs, false)})
	w.empty("line", "x1", chartNum(px0), "y1", chartNum(py1+2), "x2", chartNum(px1), "y2", chartNum(py1+2),
		"stroke", chartLine, "stroke-width", "1", "class", "base")
	var pts []string
	flush := func() {
		if len(pts) > 1 {
			w.empty("polyline", "points", strings.Join(pts, " "), "fill", "none", "stroke", chartAccent,
				"stroke-width", "1.5", "stroke-linejoin", "round", "class", "line")
		}
		pts = pts[:0]
	}
	for i := range ln.t {
		if !ln.ok[i] {
			flush()
			continue
		}
		pts = append(pts, chartNum(xOf(ln.t[i]))+","+chartNum(yOf(ln.y[i])))
	}
	flush()
	nowL, nowR := W/2, W/2
	if ln.curOK {
		cx := xOf(ln.curT)
		w.empty("circle", "cx", chartNum(cx), "cy", chartNum(yOf(chartFloat(ln.cur))), "r", "3.5",
			"fill", chartAccent, "stroke", chartPaper, "stroke-width", "1.5", "class", "marker")
		cw := chartTextWidth(curText, fs, true)
		cx = math.Max(m+cw/2, math.Min(W-m-cw/2, cx))
		nowL, nowR = cx-cw/2, cx+cw/2
		w.text(chartText{x: cx, y: 56, fs: fs, anchor: "middle", fill: chartAccent, bold: true, class: "now", s: curText})
	}
	left, right := text.Money(lang, ln.first), text.Money(lang, ln.last)
	if m+chartTextWidth(left, fs, false)+fs/2 <= nowL {
		w.text(chartText{x: m, y: 56, fs: fs, fill: chartMuted, class: "lo", s: left})
	}
	if W-m-chartTextWidth(right, fs, false)-fs/2 >= nowR {
		w.text(chartText{x: W - m, y: 56, fs: fs, anchor: "end", fill: chartMuted, class: "hi", s: right})
	}

	id := "spark-" + strings.ReplaceAll(param, ".", "-")
	var root svgBuf
	root.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 "+chartNum(W)+" "+chartNum(H),
		"width", "100%", "role", "img", "aria-labelledby", id+"-t", "aria-describedby", id+"-d",
		"class", "spark", "data-param", param, "font-family", chartFont, "font-size", chartNum(fs))
	root.open("title", "id", id+"-t")
	root.b.WriteString(chartEscape(name))
	root.close("title")
	root.open("desc", "id", id+"-d")
	root.b.WriteString(chartEscape(desc))
	root.close("desc")
	root.b.WriteString(w.b.String())
	root.close("svg")
	return root.b.String()
}
