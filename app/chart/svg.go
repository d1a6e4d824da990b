// Package chart draws the page's pictures as SVG: the ownership before and
// after the round, the flows, each partner's exposure in a collapse, the
// timeline, the web of dependencies and the sensitivity lines under the
// sliders. It is pure Go: a scenario, its results and the texts in, SVG
// markup and the data tables out, with no go-app and no syscall/js, so it
// builds and tests natively in seconds. The page shows each chart in its
// figure component and draws the sensitivity lines off the input path.
//
// Money and stakes stay decimal.Decimal; a figure becomes a float64 only
// when it turns into a pixel coordinate.
//
// Text width is estimated, not measured: 0.6 × font size per character
// (1 × font size for East Asian wide characters and emoji, 0.64 for bold
// text). Every layout decision (label inside or outside a segment, one line
// or two, truncation) uses that estimate, and the tests check the result
// with the same rule: every text inside the view box, no two texts
// overlapping, every label inside its segment.
package chart

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
)

// Data is one chart, ready to show: the SVG markup in two layouts, its
// title and description, its data as a table (the accessible alternative)
// and the file name for a download.
type Data struct {
	ID     string     // ownership, flows, exposure, timeline: data-testid "chart-"+ID
	SVG    string     // wide layout (viewBox 640 wide); also the downloaded file
	Narrow string     // narrow layout (viewBox 360 wide) for containers under 34rem
	Title  string     // short title, also the SVG's <title>
	Desc   string     // one or two sentences with the key figures, also <desc>
	Table  [][]string // header row, then one row per item
	File   string     // download file name, e.g. "openai-ownership-all.svg"
}

// Standalone is the content of a downloaded chart: an XML declaration and
// the wide layout (its fill and font attributes keep it styled anywhere).
func (d Data) Standalone() string {
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + strings.TrimSpace(d.SVG) + "\n"
}

// chartLayout sizes one rendering of a chart. Font sizes are in px of the
// view box: the wide layout at 640 px wide shows text at 14 px; the narrow
// one at 320 px wide shows its 13 px text at about 11.5 px.
type chartLayout struct {
	key string  // id suffix: "w" or "n"
	w   float64 // view box width
	fs  float64 // font size of every label
	m   float64 // outer margin
}

func (l chartLayout) lh() float64    { return math.Round(l.fs * 1.45) } // line height
func (l chartLayout) inner() float64 { return l.w - 2*l.m }             // usable width

// column is the layout of the strip [x0, x1] of l's view box, for drawing
// helpers that span the margins: its left margin is x0 and its right edge
// x1 (w = x0 + x1 puts w - m at x1). Its w is not a view box's.
func (l chartLayout) column(x0, x1 float64) chartLayout {
	return chartLayout{key: l.key, w: x0 + x1, fs: l.fs, m: x0}
}

func chartLayouts() [2]chartLayout {
	return [2]chartLayout{{key: "w", w: 640, fs: 14, m: 8}, {key: "n", w: 360, fs: 13, m: 6}}
}

// Colours. Holders keep the Okabe-Ito colours of web/app.css (--h-*); the
// page's stylesheet sets the same colours through the classes, the fill
// attributes keep them in a downloaded file.
const (
	chartInk    = "#1b1d21"
	chartMuted  = "#5b616b"
	chartLine   = "#d9dce1"
	chartSoft   = "#f4f5f7"
	chartAccent = "#0b5cad"
	chartPaper  = "#ffffff"
	chartFont   = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
	chartLight  = "0.35" // fill-opacity of outlined bars (cash in, unpaid, new money)
)

// chartHolderClass returns the colour class of a holder: h-msft … h-others,
// h-x for every holder a reader adds.
func chartHolderClass(id string) string {
	switch id {
	case "msft", "fdn", "sftb", "nvda", "amzn", "others":
		return "h-" + id
	}
	return "h-x"
}

// chartHolderColour returns a holder's fill colour.
func chartHolderColour(id string) string {
	switch id {
	case "msft":
		return "#0072b2"
	case "fdn":
		return "#009e73"
	case "sftb":
		return "#d55e00"
	case "nvda":
		return "#56b4e9"
	case "amzn":
		return "#e69f00"
	case "others":
		return "#999999"
	}
	return "#cc79a7"
}

// chartLuminance is the WCAG relative luminance of #rrggbb, blended over
// white with the given opacity.
func chartLuminance(hex string, opacity float64) float64 {
	lin := func(c float64) float64 {
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	v, _ := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	ch := func(shift uint) float64 {
		c := float64((v>>shift)&0xff) / 255
		return lin(c*opacity + (1 - opacity))
	}
	return 0.2126*ch(16) + 0.7152*ch(8) + 0.0722*ch(0)
}

// chartTextOn returns the text colour (ink or white) with the better
// contrast on a fill.
func chartTextOn(hex string, opacity float64) string {
	l := chartLuminance(hex, opacity)
	ink := chartLuminance(chartInk, 1)
	if (1+0.05)/(l+0.05) > (l+0.05)/(ink+0.05) {
		return chartPaper
	}
	return chartInk
}

// chartTextWidth estimates the width of s at font size fs.
func chartTextWidth(s string, fs float64, bold bool) float64 {
	per := 0.6
	if bold {
		per = 0.64
	}
	w := 0.0
	for _, r := range s {
		if r == '\u2068' || r == '\u2069' { // a name's isolation marks draw nothing
			continue
		}
		if chartWideRune(r) {
			w += 1
		} else {
			w += per
		}
	}
	return w * fs
}

func chartWideRune(r rune) bool {
	return r >= 0x1100 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0xff00 && r <= 0xff60) || (r >= 0x2e80 && r <= 0xa4cf) || r >= 0x1f000)
}

// chartFit returns the first candidate that fits in width at font size fs,
// else the last one shortened with an ellipsis ("" if not even one
// character fits).
func chartFit(width, fs float64, bold bool, candidates ...string) string {
	for _, c := range candidates {
		if chartTextWidth(c, fs, bold) <= width {
			return c
		}
	}
	if len(candidates) == 0 {
		return ""
	}
	return chartTruncate(candidates[len(candidates)-1], width, fs, bold)
}

// chartTruncate shortens s with an ellipsis until it fits.
func chartTruncate(s string, width, fs float64, bold bool) string {
	if chartTextWidth(s, fs, bold) <= width {
		return s
	}
	// A name isolated for the bidirectional algorithm stays isolated once
	// shortened.
	if inner, ok := strings.CutPrefix(s, "\u2068"); ok && strings.HasSuffix(inner, "\u2069") {
		if short := chartTruncate(strings.TrimSuffix(inner, "\u2069"), width, fs, bold); short != "" {
			return "\u2068" + short + "\u2069"
		}
		return ""
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		c := strings.TrimRight(string(r[:n]), " ,·:–—-") + "…"
		if chartTextWidth(c, fs, bold) <= width {
			return c
		}
	}
	return ""
}

// chartEscape escapes text for XML content and attributes, and drops the
// characters XML 1.0 does not allow at all.
func chartEscape(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != 0xef
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(' ')
		case r < 0x20 || (r >= 0xd800 && r <= 0xdfff) || r == 0xfffe || r == 0xffff:
			// not an XML character: dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// chartNum writes a coordinate with at most 2 decimals.
func chartNum(v float64) string {
	v = math.Round(v*100) / 100
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// chartFloat turns a decimal into a float64 for a pixel coordinate only.
// The model's figures carry up to 30 decimals, which send InexactFloat64
// through big.Rat (35 µs as wasm); 9 decimals are plenty for a pixel and
// keep it on its fast path (3 µs).
func chartFloat(d decimal.Decimal) float64 {
	if d.Exponent() < -9 {
		d = d.Round(9)
	}
	return d.InexactFloat64()
}

// svgBuf writes SVG elements. Attributes come as name, value pairs; values
// are escaped here.
type svgBuf struct{ b strings.Builder }

func (w *svgBuf) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		w.b.WriteByte(' ')
		w.b.WriteString(kv[i])
		w.b.WriteString(`="`)
		w.b.WriteString(chartEscape(kv[i+1]))
		w.b.WriteByte('"')
	}
}

func (w *svgBuf) open(tag string, kv ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(tag)
	w.attrs(kv)
	w.b.WriteByte('>')
}

func (w *svgBuf) close(tag string) {
	w.b.WriteString("</")
	w.b.WriteString(tag)
	w.b.WriteByte('>')
}

func (w *svgBuf) empty(tag string, kv ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(tag)
	w.attrs(kv)
	w.b.WriteString("/>")
}

// rect draws a rectangle; extra attributes follow.
func (w *svgBuf) rect(x, y, width, height float64, kv ...string) {
	w.empty("rect", append([]string{"x", chartNum(x), "y", chartNum(y),
		"width", chartNum(math.Max(width, 0)), "height", chartNum(height)}, kv...)...)
}

// chartText is one label.
type chartText struct {
	x, y   float64 // anchor point and baseline
	fs     float64
	anchor string // start, middle, end
	fill   string
	bold   bool
	halo   bool // a white outline under the glyphs, for text drawn over grid lines
	class  string
	s      string
}

func (w *svgBuf) text(t chartText) {
	if t.s == "" {
		return
	}
	anchor := t.anchor
	if anchor == "start" {
		anchor = ""
	}
	weight := ""
	if t.bold {
		weight = "bold"
	}
	fill := t.fill
	if fill == "" {
		fill = chartInk
	}
	halo := [6]string{}
	if t.halo {
		halo = [6]string{"stroke", chartPaper, "stroke-width", "3", "paint-order", "stroke"}
	}
	w.open("text", "x", chartNum(t.x), "y", chartNum(t.y), "font-size", chartNum(t.fs),
		"text-anchor", anchor, "font-weight", weight, "fill", fill, "class", t.class,
		halo[0], halo[1], halo[2], halo[3], halo[4], halo[5])
	w.b.WriteString(chartEscape(t.s))
	w.close("text")
}

// chartSVG wraps a chart's body in the root element with its title and
// description. id must be unique in the page: ids of the two layouts differ
// by their suffix.
func chartSVG(id string, l chartLayout, height float64, title, desc, body string) string {
	var w svgBuf
	rid := "chart-" + id + "-" + l.key
	w.open("svg", "xmlns", "http://www.w3.org/2000/svg",
		"viewBox", "0 0 "+chartNum(l.w)+" "+chartNum(math.Ceil(height)),
		"width", "100%", "role", "img",
		"aria-labelledby", rid+"-t", "aria-describedby", rid+"-d",
		"class", "chart-svg chart-"+id, "font-family", chartFont, "font-size", chartNum(l.fs))
	w.open("title", "id", rid+"-t")
	w.b.WriteString(chartEscape(title))
	w.close("title")
	w.open("desc", "id", rid+"-d")
	w.b.WriteString(chartEscape(desc))
	w.close("desc")
	w.b.WriteString(body)
	w.close("svg")
	return w.b.String()
}

// chartScale maps a non-negative amount to a bar length: width for max.
func chartScale(max decimal.Decimal, width float64) func(decimal.Decimal) float64 {
	if max.Sign() <= 0 {
		return func(decimal.Decimal) float64 { return 0 }
	}
	m := chartFloat(max)
	return func(d decimal.Decimal) float64 {
		if d.Sign() <= 0 {
			return 0
		}
		return chartFloat(d) / m * width
	}
}

// chartSigned formats money with an explicit sign: +236,2 Md$ / −64,6 Md$.
func chartSigned(lang string, d decimal.Decimal) string {
	s := text.Money(lang, d)
	if d.Round(2).Sign() > 0 {
		return "+" + s
	}
	return s
}

func hundred() decimal.Decimal { return decimal.NewFromInt(100) }
