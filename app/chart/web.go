package chart

// The web of dependencies: OpenAI in the middle, its cloud and
// chip suppliers around it, each edge as thick as the commitment on one of
// two scales (money in $B, compute in GW), its dark core the part left
// unpaid if OpenAI collapsed (s.Unpaid), and Amazon's and Microsoft's ties
// to Anthropic as dashed edges.
//
// Wide layout: cloud contracts in a column on the left, chips on the right,
// OpenAI between them. Narrow layout: OpenAI as a spine on the left, every
// counterparty in one column on the right. Every text sits inside a node
// box, a column heading or the legend, so no text crosses another.

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// webChart draws the web of dependencies of scenario s in the selected
// view, with its data table.
func webChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Web
	o := r.View(view)
	nodes := webNodes(lang, tx, s, o)
	ties := webTies(tx)
	upct, hpct := webPct(lang, s.Unpaid), webPct(lang, s.Haircut)
	none := tx.None
	d := Data{ID: "web", Title: tx.Title, File: tx.File + "-" + string(view) + ".svg"}
	d.Table = [][]string{{tx.ColWho, tx.ColWhat, tx.ColAmount, tx.ColUnit, tx.ColTag,
		fmt.Sprintf(tx.ColUnpaid, upct), fmt.Sprintf(tx.ColEquity, hpct)}}
	var moneyParts, gwParts []string
	moneyTotal, gwTotal, moneyUnpaid, gwUnpaid, equityLost, nvdaUnpaid := decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
	for _, n := range nodes {
		unit, unpaid, amount := tx.UnitMoney, text.Money(lang, n.unpaid), text.Money(lang, n.amount)
		if n.scale == "gw" {
			unit, unpaid, amount = tx.UnitGW, webGW(lang, n.unpaid), webGW(lang, n.amount)
			gwTotal, gwUnpaid = gwTotal.Add(n.amount), gwUnpaid.Add(n.unpaid)
			if n.hasValue {
				unpaid = fmt.Sprintf(tx.Approx, unpaid, text.Money(lang, n.unpaidValue))
				amount = fmt.Sprintf(tx.Approx, amount, text.Money(lang, n.value))
				nvdaUnpaid = nvdaUnpaid.Add(n.unpaidValue)
			}
			gwParts = append(gwParts, n.name+" "+amount)
		} else {
			moneyTotal, moneyUnpaid = moneyTotal.Add(n.amount), moneyUnpaid.Add(n.unpaid)
			moneyParts = append(moneyParts, n.name+" "+amount)
		}
		eq := none
		if n.hasEquity {
			eq = text.Money(lang, n.equityLost)
			equityLost = equityLost.Add(n.equityLost)
		}
		d.Table = append(d.Table, []string{n.name, n.what, text.Number(lang, n.amount, 2, false), unit, n.tag, unpaid, eq})
	}
	for _, tie := range ties {
		d.Table = append(d.Table, []string{tie.label + " → " + tx.NameAnthropic, tie.what, none, none, tie.tag, none, none})
	}
	d.Desc = fmt.Sprintf(tx.Desc, text.Money(lang, moneyTotal), strings.Join(moneyParts, ", "), webGW(lang, gwTotal),
		strings.Join(gwParts, ", "), upct, text.Money(lang, moneyUnpaid), webGW(lang, gwUnpaid), text.Money(lang, nvdaUnpaid),
		hpct, text.Money(lang, equityLost))
	ls := chartLayouts()
	d.SVG = webSVG(ls[0], lang, t, tx, d, s, nodes, ties)
	d.Narrow = webSVG(ls[1], lang, t, tx, d, s, nodes, ties)
	return d
}

func webSVG(l chartLayout, lang string, t *text.Texts, tx *text.WebTexts, d Data, s model.Scenario, nodes []webNode, ties []webTie) string {
	g := newWebGeometry(l, nodes)
	var w svgBuf
	top := g.drawLegend(&w, lang, tx, s) + math.Round(l.fs*0.6)
	g.layout(tx, top)
	g.drawEdges(&w, lang, t, tx, s)
	g.drawTies(&w, t, tx, ties)
	g.drawNodes(&w, tx)
	return chartSVG(d.ID, l, math.Max(g.bottom, g.boxY+g.boxH)+l.m, d.Title, d.Desc, w.b.String())
}

// webTip is an edge's tooltip: what the commitment is, its source tag (and
// the article's sentence for A) and what a collapse would leave unpaid.
func webTip(lang string, t *text.Texts, tx *text.WebTexts, n *webNode, s model.Scenario) string {
	amount, unpaid := text.Money(lang, n.amount), text.Money(lang, n.unpaid)
	if n.scale == "gw" {
		amount, unpaid = webGW(lang, n.amount), webGW(lang, n.unpaid)
	}
	if n.hasValue {
		amount = fmt.Sprintf(tx.Approx, amount, text.Money(lang, n.value))
		unpaid = fmt.Sprintf(tx.Approx, unpaid, text.Money(lang, n.unpaidValue))
	}
	tip := fmt.Sprintf(tx.Tip, n.name, amount, n.what, t.TagLegend(n.tag), webPct(lang, s.Unpaid), unpaid)
	if n.quote != "" {
		tip += fmt.Sprintf(tx.TipQuote, n.quote)
	}
	return tip
}

// webNice is the largest 1, 2 or 5 × 10^k not above max (max itself when
// it is not positive), the amount shown by a legend's sample stroke.
func webNice(max decimal.Decimal) decimal.Decimal {
	if max.Sign() <= 0 {
		return max
	}
	k := int32(math.Floor(math.Log10(chartFloat(max))))
	for _, e := range []int32{k + 1, k, k - 1} {
		for _, m := range []int64{5, 2, 1} {
			if v := decimal.New(m, e); v.LessThanOrEqual(max) {
				return v
			}
		}
	}
	return max
}
