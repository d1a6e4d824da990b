package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// chartShare divides a loss by a market capitalisation (≥ 1 in a valid
// scenario).
func chartShare(loss, capital decimal.Decimal) decimal.Decimal {
	if capital.Sign() <= 0 {
		return decimal.Zero
	}
	return loss.DivRound(capital, 16)
}

// chartAxis chooses the exposure axis: it always reaches 100 % and, when a
// loss passes a partner's whole market value, the next multiple of a round
// step above the largest share. It returns the axis maximum and its ticks,
// spaced so that their labels never touch.
func chartAxis(lang string, l chartLayout, maxShare decimal.Decimal) (decimal.Decimal, []decimal.Decimal) {
	top := decimal.Max(maxShare, decimal.NewFromInt(1))
	steps := []string{"0.25", "0.5", "1", "2", "2.5", "5"}
	for exp := int32(0); ; exp++ {
		for _, st := range steps {
			step := decimal.RequireFromString(st).Shift(exp)
			n := top.Div(step).Ceil()
			axis := n.Mul(step)
			labelW := chartTextWidth(text.Percent(lang, axis.Shift(2), 0), l.fs, false)
			// a label centred on a tick next to the last one, right-aligned:
			// 1.5 label widths and a gap between ticks
			if n.IntPart() <= 8 && l.inner()/chartFloat(n)+0.01 >= 1.5*labelW+l.fs {
				ticks := make([]decimal.Decimal, 0, n.IntPart()+1)
				for k := int64(0); k <= n.IntPart(); k++ {
					ticks = append(ticks, step.Mul(decimal.NewFromInt(k)))
				}
				return axis, ticks
			}
		}
		if exp > 12 { // unreachable for valid scenarios (shares stay below 10^8)
			return top, []decimal.Decimal{decimal.Zero, top}
		}
	}
}

// exposureChart shows each partner's loss in a collapse as a share of its
// own market capitalisation, split into the equity it loses (haircut) and
// the commitments left unpaid, on an axis that always shows 100 %.
func exposureChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Chart
	o := r.View(view)
	ps := chartPartners(lang, t, tx, s, o)
	d := Data{ID: "exposure", Title: tx.ExpTitle, File: tx.ExpFile + "-" + string(view) + ".svg"}
	d.Table = [][]string{{t.ColPartner, tx.ExpColEquity, tx.ExpColUnpaid, tx.ExpColLoss,
		tx.ExpColCap, tx.ExpColShare}}
	var parts []string
	for _, p := range ps {
		equity, unpaid := p.po.CollapseEquity, p.po.CollapseUnpaid
		d.Table = append(d.Table, []string{p.name, text.Money(lang, equity), text.Money(lang, unpaid),
			text.Money(lang, p.po.CollapseLoss), text.Money(lang, p.p.MarketCap), text.PercentOf(lang, p.po.CollapseShare)})
		parts = append(parts, p.name+" "+text.PercentOf(lang, p.po.CollapseShare))
	}
	d.Desc = fmt.Sprintf(tx.ExpDesc, text.PercentOf(lang, s.Haircut), text.PercentOf(lang, s.Unpaid),
		chartViewName(t, view), strings.Join(parts, ", "))
	ls := chartLayouts()
	d.SVG = chartExposureSVG(ls[0], lang, tx, d, s, ps)
	d.Narrow = chartExposureSVG(ls[1], lang, tx, d, s, ps)
	return d
}

func chartExposureSVG(l chartLayout, lang string, tx *text.ChartTexts, d Data, s model.Scenario, ps []chartPartner) string {
	var w svgBuf
	y := l.m
	w.open("g", "class", "legend")
	y += w.flow(l, l.m, y, l.inner(), []chartFlowItem{
		{name: fmt.Sprintf(tx.ExpLegEquity, text.PercentOf(lang, s.Haircut)), fill: chartMuted},
		{name: fmt.Sprintf(tx.ExpLegUnpaid, text.PercentOf(lang, s.Unpaid)), fill: chartMuted, opacity: chartLight, stroke: chartMuted},
	})
	w.close("g")
	y += math.Round(l.fs * 0.4)

	maxShare := decimal.Zero
	for _, p := range ps {
		maxShare = decimal.Max(maxShare, p.po.CollapseShare)
	}
	axis, ticks := chartAxis(lang, l, maxShare)
	scale := chartScale(axis, l.inner())
	bh := math.Round(l.fs * 1.3)

	var body svgBuf
	top := y
	for _, p := range ps {
		fill := chartHolderColour(p.id)
		equity := chartShare(p.po.CollapseEquity, p.p.MarketCap)
		unpaid := chartShare(p.po.CollapseUnpaid, p.p.MarketCap)
		share := text.PercentOf(lang, p.po.CollapseShare)
		body.open("g", "class", "partner", "data-partner", p.id)
		y += body.header(l, y, p.name, []string{
			fmt.Sprintf(tx.ExpRight, text.Money(lang, p.po.CollapseLoss), share),
			fmt.Sprintf(tx.ExpRightS, text.Money(lang, p.po.CollapseLoss), share),
			share,
		}, chartInk, true)
		we := scale(equity)
		wu := scale(equity.Add(unpaid)) - we
		body.rect(l.m, y, we, bh, "class", "bar equity "+chartHolderClass(p.id), "fill", fill,
			"data-value", text.DataValue(equity))
		body.rect(l.m+we, y, wu, bh, "class", "bar unpaid "+chartHolderClass(p.id), "fill", fill,
			"fill-opacity", chartLight, "stroke", fill, "data-value", text.DataValue(unpaid))
		body.close("g")
		y += bh + math.Round(l.fs*0.6)
	}
	bottom := y - math.Round(l.fs*0.6)

	// Grid behind the bars, tick labels below them.
	w.open("g", "class", "axis")
	one := decimal.NewFromInt(1)
	hasHundred := false
	for _, tk := range ticks {
		hasHundred = hasHundred || tk.Equal(one)
	}
	if !hasHundred { // 100 % of the market value, unlabelled between two ticks
		x := l.m + scale(one)
		w.empty("line", "x1", chartNum(x), "y1", chartNum(top), "x2", chartNum(x), "y2", chartNum(bottom+3),
			"stroke", chartMuted, "stroke-width", "1", "stroke-dasharray", "3 2", "class", "hundred",
			"data-value", text.DataValue(one))
	}
	for i, tk := range ticks {
		x := l.m + scale(tk)
		stroke, class := chartLine, "tick"
		if tk.Equal(one) {
			stroke, class = chartMuted, "tick hundred"
		}
		w.empty("line", "x1", chartNum(x), "y1", chartNum(top), "x2", chartNum(x), "y2", chartNum(bottom+3),
			"stroke", stroke, "stroke-width", "1", "class", class, "data-value", text.DataValue(tk))
		anchor := "middle"
		switch i {
		case 0:
			anchor = "start"
		case len(ticks) - 1:
			anchor = "end"
		}
		w.text(chartText{x: x, y: bottom + 3 + l.fs, fs: l.fs, anchor: anchor, fill: chartMuted,
			s: text.Percent(lang, tk.Shift(2), 0)})
	}
	w.close("g")
	w.b.WriteString(body.b.String())
	return chartSVG(d.ID, l, bottom+3+l.lh()+l.m, d.Title, d.Desc, w.b.String())
}
