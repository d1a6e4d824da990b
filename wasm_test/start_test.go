//go:build !js

package wasmtest

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestPageStartsAtFirstMove: the full page is readable, with its exact
// figures, before its program runs; the program, compiled off the main
// thread as the page loads, starts at the reader's first move (which is
// kept), or after a few seconds without one.
func TestPageStartsAtFirstMove(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("first move", func(t *testing.T) {
		navigate(t, ctx, srv.URL+"/?lang=fr")
		poll(t, ctx, `["held", "started"].includes(document.documentElement.dataset.wasm)`, appTimeout)
		held := eval[bool](t, ctx, `document.documentElement.dataset.wasm === "held" && !!document.getElementById("app-wasm-loader")`)
		t.Logf("compiled and held before the reader's move: %v", held)
		if got := dataValue(t, ctx, "post-money"); got != "840.0000000000" {
			t.Errorf("prerendered post-money %s, want 840", got)
		}
		setField(t, ctx, "field-pre", "900")
		poll(t, ctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		waitDataValue(t, ctx, "post-money", "1010.0000000000")
	})

	t.Run("no move", func(t *testing.T) {
		// The page as the server prerendered it (no service worker yet; the
		// browser's language is English: the address says French).
		ctx := newBrowser(t)
		navigate(t, ctx, srv.URL+"/?lang=fr&pre=800")
		poll(t, ctx, `document.documentElement.dataset.wasm === "held"`, appTimeout)
		poll(t, ctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		if s := eval[string](t, ctx, `document.documentElement.dataset.wasm`); s != "started" {
			t.Errorf("data-wasm %q once running, want started", s)
		}
		setField(t, ctx, "field-pre", "900")
		waitDataValue(t, ctx, "post-money", "1010.0000000000")
	})

	t.Run("keyboard", func(t *testing.T) {
		// A keyboard reader reaches a slider: the focus starts the program,
		// and the slider of the program's page has the focus then.
		ctx := newBrowser(t)
		// A headless tab has no window focus, and would fire no focus event.
		if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		navigate(t, ctx, srv.URL+"/?lang=fr&pre=700")
		poll(t, ctx, `document.documentElement.dataset.wasm === "held"`, appTimeout)
		eval[bool](t, ctx, `(document.querySelector('[data-testid="input-ipo"]').focus(), true)`)
		poll(t, ctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		poll(t, ctx, `document.activeElement && document.activeElement.dataset.testid === "input-ipo"`, stepTimeout)
	})

	t.Run("buttons tapped before the start", func(t *testing.T) {
		// A tap on a section's toggle, a value typed, then the reset: once
		// the program runs, the section opens and the reset has reset the
		// value (values first, then the buttons, in their order).
		ctx := newBrowser(t)
		h := holdWasm(t, ctx)
		navigate(t, ctx, srv.URL+"/?lang=en")
		if !eventually(appTimeout, func() bool { return h.held() > 0 }) {
			t.Fatal("the page never asked for app.wasm")
		}
		if !eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
			t.Fatal("the app runs already: the test holds nothing")
		}
		step(t, ctx, chromedp.Click(`#fold-tranches-toggle`))
		typeInto(t, ctx, "field-pre", "900")
		step(t, ctx, chromedp.Click(testidSelector("reset")))
		kept := eval[[]bool](t, ctx, `["#fold-tranches-toggle", '[data-testid="reset"]'].map((s) => {
			const b = document.querySelector(s);
			return b.classList.contains("rc-pressed") && b.getAttribute("aria-disabled") === "true" && b.title.includes("as soon as the calculator starts");
		})`)
		if !kept[0] || !kept[1] {
			t.Errorf("the tapped buttons are not marked as kept (toggle, reset): %v", kept)
		}
		if eval[bool](t, ctx, `document.querySelector("#fold-tranches-toggle").getAttribute("aria-expanded") === "true"`) {
			t.Fatal("the section opened before the program ran: the test proves nothing")
		}
		h.release(t)
		waitApp(t, ctx)
		poll(t, ctx, `document.querySelector("#fold-tranches-toggle").getAttribute("aria-expanded") === "true" &&
			!!document.querySelector('[data-section="tranches"] [data-testid="input-t-sftb"]')`, stepTimeout)
		waitDataValue(t, ctx, "post-money", "840.0000000000")
		poll(t, ctx, `document.querySelector('[data-testid="field-pre"]').value === "730"`, stepTimeout)
	})

	t.Run("another language than the prerendered page", func(t *testing.T) {
		// The service worker answers with the cached French page: the
		// program starts at once to show the page in English.
		navigate(t, ctx, srv.URL+"/?lang=en")
		poll(t, ctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
		if l := eval[string](t, ctx, `document.documentElement.lang`); l != "en" {
			t.Errorf("lang %q, want en", l)
		}
	})
}
