package chart

import (
	"math"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// yearPlot is a plot of the years 2026 to 2035: one band per year across
// [x0, x1], values from lo (bottom, at most 0) to hi (top, at least 0) over
// [top, top+h].
type yearPlot struct {
	l          chartLayout
	x0, x1     float64
	top, h     float64
	lo, hi     float64
	step       float64 // between value ticks
	everyLabel int     // a year label every so many years
}

// newYearPlot sizes a plot for values within [lo, hi], whose value labels
// (in lang) fit left of it.
func newYearPlot(l chartLayout, lang string, top, h, lo, hi float64) yearPlot {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if hi-lo <= 0 {
		hi = 1
	}
	step := niceStep((hi - lo) / 4)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	p := yearPlot{l: l, top: top, h: h, lo: lo, hi: hi, step: step, everyLabel: 1}
	labelW := 0.0
	for _, v := range p.ticks() {
		labelW = math.Max(labelW, chartTextWidth(p.tickText(lang, v), l.fs, false))
	}
	p.x0, p.x1 = l.m+labelW+6, l.w-l.m
	// Fewer year labels, never smaller ones, where four digits do not fit
	// a band with room to spare.
	for chartTextWidth("2026", l.fs, false)+l.fs*0.8 > p.bw()*float64(p.everyLabel) {
		p.everyLabel++
	}
	return p
}

// yearLayouts are the years' pictures' layouts: the narrow one is 320 px
// wide, so that its 13 px text stays above 11 px in a phone's column of
// 296 px or so (a 360 px box would shrink it to 10.7).
func yearLayouts() [2]chartLayout {
	ls := chartLayouts()
	ls[1].w = 320
	return ls
}

// niceStep rounds a raw step up to 1, 2 or 5 × a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*mag >= raw {
			return f * mag
		}
	}
	return 10 * mag
}

func (p yearPlot) ticks() []float64 {
	var out []float64
	for v := p.lo; v <= p.hi+p.step/2; v += p.step {
		out = append(out, math.Round(v/p.step)*p.step)
	}
	return out
}

func (p yearPlot) tickText(lang string, v float64) string {
	return text.Number(lang, decimal.NewFromFloat(v), 2, false)
}

func (p yearPlot) bw() float64 { return (p.x1 - p.x0) / model.Span }

// cx is the centre of year i's band.
func (p yearPlot) cx(i int) float64 { return p.x0 + (float64(i)+0.5)*p.bw() }

// y maps a value to its height.
func (p yearPlot) y(v float64) float64 {
	return p.top + (p.hi-v)/(p.hi-p.lo)*p.h
}

// axes draws the value grid and its labels, the zero line and the years
// below the plot; it returns the plot's bottom edge with its labels.
func (p yearPlot) axes(w *svgBuf, lang string) float64 {
	l := p.l
	for _, v := range p.ticks() {
		y := p.y(v)
		stroke, width := chartLine, "1"
		if v == 0 {
			stroke, width = chartMuted, "1.5"
		}
		w.empty("line", "x1", chartNum(p.x0), "y1", chartNum(y), "x2", chartNum(p.x1), "y2", chartNum(y),
			"stroke", stroke, "stroke-width", width, "class", "grid")
		w.text(chartText{x: p.x0 - 6, y: y + l.fs*0.35, fs: l.fs, anchor: "end", fill: chartMuted, s: p.tickText(lang, v)})
	}
	base := p.top + p.h + l.fs + 4
	for i := 0; i < model.Span; i += p.everyLabel {
		w.text(chartText{x: p.cx(i), y: base, fs: l.fs, anchor: "middle", fill: chartMuted, s: strconv.Itoa(model.YearAt(i))})
	}
	return base + l.fs*0.3
}

// line draws a polyline through one value per year (no dots: the page
// counts its elements, and the table has every figure).
// cashDash is the dashes of a dashed line, its legend's swatch included.
const cashDash = "6 4"

func (p yearPlot) line(w *svgBuf, vals []float64, colour, class string, dashed bool) {
	pts := ""
	for i, v := range vals {
		if i > 0 {
			pts += " "
		}
		pts += chartNum(p.cx(i)) + "," + chartNum(p.y(v))
	}
	dash := ""
	if dashed {
		dash = cashDash
	}
	w.empty("polyline", "points", pts, "fill", "none", "stroke", colour, "stroke-width", "2.5",
		"stroke-dasharray", dash, "stroke-linejoin", "round", "class", "line "+class)
}

// marker draws a vertical dashed line at year i's band and a label above
// the plot, on the line's side that keeps it in the view box.
func (p yearPlot) marker(w *svgBuf, i int, label, colour, class string) {
	l := p.l
	x := p.cx(i)
	w.empty("line", "x1", chartNum(x), "y1", chartNum(p.top-4), "x2", chartNum(x), "y2", chartNum(p.top+p.h),
		"stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "3 3", "class", "marker "+class)
	anchor, tx := "start", x-4
	if tx+chartTextWidth(label, l.fs, true) > l.w-l.m {
		anchor, tx = "end", x+4
	}
	if anchor == "start" && tx < l.m {
		tx = l.m
	}
	w.text(chartText{x: tx, y: p.top - 8, fs: l.fs, anchor: anchor, bold: true, fill: colour, class: "marker-label " + class, s: label})
}

// floats turns the years' decimals into plot values.
func floats(vs [model.Span]decimal.Decimal) []float64 {
	out := make([]float64, len(vs))
	for i, v := range vs {
		out[i] = chartFloat(v)
	}
	return out
}
