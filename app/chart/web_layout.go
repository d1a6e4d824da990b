package chart

import (
	"math"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/shopspring/decimal"
)

// Where the web of dependencies' parts go: columns, OpenAI's box and the
// edges' ports on it, for one layout.

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
