package chart

// Legends and labels: the lists that flow under a picture's title, the
// labels placed beside or inside bars, and a block's two-line header.

import (
	"math"
	"strings"
)

// chartFlowItem is one item of a flowing list (a legend, or the small
// segments listed below a bar): a swatch, a name and an optional value.
// When the line is too short, the name is shortened, never the value.
type chartFlowItem struct {
	name    string
	short   string // a shorter name, used when name does not fit
	value   string
	fill    string
	class   string
	opacity string // fill-opacity of the swatch ("" = 1)
	stroke  string // swatch outline ("" = none)
	// line: the item is a line of the picture, its swatch a short stroke
	// (dashed with dash, a stroke-dasharray) rather than a square.
	line bool
	dash string
}

// flow draws items from (x0, top) within width, wrapping lines, and
// returns the height used.
func (w *svgBuf) flow(l chartLayout, x0, top, width float64, items []chartFlowItem) float64 {
	if len(items) == 0 {
		return 0
	}
	sz := math.Round(l.fs * 0.75) // a square swatch's size
	gap := l.fs                   // between items
	x, line := x0, 0
	for _, it := range items {
		sw := sz // the swatch's width
		if it.line {
			sw = math.Round(sz * 1.8) // room for a dash and its gap
		}
		if it.short != "" && chartTextWidth(it.name, l.fs, false) > width-sw-4 {
			it.name = it.short
		}
		text := it.name
		if it.value != "" {
			text += " " + it.value
		}
		if room := width - sw - 4; chartTextWidth(text, l.fs, false) > room {
			if it.value == "" {
				text = chartTruncate(it.name, room, l.fs, false)
			} else {
				name := chartTruncate(it.name, room-chartTextWidth(" "+it.value, l.fs, false), l.fs, false)
				text = strings.TrimSpace(name + " " + it.value)
			}
		}
		iw := sw + 4 + chartTextWidth(text, l.fs, false)
		if x > x0 && x+iw > x0+width {
			x, line = x0, line+1
		}
		base := top + float64(line)*l.lh() + l.fs
		if it.line {
			mid := chartNum(base - sz/2 + 1)
			w.empty("line", "x1", chartNum(x), "y1", mid, "x2", chartNum(x+sw), "y2", mid, "stroke", it.fill,
				"stroke-width", "2.5", "stroke-dasharray", it.dash, "class", strings.TrimSpace("swatch-line "+it.class))
		} else {
			w.rect(x, base-sw+1, sw, sw, "class", strings.TrimSpace("swatch "+it.class), "fill", it.fill,
				"fill-opacity", it.opacity, "stroke", it.stroke)
		}
		w.text(chartText{x: x + sw + 4, y: base, fs: l.fs, anchor: "start", s: text})
		x += iw + gap
	}
	return float64(line+1) * l.lh()
}

// chartBarLabel places a bar's value label: to the right of the bar when it
// fits in the view box, inside the bar's end when it fits there, else on a
// line of its own above the bar (above = true; the caller leaves room).
type chartBarLabel struct {
	text  string
	x     float64
	anch  string
	fill  string
	above bool
}

func chartPlaceLabel(l chartLayout, x0, barW float64, barFill string, barOpacity float64, candidates ...string) chartBarLabel {
	pad := 5.0
	right := l.w - l.m - (x0 + barW + pad)
	for _, c := range candidates { // the longest label that fits, right of the bar or inside it
		tw := chartTextWidth(c, l.fs, false)
		if tw <= right {
			return chartBarLabel{text: c, x: x0 + barW + pad, anch: "start", fill: chartInk}
		}
		if tw+2*pad <= barW {
			return chartBarLabel{text: c, x: x0 + barW - pad, anch: "end", fill: chartTextOn(barFill, barOpacity)}
		}
	}
	return chartBarLabel{text: chartFit(l.inner(), l.fs, false, candidates...), x: l.m, anch: "start",
		fill: chartInk, above: true}
}

// header writes a bold name at the left and a figure at the right on
// one line when both fit, else on two lines; it returns the height used.
func (w *svgBuf) header(l chartLayout, top float64, name string, right []string, rightFill string, halo bool) float64 {
	nameW := chartTextWidth(name, l.fs, true)
	gap := l.fs
	for _, r := range right {
		if nameW+gap+chartTextWidth(r, l.fs, false) <= l.inner() {
			w.text(chartText{x: l.m, y: top + l.fs, fs: l.fs, bold: true, halo: halo, s: name})
			w.text(chartText{x: l.w - l.m, y: top + l.fs, fs: l.fs, anchor: "end", fill: rightFill, halo: halo, s: r})
			return l.lh()
		}
	}
	w.text(chartText{x: l.m, y: top + l.fs, fs: l.fs, bold: true, halo: halo, s: chartTruncate(name, l.inner(), l.fs, true)})
	if len(right) == 0 {
		return l.lh()
	}
	w.text(chartText{x: l.m, y: top + l.lh() + l.fs, fs: l.fs, fill: rightFill, halo: halo,
		s: chartFit(l.inner(), l.fs, false, right...)})
	return 2 * l.lh()
}
