package main

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hotHost keeps the frame loop running once, and counts its renders.
type hotHost struct {
	app.Compo
	hot     hotFrames
	renders int
}

func (h *hotHost) OnPreRender(ctx app.Context) { h.hot.keep(ctx) }

func (h *hotHost) Render() app.UI {
	h.renders++
	return app.Div()
}

// The frames kept running during a drag render nothing, and stop on their
// own once the input has paused for hotFor.
func TestHotFramesRenderNothingAndStop(t *testing.T) {
	e := app.NewTestEngine()
	h := &hotHost{}
	require.NoError(t, e.Load(h))
	before := h.renders
	start := time.Now()
	done := make(chan struct{})
	go func() { e.ConsumeAll(); close(done) }() // returns once no frame asks for another
	select {
	case <-done:
	case <-time.After(10 * hotFor):
		t.Fatal("the frames did not stop")
	}
	assert.False(t, h.hot.running)
	assert.GreaterOrEqual(t, time.Since(start), hotFor, "the loop ran for hotFor")
	// Hundreds of frames pass in the test engine, which has no clock
	// between them; it renders once for the first dispatch of a context
	// made in OnPreRender, PreventUpdate or not.
	assert.LessOrEqual(t, h.renders-before, 1, "renders while the frames ran")
}
