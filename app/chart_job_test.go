package main

import "testing"

// A drawing in the background shows unless one started after it has shown
// already: a section opened meanwhile keeps its pictures.
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
}
