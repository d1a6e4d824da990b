package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hotFor is how long go-app's frame loop is kept running after an input.
const hotFor = 150 * time.Millisecond

// hotFrames keeps go-app's frame loop running while the reader moves a
// slider. go-app renders at its next frame, and an idle loop starts its
// next frame a whole frame (8.3 ms) after the event that wakes it, however
// soon the event's handler is done; a running loop renders at its next
// tick, right after the handler when that took longer. A frame with no
// update costs next to nothing: each one asks for the next, until hotFor
// after the last input.
type hotFrames struct {
	until   time.Time
	running bool
}

// keep keeps the loop running until hotFor from now, on the page's own
// context.
func (h *hotFrames) keep(ctx app.Context) {
	h.until = time.Now().Add(hotFor)
	if h.running || ctx.Context == nil {
		return
	}
	h.running = true
	h.next(ctx)
}

// next asks for one more frame, that renders nothing, and from it the
// next, while the time lasts.
func (h *hotFrames) next(ctx app.Context) {
	if time.Now().After(h.until) {
		h.running = false
		return
	}
	ctx.Dispatch(func(ctx app.Context) {
		ctx.PreventUpdate()
		ctx.Defer(h.next)
	})
}
