package chart

import (
	"fmt"
	"math"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// Colours of what OpenAI owes, by counterparty (the holders' colours where
// the counterparty is one), and of its revenue and cash lines.
const (
	payOthers = "#8a8f98"
	payKept   = "#1b1d21"
	payCash   = "#b42318"
)

// payStack is one counterparty's part of what OpenAI owes, year by year.
type payStack struct {
	id, name, short, colour string
	owed                    [model.Span]decimal.Decimal
}

// payStacks splits what OpenAI owes each year: Microsoft, Amazon, Nvidia,
// and the others (SoftBank, if it is owed anything, and other suppliers).
func payStacks(tx *text.TimeTexts, tl model.Timeline) []payStack {
	st := []payStack{
		{id: model.Microsoft, name: tx.PayMicrosoft, short: "Microsoft", colour: chartHolderColour(model.Microsoft)},
		{id: model.Amazon, name: tx.PayAmazon, short: "Amazon", colour: chartHolderColour(model.Amazon)},
		{id: model.Nvidia, name: tx.PayNvidia, short: tx.PayNvidia, colour: chartHolderColour(model.Nvidia)},
		{id: "others", name: tx.PayOthers, short: tx.PayOthersShort, colour: payOthers},
	}
	others := &st[3]
	others.owed = tl.OwedOther
	for _, p := range tl.Partners {
		dst := others
		for i := range st[:3] {
			if st[i].id == p.ID {
				dst = &st[i]
			}
		}
		for y := range p.Out {
			dst.owed[y] = dst.owed[y].Add(p.Out[y])
		}
	}
	return st
}

// payChart shows whether OpenAI can pay: what it owes each year, stacked by
// counterparty, against its revenue after Microsoft's share (a line) and
// its cumulative cash (a line crossing zero in the short year, marked).
func payChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Time
	tl := r.View(view).Time
	stacks := payStacks(tx, tl)
	d := Data{ID: "pay", Title: tx.PayTitle, File: tx.PayFile + "-" + string(view) + ".svg"}
	// The caption says what the picture shows; the page says its figures
	// beside it (the pay sentence), and a downloaded file keeps them in its
	// description.
	d.Desc = tx.PayDesc
	full := d
	full.Desc += " " + t.PaySentence(lang, tl)
	head := []string{tx.PayColYear}
	for _, st := range stacks {
		head = append(head, st.name)
	}
	d.Table = [][]string{append(head, tx.PayColOwed, tx.PayKept, tx.PayCash)}
	for i := range model.Span {
		row := []string{strconv.Itoa(model.YearAt(i))}
		for _, st := range stacks {
			row = append(row, text.MoneyFixed(lang, st.owed[i], 2))
		}
		d.Table = append(d.Table, append(row, text.MoneyFixed(lang, tl.Owed[i], 2),
			text.MoneyFixed(lang, tl.Kept[i], 2), text.MoneyFixed(lang, tl.Cash[i], 2)))
	}
	ls := yearLayouts()
	d.SVG = payChartSVG(ls[0], lang, tx, full, tl, stacks)
	d.Narrow = payChartSVG(ls[1], lang, tx, full, tl, stacks)
	return d
}

func payChartSVG(l chartLayout, lang string, tx *text.TimeTexts, d Data, tl model.Timeline, stacks []payStack) string {
	var w svgBuf
	var items []chartFlowItem
	// Short names: the legend on one line, two on a phone (the title and
	// the table name each fully).
	for _, st := range stacks {
		items = append(items, chartFlowItem{name: st.short, fill: st.colour, class: "owed-" + st.id})
	}
	items = append(items,
		chartFlowItem{name: tx.PayKeptShort, fill: payKept, class: "kept", line: true},
		chartFlowItem{name: tx.PayCashShort, fill: payCash, class: "cash", line: true, dash: cashDash})
	y := l.m + w.flow(l, l.m, l.m, l.inner(), items)

	owed, kept, cash := floats(tl.Owed), floats(tl.Kept), floats(tl.Cash)
	lo, hi, most := 0.0, 0.0, 0.0
	for i := range owed {
		lo = math.Min(lo, cash[i])
		hi = math.Max(hi, math.Max(owed[i], math.Max(kept[i], cash[i])))
		most = math.Max(most, owed[i])
	}
	// Revenue growing for ten years would flatten what is owed to a line:
	// the scale stops at twice the larger of the most owed in a year and
	// the deepest cash, and the lines leave the plot above it (the table
	// has every figure).
	if most = 2 * math.Max(most, -lo); most > 0 && hi > most {
		hi = most
	}
	top := y + l.lh() + 6 // room for the short year's label
	p := newYearPlot(l, lang, top, math.Round(l.w*map[string]float64{"w": 0.26, "n": 0.28}[l.key]), lo, hi)
	w.open("g", "class", "plot")
	bottom := p.axes(&w, lang)
	bw := p.bw() * 0.62
	for i := range model.Span {
		base := decimal.Zero
		for _, st := range stacks {
			v := st.owed[i]
			if v.Sign() <= 0 {
				continue
			}
			y0, y1 := p.y(chartFloat(base.Add(v))), p.y(chartFloat(base))
			w.rect(p.cx(i)-bw/2, y0, bw, y1-y0, "class", "bar owed owed-"+st.id, "fill", st.colour,
				"data-value", text.DataValue(v))
			base = base.Add(v)
		}
	}
	clip := "chart-" + d.ID + "-" + l.key + "-clip"
	w.open("clipPath", "id", clip)
	w.rect(p.x0, p.top-2, p.x1-p.x0, p.h+4)
	w.close("clipPath")
	w.open("g", "clip-path", "url(#"+clip+")")
	p.line(&w, kept, payKept, "kept", false)
	p.line(&w, cash, payCash, "cash", true)
	w.close("g")
	if tl.ShortYear != 0 {
		i := tl.ShortYear - model.FirstYear
		p.marker(&w, i, fmt.Sprintf(tx.PayShortLbl, strconv.Itoa(tl.ShortYear)), payCash, "short-year")
		w.empty("circle", "cx", chartNum(p.cx(i)), "cy", chartNum(p.y(cash[i])), "r", "6", "fill", "none",
			"stroke", payCash, "stroke-width", "2.5", "class", "short-mark")
	}
	w.close("g")
	return chartSVG(d.ID, l, bottom+l.m, d.Title, d.Desc, w.b.String())
}
