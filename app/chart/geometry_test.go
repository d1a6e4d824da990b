package chart

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// Geometry checks shared by the chart tests. A text's box is estimated the
// way the charts estimate it: 0.6 × font size per character, from 0.75 ×
// font size above the baseline to 0.2 × font size below it.

type chartNode struct {
	name   string
	attr   map[string]string
	text   string
	kids   []*chartNode
	parent *chartNode
}

func (n *chartNode) walk(f func(*chartNode)) {
	f(n)
	for _, k := range n.kids {
		k.walk(f)
	}
}

func (n *chartNode) all(name string) []*chartNode {
	var out []*chartNode
	n.walk(func(c *chartNode) {
		if c.name == name {
			out = append(out, c)
		}
	})
	return out
}

func (n *chartNode) num(t testing.TB, a string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(n.attr[a], 64)
	require.NoError(t, err, "%s attribute %q of <%s>", a, n.attr[a], n.name)
	return v
}

func (n *chartNode) hasClass(c string) bool {
	for _, f := range strings.Fields(n.attr["class"]) {
		if f == c {
			return true
		}
	}
	return false
}

// ancestor returns the nearest enclosing <g> with the given attribute.
func (n *chartNode) ancestor(attr string) *chartNode {
	for p := n.parent; p != nil; p = p.parent {
		if _, ok := p.attr[attr]; ok {
			return p
		}
	}
	return nil
}

// parseChartSVG parses markup strictly as XML and returns its root.
func parseChartSVG(t testing.TB, svg string) *chartNode {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	var root, cur *chartNode
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "SVG is not well-formed XML:\n%s", svg)
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &chartNode{name: tk.Name.Local, attr: map[string]string{}, parent: cur}
			for _, a := range tk.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			if tk.Name.Local == "svg" && cur == nil {
				require.Equal(t, "http://www.w3.org/2000/svg", tk.Name.Space, "root namespace")
			}
			if cur == nil {
				require.Nil(t, root, "a single root element")
				root = n
			} else {
				cur.kids = append(cur.kids, n)
			}
			cur = n
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			if cur != nil {
				cur.text += string(tk)
			} else {
				require.Empty(t, strings.TrimSpace(string(tk)), "text outside the root")
			}
		case xml.ProcInst:
			require.True(t, tk.Target == "xml" && root == nil, "only an XML declaration, first")
		case xml.Comment, xml.Directive:
			require.Fail(t, "unexpected token", "%T in chart markup", tok)
		}
	}
	require.NotNil(t, root)
	require.Equal(t, "svg", root.name)
	return root
}

type chartBox struct{ x0, y0, x1, y1 float64 }

func (b chartBox) String() string {
	return fmt.Sprintf("[%.1f,%.1f]-[%.1f,%.1f]", b.x0, b.y0, b.x1, b.y1)
}

func (b chartBox) overlaps(o chartBox) bool {
	const eps = 0.01
	return b.x0 < o.x1-eps && o.x0 < b.x1-eps && b.y0 < o.y1-eps && o.y0 < b.y1-eps
}

func (b chartBox) inside(o chartBox) bool {
	const eps = 0.01
	return b.x0 >= o.x0-eps && b.x1 <= o.x1+eps && b.y0 >= o.y0-eps && b.y1 <= o.y1+eps
}

// textBox estimates where a <text> is drawn.
func textBox(t testing.TB, n *chartNode, rootSize float64) chartBox {
	t.Helper()
	fs := rootSize
	if n.attr["font-size"] != "" {
		fs = n.num(t, "font-size")
	}
	// A name's isolation marks (U+2068, U+2069) draw nothing.
	w := 0.6 * fs * float64(utf8.RuneCountInString(strings.NewReplacer("\u2068", "", "\u2069", "").Replace(n.text)))
	x, y := n.num(t, "x"), n.num(t, "y")
	x0 := x
	switch n.attr["text-anchor"] {
	case "middle":
		x0 = x - w/2
	case "end":
		x0 = x - w
	}
	return chartBox{x0, y - 0.75*fs, x0 + w, y + 0.2*fs}
}

func rectBox(t testing.TB, n *chartNode) chartBox {
	x, y := n.num(t, "x"), n.num(t, "y")
	return chartBox{x, y, x + n.num(t, "width"), y + n.num(t, "height")}
}

// checkChartSVG checks what every chart must satisfy and returns the root
// and its view box: one root <svg> in the SVG namespace, role="img", a
// <title> and a <desc> first and referenced by aria-labelledby /
// aria-describedby, no style attribute or element, every text and shape
// inside the view box, no two texts overlapping, every label marked "in"
// inside its segment.
func checkChartSVG(t testing.TB, svg string) (*chartNode, chartBox) {
	t.Helper()
	require.True(t, strings.HasPrefix(svg, "<svg "), "markup starts with the root element (go-app's Raw)")
	root := parseChartSVG(t, svg)
	require.Equal(t, "img", root.attr["role"])
	require.Equal(t, "100%", root.attr["width"])
	require.GreaterOrEqual(t, len(root.kids), 2)
	require.Equal(t, "title", root.kids[0].name)
	require.Equal(t, "desc", root.kids[1].name)
	require.NotEmpty(t, strings.TrimSpace(root.kids[0].text))
	require.NotEmpty(t, strings.TrimSpace(root.kids[1].text))
	require.Equal(t, root.kids[0].attr["id"], root.attr["aria-labelledby"])
	require.Equal(t, root.kids[1].attr["id"], root.attr["aria-describedby"])
	vb := strings.Fields(root.attr["viewBox"])
	require.Len(t, vb, 4)
	var v [4]float64
	for i, f := range vb {
		var err error
		v[i], err = strconv.ParseFloat(f, 64)
		require.NoError(t, err)
	}
	view := chartBox{v[0], v[1], v[0] + v[2], v[1] + v[3]}
	rootSize := root.num(t, "font-size")

	var texts []*chartNode
	var boxes []chartBox
	root.walk(func(n *chartNode) {
		_, hasStyle := n.attr["style"]
		require.False(t, hasStyle, "style attribute on <%s> (the CSP forbids inline styles)", n.name)
		require.NotEqual(t, "style", n.name)
		require.NotEqual(t, "script", n.name)
		switch n.name {
		case "text":
			require.NotEmpty(t, n.text, "empty <text>")
			b := textBox(t, n, rootSize)
			require.True(t, b.inside(view), "text %q %v outside the view box %v", n.text, b, view)
			texts, boxes = append(texts, n), append(boxes, b)
		case "rect":
			b := rectBox(t, n)
			require.GreaterOrEqual(t, b.x1-b.x0, 0.0)
			require.True(t, b.inside(view), "rect %v outside the view box %v", b, view)
		}
	})
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			require.False(t, boxes[i].overlaps(boxes[j]), "texts overlap: %q %v and %q %v",
				texts[i].text, boxes[i], texts[j].text, boxes[j])
		}
	}
	// Labels drawn inside a segment stay inside it.
	for i, n := range texts {
		if !n.hasClass("in") {
			continue
		}
		found := false
		for _, r := range n.parent.all("rect") {
			if r.hasClass("seg") && boxes[i].inside(rectBox(t, r)) {
				found = true
			}
		}
		require.True(t, found, "label %q %v is not inside a segment", n.text, boxes[i])
	}
	return root, view
}

func TestChartGeometryHelpers(t *testing.T) {
	a := chartBox{0, 0, 10, 10}
	require.True(t, a.overlaps(chartBox{5, 5, 15, 15}))
	require.False(t, a.overlaps(chartBox{10, 0, 20, 10}))
	require.True(t, chartBox{1, 1, 2, 2}.inside(a))
	require.False(t, chartBox{1, 1, 11, 2}.inside(a))
}
