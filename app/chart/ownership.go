package chart

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// chartMoment is one bar of the ownership chart.
type chartMoment struct {
	key      string // before, firm, all, expected
	label    string
	value    decimal.Decimal // valuation: pre-money before, post-money after
	selected bool
	stakes   []decimal.Decimal // in the order of the holders (chartHolderRank)
	labels   [3][]string       // each stake with 2, 1 and 0 decimals
	values   []string          // each stake's data-value
	cum      []float64         // where each segment starts, as a fraction of the bar (pixels only); one more for the end
}

// chartHolder is one holder of the cap table, in chart order.
type chartHolder struct {
	id, name string
	opacity  string // fill-opacity: added holders alternate, so neighbours differ
}

// chartHolderRank orders holders: msft, fdn, sftb, nvda, amzn, added x1…,
// others.
func chartHolderRank(id string) int {
	switch id {
	case "msft":
		return 0
	case "fdn":
		return 1
	case "sftb":
		return 2
	case "nvda":
		return 3
	case "amzn":
		return 4
	case "others":
		return 1 << 20
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "x")); err == nil && strings.HasPrefix(id, "x") {
		return 100 + n
	}
	return 1 << 19
}

// chartStakeLabels formats stakes as percentages with dec decimals. With 2
// decimals they add up to 100 % (largest remainder, as the cap table
// does, so the chart and the table agree); the shorter forms used when a
// label does not fit its segment round each stake on its own (half away
// from zero), so that no label moves by a whole unit. A positive stake that
// rounds to zero reads "< 0.01%".
func chartStakeLabels(lang string, stakes []decimal.Decimal, dec int32) []string {
	var pcts []decimal.Decimal
	if dec >= 2 {
		pcts = model.DisplayStakes(stakes, dec)
	} else {
		pcts = make([]decimal.Decimal, len(stakes))
		for i, st := range stakes {
			pcts[i] = st.Shift(2).Round(dec)
		}
	}
	out := make([]string, len(stakes))
	for i, p := range pcts {
		if p.IsZero() && stakes[i].Sign() > 0 {
			out[i] = "< " + text.Percent(lang, decimal.New(1, -dec), dec)
		} else {
			out[i] = text.Percent(lang, p, dec)
		}
	}
	return out
}

// chartOwnershipData gathers the holders and the four moments.
func chartOwnershipData(lang string, t *text.Texts, tx *text.ChartTexts, s model.Scenario, r model.Results, view model.View) ([]chartHolder, []chartMoment) {
	rows := append([]model.HolderOutcome(nil), r.All.Holders...)
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return chartHolderRank(rows[order[a]].ID) < chartHolderRank(rows[order[b]].ID)
	})
	holders := make([]chartHolder, len(rows))
	added := 0
	for k, i := range order {
		h := chartHolder{id: rows[i].ID, name: t.HolderName(s, rows[i].ID)}
		if chartHolderClass(h.id) == "h-x" {
			if added%2 == 1 {
				h.opacity = "0.6"
			}
			added++
		}
		holders[k] = h
	}
	stakesOf := func(o model.Outcome, before bool) []decimal.Decimal {
		byID := map[string]decimal.Decimal{}
		for _, h := range o.Holders {
			if before {
				byID[h.ID] = h.Before
			} else {
				byID[h.ID] = h.After
			}
		}
		out := make([]decimal.Decimal, len(holders))
		for i, h := range holders {
			out[i] = byID[h.id]
		}
		return out
	}
	moments := []chartMoment{{key: "before", label: tx.OwnBefore, value: s.PreMoney, stakes: stakesOf(r.All, true)}}
	for _, v := range []model.View{model.ViewFirm, model.ViewAll, model.ViewExpected} {
		o := r.View(v)
		moments = append(moments, chartMoment{key: string(v), label: t.ViewName(v), value: o.PostMoney,
			selected: v == view, stakes: stakesOf(o, false)})
	}
	for i := range moments {
		m := &moments[i]
		for j, dec := range []int32{2, 1, 0} {
			m.labels[j] = chartStakeLabels(lang, m.stakes, dec)
		}
		cum := decimal.Zero
		m.cum = append(m.cum, 0)
		for _, st := range m.stakes {
			cum = cum.Add(st)
			m.cum = append(m.cum, chartFloat(cum))
			m.values = append(m.values, text.DataValue(st))
		}
	}
	return holders, moments
}

// ownershipChart draws one bar per moment (before the round, firm tranches
// only, all tranches, expected), each split by holder in proportion to its
// stake, each segment labelled with its stake: inside when the label fits,
// else listed below the bar with the holder's swatch and name.
func ownershipChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Chart
	holders, moments := chartOwnershipData(lang, t, tx, s, r, view)
	o := r.View(view)

	var parts []string
	for i, h := range holders {
		for _, m := range moments {
			if m.key == string(view) && m.stakes[i].Sign() > 0 {
				parts = append(parts, h.name+" "+m.labels[0][i])
			}
		}
	}
	d := Data{
		ID:    "ownership",
		Title: tx.OwnTitle,
		Desc: fmt.Sprintf(tx.OwnDesc, t.ViewName(view), text.Money(lang, o.PostMoney),
			text.PercentOf(lang, o.Dilution), strings.Join(parts, ", ")),
		File: tx.OwnFile + "-" + string(view) + ".svg",
	}
	head := []string{tx.OwnHolder}
	for _, m := range moments {
		head = append(head, m.label)
	}
	d.Table = [][]string{head}
	for i, h := range holders {
		row := []string{h.name}
		for _, m := range moments {
			row = append(row, m.labels[0][i])
		}
		d.Table = append(d.Table, row)
	}
	ls := chartLayouts()
	d.SVG = chartOwnershipSVG(ls[0], lang, tx, d, holders, moments)
	d.Narrow = chartOwnershipSVG(ls[1], lang, tx, d, holders, moments)
	return d
}

func chartOwnershipSVG(l chartLayout, lang string, tx *text.ChartTexts, d Data, holders []chartHolder, moments []chartMoment) string {
	var w svgBuf
	y := l.m

	// Legend: every holder with a stake at some moment.
	var legend []chartFlowItem
	for i, h := range holders {
		for _, m := range moments {
			if m.stakes[i].Sign() > 0 {
				legend = append(legend, chartFlowItem{name: h.name, fill: chartHolderColour(h.id),
					class: chartHolderClass(h.id), opacity: h.opacity})
				break
			}
		}
	}
	w.open("g", "class", "legend")
	y += w.flow(l, l.m, y, l.inner(), legend)
	w.close("g")
	y += math.Round(l.fs * 0.4)

	bw := l.inner()
	bh := math.Round(l.fs * 2.1)
	fsIn := l.fs - 1
	pad := 4.0
	for _, m := range moments {
		w.open("g", "class", "bar", "data-moment", m.key)
		valued := fmt.Sprintf(tx.OwnValued, text.Money(lang, m.value))
		sel := ""
		if m.selected {
			sel = " " + tx.OwnSelected
		}
		label := chartFit(l.inner(), l.fs, m.selected,
			m.label+" · "+valued+sel, m.label+" · "+text.Money(lang, m.value)+sel,
			m.label+" · "+text.Money(lang, m.value), m.label)
		w.text(chartText{x: l.m, y: y + l.fs, fs: l.fs, bold: m.selected, s: label})
		y += l.lh()

		w.rect(l.m, y, bw, bh, "class", "track", "fill", chartSoft)
		var below []chartFlowItem
		for i, h := range holders {
			st := m.stakes[i]
			x0, x1 := l.m+m.cum[i]*bw, l.m+m.cum[i+1]*bw
			if st.Sign() <= 0 {
				continue
			}
			x0, x1 = math.Round(x0*100)/100, math.Round(x1*100)/100
			fill := chartHolderColour(h.id)
			w.rect(x0, y, x1-x0, bh, "class", "seg "+chartHolderClass(h.id), "fill", fill,
				"fill-opacity", h.opacity, "stroke", chartPaper, "stroke-width", "1",
				"data-holder", h.id, "data-value", m.values[i])
			op := 1.0
			if h.opacity != "" {
				op, _ = strconv.ParseFloat(h.opacity, 64)
			}
			placed := false
			// Only the table's own 2-decimal figure goes inside a segment: a
			// shortened "6%" beside the table's 5.95% would read as another
			// number. A segment too narrow for it is labelled below the bar.
			for _, c := range []string{h.name + " " + m.labels[0][i], m.labels[0][i]} {
				if chartTextWidth(c, fsIn, false)+2*pad <= x1-x0 {
					w.text(chartText{x: (x0 + x1) / 2, y: y + bh/2 + fsIn*0.35, fs: fsIn, anchor: "middle",
						fill: chartTextOn(fill, op), class: "in", s: c})
					placed = true
					break
				}
			}
			if !placed {
				below = append(below, chartFlowItem{name: h.name, value: m.labels[0][i], fill: fill,
					class: chartHolderClass(h.id), opacity: h.opacity})
			}
		}
		if m.selected {
			w.rect(l.m-1.5, y-1.5, bw+3, bh+3, "class", "frame", "fill", "none", "stroke", chartInk, "stroke-width", "2")
		}
		y += bh
		if len(below) > 0 {
			y += 3
			w.open("g", "class", "outside")
			y += w.flow(l, l.m, y, l.inner(), below)
			w.close("g")
		}
		w.close("g")
		y += math.Round(l.fs * 0.7)
	}
	return chartSVG(d.ID, l, y+l.m-math.Round(l.fs*0.7), d.Title, d.Desc, w.b.String())
}
