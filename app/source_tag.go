package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// sourceTag shows a figure's source tag (A, V, R, D, U); activating it
// reveals the source. A native <details> needs no script and works with the
// keyboard and screen readers; once the wasm runs, an open tag also closes
// on Escape (focus back on the tag) and on a click outside it.
type sourceTag struct {
	app.Compo
	Tag    string // "A", "R / U"…
	Legend string // what the tag means, localised: its accessible name too
	Text   string // the report, formula or why uncertain
	Quote  string // the article's French sentence, for A

	release func() // removes the listeners set while the tag is open
}

func (t *sourceTag) Render() app.UI {
	if t.Tag == "" {
		return app.Span()
	}
	summary := app.Summary().Class("src-tag", "src-"+firstTag(t.Tag)).Title(attrText(t.Legend)).
		Aria("label", attrText(t.Legend)).Text(t.Tag)
	return app.Details().Class("src").OnToggle(t.onToggle).Body(
		summary,
		app.Div().Class("src-pop").Body(
			app.P().Class("src-legend").Text(t.Legend),
			app.If(t.Quote != "", func() app.UI {
				return app.Blockquote().Lang("fr").Text(t.Quote)
			}),
			app.If(t.Text != "", func() app.UI { return app.P().Text(t.Text) }),
		),
	)
}

// onToggle listens, while the tag is open, for Escape and for a click
// outside it; both close it.
func (t *sourceTag) onToggle(ctx app.Context, e app.Event) {
	details := ctx.JSSrc()
	t.stopListening()
	if !details.Get("open").Bool() {
		return
	}
	doc := app.Window().Get("document")
	closeTag := func(focus bool) {
		details.Set("open", false)
		if focus {
			if s := details.Call("querySelector", "summary"); s.Truthy() {
				s.Call("focus")
			}
		}
	}
	onKey := app.FuncOf(func(this app.Value, args []app.Value) any {
		if ev := args[0]; ev.Get("key").String() == "Escape" {
			ev.Call("preventDefault")
			closeTag(details.Call("contains", doc.Get("activeElement")).Bool() || doc.Get("activeElement").Equal(doc.Get("body")))
		}
		return nil
	})
	onClick := app.FuncOf(func(this app.Value, args []app.Value) any {
		if target := args[0].Get("target"); !details.Call("contains", target).Bool() {
			closeTag(false)
		}
		return nil
	})
	doc.Call("addEventListener", "keydown", onKey)
	doc.Call("addEventListener", "click", onClick)
	t.release = func() {
		doc.Call("removeEventListener", "keydown", onKey)
		doc.Call("removeEventListener", "click", onClick)
		onKey.Release()
		onClick.Release()
	}
}

func (t *sourceTag) stopListening() {
	if t.release != nil {
		t.release()
		t.release = nil
	}
}

func (t *sourceTag) OnDismount() { t.stopListening() }

func firstTag(tag string) string {
	if tag == "" {
		return ""
	}
	return tag[:1]
}
