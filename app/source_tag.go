package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// sourceTag shows a figure's source tag (A, V, R, D, U); activating it
// reveals the source. A native <details> needs no script and works with the
// keyboard and screen readers.
type sourceTag struct {
	app.Compo
	Tag    string // "A", "R / U"…
	Legend string // what the tag means, localised
	Text   string // the report, formula or why uncertain
	Quote  string // the article's French sentence, for A
}

func (t *sourceTag) Render() app.UI {
	if t.Tag == "" {
		return app.Span()
	}
	return app.Details().Class("src").Body(
		app.Summary().Class("src-tag", "src-"+firstTag(t.Tag)).Title(attrText(t.Legend)).Text(t.Tag),
		app.Div().Class("src-pop").Body(
			app.P().Class("src-legend").Text(t.Legend),
			app.If(t.Quote != "", func() app.UI {
				return app.Blockquote().Lang("fr").Text(t.Quote)
			}),
			app.If(t.Text != "", func() app.UI { return app.P().Text(t.Text) }),
		),
	)
}

func firstTag(tag string) string {
	if tag == "" {
		return ""
	}
	return tag[:1]
}
