package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// timeChart shows, per partner, the money it puts into OpenAI (below the
// axis) and the money OpenAI spends with it (above) each year, its
// cumulative position as a line, and its payback year marked: the
// partners one under another in the narrow layout, two abreast in the
// wide one (half the height, on a desktop and on paper).
func timeChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Time
	tl := r.View(view).Time
	d := Data{ID: "time", Title: tx.TimeTitle, File: tx.TimeFile + "-" + string(view) + ".svg"}
	var parts []string
	d.Table = [][]string{{tx.TimeColPartner, tx.TimeColYear, tx.ColIn, tx.ColOut, tx.ColCum}}
	for _, p := range tl.Partners {
		name := t.HolderName(s, p.ID)
		parts = append(parts, name+" "+paybackText(tx, p.Payback))
		for i := range model.Span {
			d.Table = append(d.Table, []string{name, strconv.Itoa(model.YearAt(i)),
				text.MoneyFixed(lang, p.In[i], 2), text.MoneyFixed(lang, p.Out[i], 2), text.MoneyFixed(lang, p.Cum[i], 2)})
		}
	}
	sep := "; "
	if lang == "fr" {
		sep = "\u202f; "
	}
	d.Desc = fmt.Sprintf(tx.TimeDesc, strings.Join(parts, sep)+".")
	ls := yearLayouts()
	d.SVG = timeChartSVG(ls[0], lang, t, s, d, tl)
	d.Narrow = timeChartSVG(ls[1], lang, t, s, d, tl)
	return d
}

// paybackText is a partner's payback year as the picture says it.
func paybackText(tx *text.TimeTexts, year int) string {
	v := tx.TimePaybackNever
	if year != 0 {
		v = fmt.Sprintf(tx.TimePayback, strconv.Itoa(year))
	}
	r := []rune(v) // lower case: it follows the partner's name
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func timeChartSVG(l chartLayout, lang string, t *text.Texts, s model.Scenario, d Data, tl model.Timeline) string {
	tx := &t.Time
	var w svgBuf
	y := l.m + w.flow(l, l.m, l.m, l.inner(), []chartFlowItem{
		{name: tx.TimeOut, fill: chartMuted, class: "back"},
		{name: tx.TimeIn, fill: chartMuted, opacity: chartLight, stroke: chartMuted, class: "in"},
		{name: tx.TimeCum, fill: chartInk, class: "cum", line: true},
	})
	cols := 1
	if l.key == "w" {
		cols = 2
	}
	colW := l.inner() / float64(cols)
	plotH := math.Max(120, math.Round(colW*0.26))
	rowTop, rowBottom := y, y
	for n, p := range tl.Partners {
		c := n % cols
		if c == 0 {
			rowTop = rowBottom
		}
		// The column's own layout: its margins are the column's edges.
		x0 := l.m + float64(c)*colW
		if c > 0 {
			x0 += l.fs // a gap between the columns
		}
		l := l.column(x0, l.m+float64(c+1)*colW)
		y := rowTop + math.Round(l.fs*0.8)
		colour := chartHolderColour(p.ID)
		w.open("g", "class", "partner", "data-partner", p.ID)
		right := tx.TimePaybackNever
		if p.Payback != 0 {
			right = fmt.Sprintf(tx.TimePayback, strconv.Itoa(p.Payback))
		}
		y += w.header(l, y, t.HolderName(s, p.ID), []string{right}, chartMuted, false)
		in, out, cum := floats(p.In), floats(p.Out), floats(p.Cum)
		lo, hi := 0.0, 0.0
		for i := range in {
			lo = math.Min(lo, math.Min(-in[i], cum[i]))
			hi = math.Max(hi, math.Max(out[i], cum[i]))
		}
		top := y + math.Round(l.fs*0.6) // the top value label stands half above the plot
		if p.Payback != 0 {
			top += l.lh() + 6 // the marker's label
		}
		pl := newYearPlot(l, lang, top, plotH, lo, hi)
		bottom := pl.axes(&w, lang)
		bw := pl.bw() * 0.62
		for i := range model.Span {
			if out[i] > 0 {
				y0, y1 := pl.y(out[i]), pl.y(0)
				w.rect(pl.cx(i)-bw/2, y0, bw, y1-y0, "class", "bar back", "fill", colour, "data-value", text.DataValue(p.Out[i]))
			}
			if in[i] > 0 {
				y0, y1 := pl.y(0), pl.y(-in[i])
				w.rect(pl.cx(i)-bw/2, y0, bw, y1-y0, "class", "bar in", "fill", colour, "fill-opacity", chartLight,
					"stroke", colour, "data-value", text.DataValue(p.In[i]))
			}
		}
		pl.line(&w, cum, chartInk, "cum", false)
		if p.Payback != 0 {
			pl.marker(&w, p.Payback-model.FirstYear, strconv.Itoa(p.Payback), chartInk, "payback")
		}
		w.close("g")
		rowBottom = math.Max(rowBottom, bottom)
	}
	return chartSVG(d.ID, l, rowBottom+l.m, d.Title, d.Desc, w.b.String())
}
