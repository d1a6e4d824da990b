package chart

import (
	"fmt"
	"math"
	"sort"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// The web of dependencies drawn from its laid-out geometry.

// drawLegend draws the legend, one item a line (a sample stroke then its
// text), and returns where it ends.
func (g *webGeometry) drawLegend(w *svgBuf, lang string, tx *text.WebTexts, s model.Scenario) float64 {
	l, maxT, moneyScale, gwScale := g.l, g.maxT, g.moneyScale, g.gwScale
	y := l.m
	sampleW := 28.0
	textX := l.m + sampleW + 6
	room := l.w - l.m - textX
	refMoney, refGW := webNice(g.maxMoney), webNice(g.maxGW)
	w.open("g", "class", "legend")
	legend := []struct {
		class, text string
		width, core float64
		dash        string
	}{
		{"leg-money", chartFit(room, l.fs, false, fmt.Sprintf(tx.LegMoney, text.Money(lang, refMoney)), fmt.Sprintf(tx.LegMoneyShort, text.Money(lang, refMoney))),
			math.Max(moneyScale(refMoney), 1), 0, ""},
		{"leg-gw", chartFit(room, l.fs, false, fmt.Sprintf(tx.LegGW, webGW(lang, refGW)), fmt.Sprintf(tx.LegGWShort, webGW(lang, refGW))),
			math.Max(gwScale(refGW), 1), 0, ""},
		{"leg-unpaid", chartFit(room, l.fs, false, fmt.Sprintf(tx.LegUnpaid, webPct(lang, s.Unpaid)), fmt.Sprintf(tx.LegUnpaidShort, webPct(lang, s.Unpaid))),
			maxT * 0.7, maxT * 0.7 * chartFloat(s.Unpaid), ""},
		{"leg-ties", chartFit(room, l.fs, false, tx.LegTies, tx.LegTiesShort), 2, 0, "6 4"},
	}
	for _, it := range legend {
		lh := math.Max(l.lh(), it.width+4)
		mid := y + lh/2
		w.open("g", "class", it.class)
		opacity := chartLight
		if it.dash != "" {
			opacity = ""
		}
		w.empty("line", "x1", chartNum(l.m), "y1", chartNum(mid), "x2", chartNum(l.m+sampleW), "y2", chartNum(mid),
			"stroke", chartMuted, "stroke-width", chartNum(it.width), "stroke-opacity", opacity, "stroke-dasharray", it.dash)
		if it.core > 0 {
			w.empty("line", "x1", chartNum(l.m), "y1", chartNum(mid), "x2", chartNum(l.m+sampleW), "y2", chartNum(mid),
				"stroke", chartMuted, "stroke-width", chartNum(it.core))
		}
		w.text(chartText{x: textX, y: mid + l.fs*0.35, fs: l.fs, fill: chartInk, s: it.text})
		w.close("g")
		y += lh
	}
	w.close("g")
	return y
}

// drawEdges draws each commitment from its node to OpenAI's box, as thick
// as the commitment, its core the part left unpaid.
func (g *webGeometry) drawEdges(w *svgBuf, lang string, t *text.Texts, tx *text.WebTexts, s model.Scenario) {
	w.open("g", "class", "edges")
	for _, id := range g.order {
		p := g.placed[id]
		n := p.node
		x1, x2 := p.x+p.w, g.boxX // from the node's inner side to the box
		if !p.left {
			x1, x2 = p.x, g.boxX+g.boxW
		}
		y1, y2 := p.y+p.h/2, g.ports[id]
		xm := (x1 + x2) / 2
		path := "M" + chartNum(x1) + " " + chartNum(y1) + " C" + chartNum(xm) + " " + chartNum(y1) + " " +
			chartNum(xm) + " " + chartNum(y2) + " " + chartNum(x2) + " " + chartNum(y2)
		w.open("g", "class", "web-edge", "tabindex", "0", "data-node", n.id)
		w.open("title")
		w.b.WriteString(chartEscape(webTip(lang, t, tx, n, s)))
		w.close("title")
		w.empty("path", "d", path, "fill", "none", "stroke", n.colour, "stroke-opacity", chartLight,
			"stroke-width", chartNum(g.thick(n, n.amount, true)), "class", "edge "+n.scale,
			"data-scale", n.scale, "data-value", text.DataValue(n.amount))
		if core := g.thick(n, n.unpaid, false); core > 0 {
			w.empty("path", "d", path, "fill", "none", "stroke", n.colour, "stroke-width", chartNum(core),
				"class", "edge-unpaid "+n.scale, "data-scale", n.scale, "data-value", text.DataValue(n.unpaid))
		}
		w.close("g")
	}
}

// drawTies draws the dashed ties to Anthropic, through the gutter on the
// column's outer side, and closes the edges' group.
func (g *webGeometry) drawTies(w *svgBuf, t *text.Texts, tx *text.WebTexts, ties []webTie) {
	placed, gutter, byID := g.placed, g.gutter, g.byID
	if a, ok := placed["anthropic"]; ok {
		// The tie from the farther node runs outside the nearer one's and
		// lands lower on Anthropic's box, so the two never cross.
		var from []webTie
		for _, tie := range ties {
			if _, ok := placed[tie.from]; ok {
				from = append(from, tie)
			}
		}
		sort.SliceStable(from, func(i, j int) bool { return placed[from[i].from].y < placed[from[j].from].y })
		for i, tie := range from {
			p := placed[tie.from]
			reach := (gutter - 2) * (1 - 0.4*float64(i)) / 0.75 // a cubic's bulge is ¾ of its control offset
			x0, dir := p.x, -1.0
			if !p.left {
				x0, dir = p.x+p.w, 1
			}
			y1 := p.y + p.h/2
			y2 := a.y + a.h*float64(len(from)-i)/float64(len(from)+1)
			cx := x0 + dir*reach
			path := "M" + chartNum(x0) + " " + chartNum(y1) + " C" + chartNum(cx) + " " + chartNum(y1) + " " +
				chartNum(cx) + " " + chartNum(y2) + " " + chartNum(x0) + " " + chartNum(y2)
			w.open("g", "class", "web-edge web-tie", "tabindex", "0", "data-node", tie.from)
			w.open("title")
			tip := fmt.Sprintf(tx.TipTie, tie.label, tie.what, t.TagLegend(tie.tag))
			if tie.quote != "" {
				tip += fmt.Sprintf(tx.TipQuote, tie.quote)
			}
			w.b.WriteString(chartEscape(tip))
			w.close("title")
			w.empty("path", "d", path, "fill", "none", "stroke", byID[tie.from].colour, "stroke-width", chartNum(tie.width),
				"stroke-dasharray", "6 4", "class", "tie")
			w.close("g")
		}
	}
	w.close("g")
}

// drawNodes draws OpenAI's box, then the headings and the nodes.
func (g *webGeometry) drawNodes(w *svgBuf, tx *text.WebTexts) {
	l, pad, nodeW, boxX, boxY, boxW, boxH := g.l, g.pad, g.nodeW, g.boxX, g.boxY, g.boxW, g.boxH
	// OpenAI.
	w.open("g", "class", "web-openai")
	w.rect(boxX, boxY, boxW, boxH, "rx", "4", "fill", chartInk, "class", "web-box")
	w.text(chartText{x: boxX + boxW/2, y: boxY + boxH/2 + l.fs*0.35, fs: l.fs, anchor: "middle", bold: true, fill: chartPaper,
		s: chartFit(boxW-6, l.fs, true, tx.OpenAI)})
	w.close("g")

	// Headings and nodes.
	for c, items := range g.cols {
		x := g.colX[c]
		for _, it := range items {
			if it.node == nil {
				w.text(chartText{x: x, y: it.y + l.fs, fs: l.fs, fill: chartMuted, class: "web-head",
					s: chartFit(nodeW, l.fs, false, it.head)})
				continue
			}
			n := it.node
			dash := ""
			if n.scale == "" {
				dash = "4 3"
			}
			w.open("g", "class", "web-node", "data-node", n.id)
			w.rect(x, it.y, nodeW, it.h, "rx", "4", "fill", chartSoft, "stroke", n.colour, "stroke-width", "1.5",
				"stroke-dasharray", dash, "class", "web-node-box")
			for k, ln := range n.lines {
				if ln.value != "" { // the line's figure in machine form, on a group around it
					w.open("g", "data-value", ln.value)
				}
				w.text(chartText{x: x + pad, y: it.y + pad + float64(k)*l.lh() + l.fs, fs: l.fs, bold: ln.bold,
					class: ln.class, s: chartFit(nodeW-2*pad, l.fs, ln.bold, ln.cands...)})
				if ln.value != "" {
					w.close("g")
				}
			}
			w.close("g")
		}
	}
}
