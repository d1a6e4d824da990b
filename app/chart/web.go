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
	"sort"
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

// webItem is one entry of a column: a heading (node == nil) or a node.
type webItem struct {
	head string
	node *webNode
	y, h float64 // top and height, once laid out
}

// webPlaced is where a node ended up.
type webPlaced struct {
	x, y, w, h float64
	node       *webNode
	left       bool // its column is left of OpenAI (edges leave from its right side)
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

// webGeometry is one layout of the web: its sizes and scales, then, once
// laid out, where every node, heading, OpenAI's box and each edge's port on
// it are. Layout comes first, drawing reads it.
type webGeometry struct {
	l                                  chartLayout
	wide                               bool
	pad, gutter, vg, maxT, boxW, nodeW float64
	nodes                              []webNode
	byID                               map[string]*webNode
	maxMoney, maxGW                    decimal.Decimal
	moneyScale, gwScale                func(decimal.Decimal) float64

	cols             [][]webItem
	colX             []float64
	colLeft          []bool
	placed           map[string]webPlaced
	order            []string // the nodes with an edge to OpenAI, in column order
	boxX, boxY, boxH float64
	ports            map[string]float64
	bottom           float64
}

func newWebGeometry(l chartLayout, nodes []webNode) *webGeometry {
	g := &webGeometry{l: l, wide: l.key == "w", pad: 5, gutter: 16, vg: math.Round(l.fs * 0.6), maxT: 18, boxW: 80, nodeW: 200,
		nodes: nodes, byID: map[string]*webNode{}}
	// gutter: the outer side of the column holding Anthropic, where the
	// dashed ties run.
	if !g.wide {
		g.gutter, g.maxT, g.boxW = 14, 14, 56
		g.nodeW = l.w - 2*l.m - g.gutter - g.boxW - 54
	}
	// Scales: the thickest edge of each scale is maxT; a commitment above
	// zero is at least a pixel.
	g.maxMoney, g.maxGW = decimal.Zero, decimal.Zero
	for i, n := range nodes {
		g.byID[n.id] = &nodes[i]
		if n.scale == "gw" {
			g.maxGW = decimal.Max(g.maxGW, n.amount)
		} else {
			g.maxMoney = decimal.Max(g.maxMoney, n.amount)
		}
	}
	g.moneyScale, g.gwScale = chartScale(g.maxMoney, g.maxT), chartScale(g.maxGW, g.maxT)
	return g
}

// thick is the width of n's edge for value v on n's scale.
func (g *webGeometry) thick(n *webNode, v decimal.Decimal, floor bool) float64 {
	sc := g.moneyScale
	if n.scale == "gw" {
		sc = g.gwScale
	}
	w := sc(v)
	if floor {
		w = math.Max(w, 1)
	}
	return w
}

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

// layout places the headings and nodes in their columns from top, then
// OpenAI's box and the ports where the edges reach it.
func (g *webGeometry) layout(tx *text.WebTexts, top float64) {
	l, wide, pad, vg, gutter, nodeW, boxW, nodes := g.l, g.wide, g.pad, g.vg, g.gutter, g.nodeW, g.boxW, g.nodes
	anth := &webNode{id: "anthropic", name: tx.NameAnthropic, colour: chartMuted, lines: []webLine{
		{class: "web-name", bold: true, cands: []string{tx.NameAnthropic}},
		{class: "web-tie", cands: []string{tx.TieAmazon + " · A", tx.TieAmazon, tx.TieAmazonShort, tx.TieAmazonShorter}},
		{class: "web-tie", cands: []string{tx.TieMicrosoft + " · A", tx.TieMicrosoft, tx.TieMicrosoftShort, tx.TieMicrosoftShorter}},
	}}
	moneyCol := []webItem{{head: tx.HeadMoney}}
	gwCol := []webItem{{head: tx.HeadGW}}
	for i := range nodes {
		if nodes[i].scale == "gw" {
			gwCol = append(gwCol, webItem{node: &nodes[i]})
		} else {
			moneyCol = append(moneyCol, webItem{node: &nodes[i]})
		}
	}
	tieItems := []webItem{{head: tx.HeadTies}, {node: anth}}
	height := func(it webItem) float64 {
		if it.node == nil {
			return l.lh()
		}
		return 2*pad + float64(len(it.node.lines))*l.lh()
	}
	stack := func(items []webItem, top float64) ([]webItem, float64) {
		yy := top
		for i := range items {
			items[i].y, items[i].h = yy, height(items[i])
			yy += items[i].h + vg
		}
		return items, yy - vg - top
	}

	var cols [][]webItem
	var colX []float64
	var colLeft []bool
	var boxX float64
	if wide {
		leftX := l.m + gutter
		rightX := l.w - l.m - nodeW
		boxX = math.Round((leftX+nodeW+rightX)/2 - boxW/2)
		left, hl := stack(append(moneyCol, tieItems...), top)
		right, hr := stack(gwCol, top)
		if hr < hl { // the chips' column centred beside the contracts
			right, _ = stack(gwCol, top+math.Round((hl-hr)/2))
		}
		cols, colX, colLeft = [][]webItem{left, right}, []float64{leftX, rightX}, []bool{true, false}
	} else {
		boxX = l.m
		x := l.w - l.m - gutter - nodeW
		all := append(append(moneyCol, gwCol...), tieItems...)
		col, _ := stack(all, top)
		cols, colX, colLeft = [][]webItem{col}, []float64{x}, []bool{false}
	}

	placed := map[string]webPlaced{}
	var order []string
	bottom := top
	for c, items := range cols {
		for _, it := range items {
			bottom = math.Max(bottom, it.y+it.h)
			if it.node != nil {
				placed[it.node.id] = webPlaced{x: colX[c], y: it.y, w: nodeW, h: it.h, node: it.node, left: colLeft[c]}
				if it.node.scale != "" {
					order = append(order, it.node.id)
				}
			}
		}
	}

	// OpenAI's box: in the wide layout, tall enough for the edges of its
	// busier side, centred on the suppliers; in the narrow one, a spine as
	// tall as the suppliers, every edge straight.
	spanTop, spanBottom := math.Inf(1), math.Inf(-1)
	for _, id := range order {
		p := placed[id]
		spanTop, spanBottom = math.Min(spanTop, p.y), math.Max(spanBottom, p.y+p.h)
	}
	sides := map[bool][]string{}
	for _, id := range order {
		sides[placed[id].left] = append(sides[placed[id].left], id)
	}
	portGap := 3.0
	need := 0.0
	for _, ids := range sides {
		sum := 0.0
		for _, id := range ids {
			sum += g.thick(g.byID[id], g.byID[id].amount, true)
		}
		need = math.Max(need, sum+portGap*float64(len(ids)-1)+2*pad)
	}
	var boxY, boxH float64
	if wide {
		boxH = math.Ceil(math.Max(math.Max(need, 0.55*(spanBottom-spanTop)), l.lh()+2*pad))
		boxY = math.Round((spanTop+spanBottom)/2 - boxH/2)
	} else {
		boxY, boxH = spanTop, spanBottom-spanTop
	}
	ports := map[string]float64{}
	for _, ids := range sides {
		if !wide {
			for _, id := range ids {
				ports[id] = placed[id].y + placed[id].h/2
			}
			continue
		}
		sum := 0.0
		for _, id := range ids {
			sum += g.thick(g.byID[id], g.byID[id].amount, true)
		}
		extra := (boxH - 2*pad - sum) / float64(len(ids))
		yy := boxY + pad + extra/2
		for _, id := range ids {
			t := g.thick(g.byID[id], g.byID[id].amount, true)
			ports[id] = yy + t/2
			yy += t + extra
		}
	}
	g.cols, g.colX, g.colLeft, g.placed, g.order, g.bottom = cols, colX, colLeft, placed, order, bottom
	g.boxX, g.boxY, g.boxH, g.ports = boxX, boxY, boxH, ports
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
