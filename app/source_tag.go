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
}

func (t *sourceTag) Render() app.UI {
	if t.Tag == "" {
		return app.Span()
	}
	summary := app.Summary().Class("src-tag", "src-"+firstTag(t.Tag)).Title(attrText(t.Legend)).
		Aria("label", attrText(t.Legend)).Text(t.Tag)
	return app.Details().Class("src").Body(
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

// OnMount makes sure the page listens, once for all its tags, for Escape
// and for a click outside an open tag.
func (t *sourceTag) OnMount(ctx app.Context) { listenForPopovers() }

// popoverMark is the document property that says the listeners are set.
const popoverMark = "roundcalcPopovers"

// listenForPopovers sets two document listeners, once per page: Escape
// closes the open tags (focus back on the one it was in), and a click
// outside an open tag closes it.
func listenForPopovers() {
	doc := app.Window().Get("document")
	if !doc.Truthy() || doc.Get(popoverMark).Truthy() {
		return
	}
	doc.Set(popoverMark, true)
	openTags := func() []app.Value {
		list := doc.Call("querySelectorAll", "details.src[open]")
		out := make([]app.Value, list.Length())
		for i := range out {
			out[i] = list.Index(i)
		}
		return out
	}
	doc.Call("addEventListener", "keydown", app.FuncOf(func(this app.Value, args []app.Value) any {
		if args[0].Get("key").String() != "Escape" {
			return nil
		}
		for _, d := range openTags() {
			inside := d.Call("contains", doc.Get("activeElement")).Bool()
			d.Set("open", false)
			if inside {
				if s := d.Call("querySelector", "summary"); s.Truthy() {
					s.Call("focus")
				}
			}
		}
		return nil
	}))
	doc.Call("addEventListener", "click", app.FuncOf(func(this app.Value, args []app.Value) any {
		target := args[0].Get("target")
		for _, d := range openTags() {
			if !d.Call("contains", target).Bool() {
				d.Set("open", false)
			}
		}
		return nil
	}))
}

func firstTag(tag string) string {
	if tag == "" {
		return ""
	}
	return tag[:1]
}
