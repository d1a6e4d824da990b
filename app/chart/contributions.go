package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// chartInvestor is one investor's money in the round: its firm tranches and
// its conditional ones, whatever the selected view (the picture shows what
// is promised, and on what terms).
type chartInvestor struct {
	id, name   string
	firm, cond decimal.Decimal
	probs      []string // the conditional tranches' closing probabilities, shown
}

func chartInvestors(lang string, t *text.Texts, s model.Scenario) []chartInvestor {
	var out []chartInvestor
	at := map[string]int{}
	for _, tr := range s.Tranches {
		inv := tr.Investor
		if inv == "" {
			inv = tr.ID
		}
		i, ok := at[inv]
		if !ok {
			i = len(out)
			at[inv] = i
			out = append(out, chartInvestor{id: inv, name: t.HolderName(s, inv)})
		}
		if tr.Firm() {
			out[i].firm = out[i].firm.Add(tr.Amount)
			continue
		}
		out[i].cond = out[i].cond.Add(tr.Amount)
		pct, dec := tr.Prob.Shift(2), int32(2)
		if pct.IsInteger() {
			dec = 0
		}
		out[i].probs = append(out[i].probs, text.Percent(lang, pct, dec))
	}
	return out
}

// contributionsChart shows who puts in what: one bar per investor, its firm
// money solid and its conditional money light and dashed after it.
func contributionsChart(lang string, t *text.Texts, s model.Scenario) Data {
	tx := &t.Chart
	invs := chartInvestors(lang, t, s)
	d := Data{ID: "contributions", Title: tx.ContribTitle, File: tx.ContribFile + ".svg"}
	d.Table = [][]string{{tx.ContribColInvestor, tx.ContribColFirm, tx.ContribColCond, tx.ContribColTotal}}
	var items []string
	for _, v := range invs {
		cond := text.Money(lang, v.cond)
		var parts []string
		if v.firm.Sign() > 0 || v.cond.IsZero() {
			parts = append(parts, text.Money(lang, v.firm))
		}
		if v.cond.Sign() > 0 {
			cond = fmt.Sprintf(tx.ContribCondItem, text.Money(lang, v.cond), strings.Join(v.probs, ", "))
			parts = append(parts, cond)
		}
		item := v.name + " " + strings.Join(parts, " + ")
		items = append(items, item)
		d.Table = append(d.Table, []string{v.name, text.Money(lang, v.firm), cond, text.Money(lang, v.firm.Add(v.cond))})
	}
	sep := "; "
	if lang == "fr" {
		sep = "\u202f; "
	}
	d.Desc = fmt.Sprintf(tx.ContribDesc, strings.Join(items, sep))
	ls := chartLayouts()
	d.SVG = chartContribSVG(ls[0], lang, tx, d, invs)
	d.Narrow = chartContribSVG(ls[1], lang, tx, d, invs)
	return d
}

// chartContribSVG lays one investor a line: its name, then its bar, then
// the amounts.
func chartContribSVG(l chartLayout, lang string, tx *text.ChartTexts, d Data, invs []chartInvestor) string {
	var w svgBuf
	y := l.m
	w.open("g", "class", "legend")
	y += w.flow(l, l.m, y, l.inner(), []chartFlowItem{
		{name: tx.ContribLegFirm, fill: chartMuted},
		{name: tx.ContribLegCond, fill: chartMuted, opacity: chartLight, stroke: chartMuted},
	})
	w.close("g")
	y += math.Round(l.fs * 0.4)

	nameW, labelW := 0.0, 0.0
	max := decimal.Zero
	labels := make([][]string, len(invs))
	for i, v := range invs {
		nameW = math.Max(nameW, chartTextWidth(v.name, l.fs, true))
		total := v.firm.Add(v.cond)
		max = decimal.Max(max, total)
		labels[i] = []string{text.Money(lang, total)}
		if v.cond.Sign() > 0 && v.firm.Sign() > 0 {
			labels[i] = []string{text.Money(lang, v.firm) + " + " + text.Money(lang, v.cond), labels[i][0]}
		}
		labelW = math.Max(labelW, chartTextWidth(labels[i][len(labels[i])-1], l.fs, false))
	}
	nameW = math.Min(math.Ceil(nameW), math.Round(l.inner()*0.3))
	x0 := l.m + nameW + 6
	scale := chartScale(max, l.w-l.m-x0-labelW-6)
	bh := math.Round(l.fs * 1.3)
	rh := bh + math.Round(l.fs*0.5)
	for i, v := range invs {
		fill := chartHolderColour(v.id)
		cls := chartHolderClass(v.id)
		w.open("g", "class", "investor", "data-investor", v.id)
		w.text(chartText{x: l.m, y: y + bh/2 + l.fs*0.35, fs: l.fs, bold: true, s: chartTruncate(v.name, nameW, l.fs, true)})
		fw, cw := scale(v.firm), scale(v.cond)
		if v.firm.Sign() > 0 {
			w.rect(x0, y, fw, bh, "class", "bar firm "+cls, "fill", fill, "data-value", text.DataValue(v.firm))
		}
		if v.cond.Sign() > 0 {
			w.rect(x0+fw, y, cw, bh, "class", "bar conditional "+cls, "fill", fill, "fill-opacity", chartLight,
				"stroke", fill, "stroke-dasharray", "4 3", "data-value", text.DataValue(v.cond))
		}
		op := 1.0
		if v.firm.IsZero() {
			op = 0.35
		}
		lab := chartPlaceLabel(l, x0, fw+cw, fill, op, labels[i]...)
		if lab.above { // never with the room kept for the shortest label; kept for safety
			lab = chartBarLabel{text: labels[i][len(labels[i])-1], x: x0 + fw + cw + 5, anch: "start", fill: chartInk}
		}
		w.text(chartText{x: lab.x, y: y + bh/2 + l.fs*0.35, fs: l.fs, anchor: lab.anch, fill: lab.fill, s: lab.text})
		w.close("g")
		y += rh
	}
	return chartSVG(d.ID, l, y-rh+bh+l.m, d.Title, d.Desc, w.b.String())
}
