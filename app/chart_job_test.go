package main

import "testing"

// A drawing in the background shows unless one started after it has shown
// already (a section opened meanwhile keeps its pictures), or the figures
// changed while it was drawn.
func TestChartRunsOrder(t *testing.T) {
	var c chartRuns
	background := c.start() // a drag's pictures, drawn off the input path
	if !c.show(c.start()) { // a section opens: drawn and shown at once
		t.Fatal("the drawing at once did not show")
	}
	if c.show(background) {
		t.Error("the older background drawing replaced the newer one")
	}
	later := c.start()
	if !c.show(later) {
		t.Error("a background drawing started after the shown one did not show")
	}
	// A move, then its way back before the move's drawing is done: the
	// move's drawing would show a scenario the figures no longer show.
	c.ask()
	move := c.start()
	c.ask()
	back := c.start()
	if c.show(move) {
		t.Error("a drawing of figures changed since showed")
	}
	if !c.show(back) {
		t.Error("the drawing of the figures on screen did not show")
	}
}
