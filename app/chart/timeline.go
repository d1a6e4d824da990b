package chart

import (
	"fmt"
	"math"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// Valuations of the timeline, $B, each with its source tag.
const (
	chartMar25Post = 300  // March 2025 round, post-money (A)
	chartOct25     = 500  // October 2025 secondary sale (R)
	chartRoundPre  = 730  // this round, pre-money (A)
	chartRoundPost = 840  // this round, post-money (A)
	chartIPOTarget = 1000 // IPO expected end of 2026 (A)
)

// chartStep is one row of the timeline: a moment and a valuation, or a
// round's pre-money and post-money.
type chartStep struct {
	when, what string
	pre, post  decimal.Decimal // pre is zero for a single valuation
	mine       bool            // the reader's own scenario
	class      string
}

// timelineChart puts the reader's scenario (pre-money, post-money in the
// selected view, IPO valuation) on the road from March 2025 to the IPO:
// one row per moment, in order, each a bar on one shared scale.
func timelineChart(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) Data {
	tx := &t.Chart
	o := r.View(view)
	n := decimal.NewFromInt
	steps := []chartStep{
		{when: tx.TimelineMar25, what: tx.TimelineMar25D, post: n(chartMar25Post), class: "mar25"},
		{when: tx.TimelineOct25, what: tx.TimelineOct25D, post: n(chartOct25), class: "oct25"},
		{when: tx.TimelineRound, what: tx.TimelineRoundD, pre: n(chartRoundPre), post: n(chartRoundPost), class: "round"},
		{when: tx.TimelineMine, what: fmt.Sprintf(tx.TimelineMineD, chartViewName(t, view)), pre: s.PreMoney, post: o.PostMoney,
			mine: true, class: "mine-round"},
		{when: tx.TimelineIPO, what: tx.TimelineIPOD, post: n(chartIPOTarget), class: "ipo"},
		{when: tx.TimelineMyipo, what: tx.TimelineMyipoD, post: s.IPO, mine: true, class: "mine-ipo"},
	}
	d := Data{ID: "timeline", Title: tx.TimelineTitle, File: tx.TimelineFile + "-" + string(view) + ".svg"}
	d.Desc = fmt.Sprintf(tx.TimelineDesc, text.Money(lang, n(chartMar25Post)), text.Money(lang, n(chartOct25)),
		text.Money(lang, n(chartRoundPre)), text.Money(lang, n(chartRoundPost)), text.Money(lang, n(chartIPOTarget)),
		chartViewName(t, view), text.Money(lang, s.PreMoney), text.Money(lang, o.PostMoney), text.Money(lang, s.IPO))
	d.Table = [][]string{{tx.TimelineColWhen, tx.TimelineColWhat, tx.TimelineColValue}}
	for _, st := range steps {
		d.Table = append(d.Table, []string{st.when, st.what, chartStepValue(lang, tx, st)[0]})
	}
	ls := chartLayouts()
	d.SVG = chartTimelineSVG(ls[0], lang, tx, d, steps)
	d.Narrow = chartTimelineSVG(ls[1], lang, tx, d, steps)
	return d
}

// chartStepValue is a row's value label, longest first.
func chartStepValue(lang string, tx *text.ChartTexts, st chartStep) []string {
	if st.pre.IsZero() {
		return []string{text.Money(lang, st.post)}
	}
	return []string{
		fmt.Sprintf(tx.TimelinePrepost, text.Money(lang, st.pre), text.Money(lang, st.post)),
		fmt.Sprintf(tx.TimelinePrepostS, text.Money(lang, st.pre), text.Money(lang, st.post)),
	}
}

func chartTimelineSVG(l chartLayout, lang string, tx *text.ChartTexts, d Data, steps []chartStep) string {
	var w svgBuf
	y := l.m
	max := decimal.Zero
	for _, st := range steps {
		max = decimal.Max(max, st.pre, st.post)
	}
	scale := chartScale(max, l.inner())
	bh := math.Round(l.fs * 1.3)
	for i, st := range steps {
		fill, textFill := chartMuted, chartInk
		if st.mine {
			fill, textFill = chartAccent, chartAccent
		}
		w.open("g", "class", "step "+st.class)
		head := chartFit(l.inner(), l.fs, true, st.when+" · "+st.what, st.when)
		w.text(chartText{x: l.m, y: y + l.fs, fs: l.fs, bold: true, fill: textFill, s: head})
		y += l.lh()
		solid := st.post
		if !st.pre.IsZero() {
			solid = st.pre
		}
		ws, wt := scale(solid), scale(st.post)
		labels := chartStepValue(lang, tx, st)
		lab := chartPlaceLabel(l, l.m, wt, fill, 1, labels...)
		if !lab.above && lab.anch == "end" && wt > ws {
			// Inside the bar's end: on the lighter new-money part if it fits
			// there, else on a line of its own (no text across two fills).
			if lab.x-chartTextWidth(lab.text, l.fs, false) >= l.m+ws {
				lab.fill = chartTextOn(fill, 0.35)
			} else {
				lab = chartBarLabel{text: chartFit(l.inner(), l.fs, false, labels...), x: l.m, anch: "start",
					fill: chartInk, above: true}
			}
		}
		if lab.above {
			w.text(chartText{x: lab.x, y: y + l.fs, fs: l.fs, anchor: lab.anch, fill: lab.fill, s: lab.text})
			y += l.lh()
		}
		w.rect(l.m, y, ws, bh, "class", "bar pre", "fill", fill, "data-value", text.DataValue(solid))
		if wt > ws {
			w.rect(l.m+ws, y, wt-ws, bh, "class", "bar new-money", "fill", fill, "fill-opacity", chartLight,
				"stroke", fill, "data-value", text.DataValue(st.post.Sub(solid)))
		}
		if !lab.above {
			w.text(chartText{x: lab.x, y: y + bh/2 + l.fs*0.35, fs: l.fs, anchor: lab.anch, fill: lab.fill, s: lab.text})
		}
		w.close("g")
		y += bh
		if i < len(steps)-1 {
			y += math.Round(l.fs * 0.6)
		}
	}
	return chartSVG(d.ID, l, y+l.m, d.Title, d.Desc, w.b.String())
}
