//go:build !js

package wasmtest

// The typed fields apply as the reader types, and a refused value is
// explained beside its field; what the reader moves or types before the
// wasm runs applies once it does.

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"github.com/roundcalc/roundcalc/app/text"
)

// named is how a refusal names a parameter in English: its label, never
// its key.
func named(param string) string {
	if v, ok := text.For("en").Field(param); ok {
		return v
	}
	holder := map[string]string{"nvda": "Nvidia", "amzn": "Amazon", "amzn2": "Amazon, conditional",
		"sftb": "SoftBank", "msft": "Microsoft"}
	_, id, _ := strings.Cut(param, ".")
	return holder[id]
}

// typeInto selects the field's text and types keys over it, one key event
// per character, as a reader does (no change event: no Enter, no blur).
func typeInto(t testing.TB, ctx context.Context, testid, keys string) {
	t.Helper()
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) return false;
		el.scrollIntoView({block: "center"});
		el.focus();
		el.select();
		return document.activeElement === el;
	})()`, jsString(testidSelector(testid)))) {
		t.Fatalf("cannot focus %q", testid)
	}
	step(t, ctx, chromedp.KeyEvent(keys))
}

// fieldState is what a reader and a screen reader see of a typed field.
type fieldState struct {
	Value, Invalid, Label, Described, DescText string
	DescVisible                                bool
	Gap                                        float64 // from the field's bottom to the message's top, px
}

func readField(t testing.TB, ctx context.Context, testid string) fieldState {
	t.Helper()
	return eval[fieldState](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		const id = el.getAttribute("aria-describedby") || "";
		const d = id ? document.getElementById(id) : null;
		const r = el.getBoundingClientRect(), dr = d ? d.getBoundingClientRect() : null;
		const label = document.querySelector('label[for="' + el.id + '"]');
		return {Value: el.value, Invalid: el.getAttribute("aria-invalid") || "", Label: label ? label.textContent : "",
			Described: id, DescText: d ? d.textContent : "",
			DescVisible: !!d && d.checkVisibility() && dr.height > 0 && dr.bottom > 0 && dr.top < innerHeight,
			Gap: dr ? dr.top - r.bottom : -1};
	})()`, jsString(testidSelector(testid))))
}

func TestTypedFields(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct {
		lang, rangeLo, rangeHi, good, goodPost, goodField string
	}{
		{"en", "$1B", "$10,000B", "900", "1010.0000000000", "900"},
		{"fr", "1" + frNBSP + "Md$", "10" + frNNBSP + "000" + frNBSP + "Md$", "912,5", "1022.5000000000", "912,5"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?lang="+c.lang)
			waitDataValue(t, ctx, "post-money", "840.0000000000")

			// Refused as typed, with no Enter: marked at the field, the
			// reason right beside it, the reader's text kept.
			typeInto(t, ctx, "field-pre", "abc")
			// (A pause the page takes while busy may apply "a" first: the
			// message follows the last text.)
			poll(t, ctx, `(() => {
				const el = document.querySelector('[data-testid="field-pre"]');
				const d = document.getElementById(el.getAttribute("aria-describedby") || "-");
				return el.getAttribute("aria-invalid") === "true" && !!d && d.textContent.includes("abc");
			})()`, stepTimeout)
			f := readField(t, ctx, "field-pre")
			if f.Value != "abc" {
				t.Errorf("the refused field shows %q, want the reader's %q", f.Value, "abc")
			}
			if !f.DescVisible || f.Gap < -2 || f.Gap > 80 {
				t.Errorf("the message (%q, id %q) is not visible right beside the field: visible %v, %.0f px below it", f.DescText, f.Described, f.DescVisible, f.Gap)
			}
			for _, part := range []string{strings.TrimSpace(f.Label), "abc", c.rangeLo, c.rangeHi} {
				if part == "" || !strings.Contains(f.DescText, part) {
					t.Errorf("the message %q does not name %q", f.DescText, part)
				}
			}
			if strings.Contains(f.DescText, "(pre)") {
				t.Errorf("the message %q names the internal key", f.DescText)
			}
			if msg := waitErrorText(t, ctx); !strings.Contains(msg, f.DescText) {
				t.Errorf("the error region %q does not carry the field's message %q", msg, f.DescText)
			}
			if got := dataValue(t, ctx, "post-money"); got != "840.0000000000" {
				t.Errorf("post-money %s after a refused value, want 840", got)
			}

			// Corrected as typed: the mark and the message go.
			typeInto(t, ctx, "field-pre", c.good)
			waitDataValue(t, ctx, "post-money", c.goodPost)
			poll(t, ctx, `!document.querySelector('[data-testid="field-pre"]').hasAttribute("aria-invalid")`, stepTimeout)
			f = readField(t, ctx, "field-pre")
			if f.Value != c.goodField || f.Described != "" {
				t.Errorf("after the correction the field shows %q described by %q, want %q and no message", f.Value, f.Described, c.goodField)
			}
			poll(t, ctx, `document.querySelector('[data-testid="error"]').textContent.trim() === ""`, stepTimeout)
			// A value off the slider's track widens it: the handle shows it.
			typeInto(t, ctx, "field-pre", "5000")
			waitDataValue(t, ctx, "post-money", "5110.0000000000")
			poll(t, ctx, `(() => { const s = document.querySelector('[data-testid="input-pre"]');
				return s.value === "5000" && +s.max >= 5000; })()`, stepTimeout)
			typeInto(t, ctx, "field-pre", c.good)
			waitDataValue(t, ctx, "post-money", c.goodPost)
			// Leaving the field keeps the value in use.
			step(t, ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
			if got := valueOf(t, ctx, "field-pre"); got != c.goodField {
				t.Errorf("after leaving the field it shows %q, want %q", got, c.goodField)
			}
		})
	}
}

// heldWasm holds the page's requests for app.wasm until release.
type heldWasm struct {
	mu     sync.Mutex
	ids    []fetch.RequestID
	open   bool
	target context.Context
}

func holdWasm(t testing.TB, ctx context.Context) *heldWasm {
	t.Helper()
	h := &heldWasm{target: ctx}
	events := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{
		{URLPattern: "*/web/app.wasm*", RequestStage: fetch.RequestStageRequest},
	}}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			h.mu.Lock()
			if h.open {
				h.mu.Unlock()
				go chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
				continue
			}
			h.ids = append(h.ids, ev.RequestID)
			h.mu.Unlock()
		}
	}()
	return h
}

func (h *heldWasm) held() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.ids)
}

func (h *heldWasm) release(t testing.TB) {
	t.Helper()
	h.mu.Lock()
	ids := h.ids
	h.ids, h.open = nil, true
	h.mu.Unlock()
	for _, id := range ids {
		if _, err := chromedp.Call(h.target, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
			t.Fatal(err)
		}
	}
}

// What the reader types or moves on the prerendered page while the wasm
// loads is shown as taken, then applied once the calculator runs.
func TestEarlyInput(t *testing.T) {
	srv := startServer(t)
	for _, c := range []struct{ lang, typed, post, field, note string }{
		{"en", "900", "975.0000000000", "900", "as soon as the calculator starts"},
		{"fr", "912,5", "987.5000000000", "912,5", "dès le démarrage du calculateur"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := newBrowser(t)
			h := holdWasm(t, ctx)
			// The routes' section open, so that a mix slider is on the
			// prerendered page.
			navigate(t, ctx, srv.URL+"/?open=routes&lang="+c.lang)
			if !eventually(appTimeout, func() bool { return h.held() > 0 }) {
				t.Fatal("the page never asked for app.wasm")
			}
			if !eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
				t.Fatal("the app runs already: the test holds nothing")
			}
			typeInto(t, ctx, "field-pre", c.typed)
			// A slider whose parameter holds a dash (its data-testid cannot
			// tell the dash from a dot).
			setSlider(t, ctx, "input-mix-api-partner", "10")
			poll(t, ctx, `document.querySelectorAll('[data-testid="early-note"]').length === 2`, stepTimeout)
			note := textOf(t, ctx, "early-note")
			if !strings.Contains(note, c.note) {
				t.Errorf("the note on the early input reads %q, want it to say %q", note, c.note)
			}
			if got := valueOf(t, ctx, "field-mix-api-partner"); got != "10" {
				t.Errorf("the field beside the moved slider shows %q, want 10", got)
			}
			if got := valueOf(t, ctx, "field-pre"); got != c.typed {
				t.Errorf("the prerendered field shows %q, want %q", got, c.typed)
			}

			// The closing view chosen meanwhile is kept too (firm only: the
			// 35 of Amazon's conditional tranche drop out).
			chooseView(t, ctx, "firm")

			h.release(t)
			waitApp(t, ctx)
			poll(t, ctx, `document.querySelector('[data-testid="input-view"]').value === "firm"`, stepTimeout)
			waitDataValue(t, ctx, "post-money", c.post)
			poll(t, ctx, `document.querySelector('[data-testid="field-pre"]').value === `+jsString(c.field), stepTimeout)
			poll(t, ctx, `document.querySelector('[data-testid="input-mix-api-partner"]').value === "10"`, stepTimeout)
			if hasTestid(t, ctx, "early-note") {
				t.Error("the early-input note stays once the calculator runs")
			}
			// The early values are the page's own: the address carries them.
			waitAddress(t, ctx, stepTimeout, "pre and mix.api-partner", func(q url.Values) bool {
				return len(q["pre"]) == 1 && q["pre"][0] == strings.Replace(c.typed, ",", ".", 1) &&
					len(q["mix.api-partner"]) == 1 && q["mix.api-partner"][0] == "10"
			})
		})
	}
}
