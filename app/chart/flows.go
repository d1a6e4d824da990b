package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// chartPartner gathers what the flows and exposure charts show of a
// partner in the selected view.
type chartPartner struct {
	id, name string
	po       model.PartnerOutcome
	p        model.Partner
	what     string // what the commitments are: "Azure", "AWS", "5 GW × 35 Md$"
}

func chartPartners(lang string, t *text.Texts, tx *text.ChartTexts, s model.Scenario, o model.Outcome) []chartPartner {
	ties := map[string]model.Partner{}
	for _, p := range s.Partners {
		ties[p.ID] = p
	}
	var out []chartPartner
	for _, po := range o.Partners {
		p := ties[po.ID]
		var what []string
		if p.Commit.Sign() > 0 {
			name := tx.FlowsOther
			switch po.ID {
			case "msft":
				name = tx.FlowsAzure
			case "amzn":
				name = tx.FlowsAWS
			}
			if p.GW.Sign() > 0 {
				name += " " + text.Money(lang, p.Commit)
			}
			what = append(what, name)
		}
		if p.GW.Sign() > 0 {
			what = append(what, fmt.Sprintf(tx.FlowsGW, text.Number(lang, p.GW, 2, false), text.Money(lang, s.PricePerGW)))
		}
		out = append(out, chartPartner{id: po.ID, name: t.HolderName(s, po.ID), po: po, p: p, what: strings.Join(what, " + ")})
	}
	return out
}

// chartViewName is the selected view's name, lower-cased for a sentence.
func chartViewName(t *text.Texts, view model.View) string {
	return t.ViewName(view)
}

// flowsChart shows, for each partner, the cash it has put into OpenAI (its
// cost basis in the selected view) against the commitments OpenAI owes it
// (Azure, AWS, Nvidia's compute), and the net: the circularity of the round.
func flowsChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Chart
	o := r.View(view)
	ps := chartPartners(lang, t, tx, s, o)
	var nets []string
	d := Data{ID: "flows", Title: tx.FlowsTitle, File: tx.FlowsFile + "-" + string(view) + ".svg"}
	d.Table = [][]string{{t.ColPartner, tx.FlowsColIn, tx.FlowsColOwed, tx.FlowsColWhat, tx.FlowsColNet}}
	for _, p := range ps {
		nets = append(nets, p.name+" "+chartSigned(lang, p.po.NetFlow))
		d.Table = append(d.Table, []string{p.name, text.Money(lang, p.po.CostBasis), text.Money(lang, p.po.Commitments),
			p.what, chartSigned(lang, p.po.NetFlow)})
	}
	d.Desc = fmt.Sprintf(tx.FlowsDesc, chartViewName(t, view), strings.Join(nets, ", "))
	ls := chartLayouts()
	d.SVG = chartFlowsSVG(ls[0], lang, tx, d, ps)
	d.Narrow = chartFlowsSVG(ls[1], lang, tx, d, ps)
	return d
}

func chartFlowsSVG(l chartLayout, lang string, tx *text.ChartTexts, d Data, ps []chartPartner) string {
	var w svgBuf
	y := l.m
	w.open("g", "class", "legend")
	y += w.flow(l, l.m, y, l.inner(), []chartFlowItem{
		{name: tx.FlowsLegIn, short: tx.FlowsLegInS, fill: chartMuted, opacity: chartLight, stroke: chartMuted},
		{name: tx.FlowsLegOwed, short: tx.FlowsLegOwedS, fill: chartMuted},
	})
	w.close("g")
	y += math.Round(l.fs * 0.4)

	max := decimal.Zero
	for _, p := range ps {
		max = decimal.Max(max, p.po.CostBasis, p.po.Commitments)
	}
	scale := chartScale(max, l.inner())
	bh := math.Round(l.fs * 1.3)
	for _, p := range ps {
		fill := chartHolderColour(p.id)
		w.open("g", "class", "partner", "data-partner", p.id)
		y += w.header(l, y, p.name, []string{
			fmt.Sprintf(tx.FlowsNet, chartSigned(lang, p.po.NetFlow)), chartSigned(lang, p.po.NetFlow),
		}, chartInk, false)
		owed := []string{fmt.Sprintf(tx.FlowsOwed, text.Money(lang, p.po.Commitments))}
		if p.what != "" {
			owed = append([]string{owed[0] + " (" + p.what + ")"}, owed...)
		}
		owed = append(owed, text.Money(lang, p.po.Commitments))
		bars := []struct {
			class, opacity, stroke string
			v                      decimal.Decimal
			labels                 []string
		}{
			{"cash-in", chartLight, fill, p.po.CostBasis,
				[]string{fmt.Sprintf(tx.FlowsIn, text.Money(lang, p.po.CostBasis)), text.Money(lang, p.po.CostBasis)}},
			{"owed", "", "", p.po.Commitments, owed},
		}
		for _, b := range bars {
			bw := scale(b.v)
			op := 1.0
			if b.opacity != "" {
				op = 0.35
			}
			lab := chartPlaceLabel(l, l.m, bw, fill, op, b.labels...)
			if lab.above {
				w.text(chartText{x: lab.x, y: y + l.fs, fs: l.fs, anchor: lab.anch, fill: lab.fill, s: lab.text})
				y += l.lh()
			}
			w.rect(l.m, y, bw, bh, "class", "bar "+b.class+" "+chartHolderClass(p.id), "fill", fill,
				"fill-opacity", b.opacity, "stroke", b.stroke, "data-value", text.DataValue(b.v))
			if !lab.above {
				w.text(chartText{x: lab.x, y: y + bh/2 + l.fs*0.35, fs: l.fs, anchor: lab.anch, fill: lab.fill, s: lab.text})
			}
			y += bh + 3
		}
		w.close("g")
		y += math.Round(l.fs * 0.6)
	}
	return chartSVG(d.ID, l, y-math.Round(l.fs*0.6)+l.m, d.Title, d.Desc, w.b.String())
}
