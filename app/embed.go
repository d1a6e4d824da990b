package main

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// heightReporter sends the page's height to the parent window when the page
// is embedded (embed=1), in the three forms newsroom pages already listen
// to (FACTS.md, last section): Datawrapper's, Pym.js's (when the URL carries
// childId) and AMP's. It reads no message from the parent.
type heightReporter struct {
	childID string // Pym.js child id, "" when absent
	last    int
}

func newHeightReporter(q url.Values) *heightReporter {
	return &heightReporter{childID: q.Get("childId")}
}

// report posts the height if it changed since the last post.
func (h *heightReporter) report() {
	win := app.Window()
	parent := win.Get("parent")
	if !parent.Truthy() || parent.Equal(win) {
		return // not framed
	}
	doc := win.Get("document").Get("documentElement")
	height := doc.Get("scrollHeight").Int()
	if body := win.Get("document").Get("body"); body.Truthy() {
		if b := body.Get("scrollHeight").Int(); b > height {
			height = b
		}
	}
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
