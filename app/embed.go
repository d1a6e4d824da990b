package main

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/embedcode"
)

// heightReporter sends the page's height to the parent window when the page
// is embedded (embed=1), in the three forms newsroom pages already listen
// to: Datawrapper's {"datawrapper-height": {id: px}} (id: the URL's childId,
// else "roundcalc"), Pym.js's "pymxPYMx<childId>xPYMxheightxPYMx<px>" (when
// the URL carries a childId of the form Pym.js makes) and AMP's
// {sentinel: "amp", type: "embed-size", height: px}. It reads no message
// from the parent.
type heightReporter struct {
	childID   string // Pym.js child id, "" when absent or refused
	last      int
	observing bool // a ResizeObserver reports every change of size
}

func newHeightReporter(q url.Values) *heightReporter {
	return &heightReporter{childID: embedcode.ChildID(q)}
}

func bodyMarginBottom(win app.BrowserWindow) float64 {
	body := win.Get("document").Get("body")
	if !body.Truthy() {
		return 0
	}
	style := win.Call("getComputedStyle", body)
	px := strings.TrimSuffix(style.Get("marginBottom").String(), "px")
	pad := strings.TrimSuffix(style.Get("paddingBottom").String(), "px")
	m, _ := strconv.ParseFloat(px, 64)
	q, _ := strconv.ParseFloat(pad, 64)
	return m + q
}

// observe reports the height whenever the content's size changes: a
// recompute, an error message, a narrower column, fonts.
func (h *heightReporter) observe() {
	win := app.Window()
	content := win.Get("document").Call("querySelector", ".page")
	if !content.Truthy() || !win.Get("ResizeObserver").Truthy() {
		return
	}
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		h.report()
		return nil
	})
	win.Get("ResizeObserver").New(cb).Call("observe", content)
	h.observing = true
}

// report posts the height if it changed since the last post.
func (h *heightReporter) report() {
	win := app.Window()
	parent := win.Get("parent")
	if !parent.Truthy() || parent.Equal(win) {
		return // not framed
	}
	// The content's own height: scrollHeight never drops below the frame's
	// current height, so a frame the parent has grown could never shrink.
	content := win.Get("document").Call("querySelector", ".page")
	if !content.Truthy() {
		return
	}
	rect := content.Call("getBoundingClientRect")
	height := int(math.Ceil(rect.Get("bottom").Float() + win.Get("scrollY").Float() + bodyMarginBottom(win)))
	if height == h.last {
		return
	}
	h.last = height
	id := h.childID
	if id == "" {
		id = "roundcalc"
	}
	dw := map[string]any{"datawrapper-height": map[string]any{id: height}}
	parent.Call("postMessage", dw, "*")
	if h.childID != "" {
		parent.Call("postMessage", "pymxPYMx"+h.childID+"xPYMxheightxPYMx"+strconv.Itoa(height), "*")
	}
	amp := map[string]any{"sentinel": "amp", "type": "embed-size", "height": height}
	parent.Call("postMessage", amp, "*")
}
