package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// trancheCard shows one tranche: its investor, condition and date, and its
// amount, closing probability and price multiple.
type trancheCard struct {
	app.Compo
	B           trancheBlock
	RemoveLabel string
	onRemove    func(ctx app.Context, id string)
	onChange    func(ctx app.Context, param, raw string)
	onRestore   func(ctx app.Context, param string)
}

func (c *trancheCard) Render() app.UI {
	b := c.B
	return app.Article().Class("tranche").DataSet("testid", "tranche-"+b.ID).Body(
		app.Div().Class("tranche-head").Body(
			app.H3().TabIndex(-1).Text(b.Title), // focusable by script: focus lands here when the tranche before it is removed
			app.Span().Class("badge").Text(b.Status),
			app.If(b.Added, func() app.UI {
				return app.Button().Type("button").Class("remove").DataSet("testid", "remove-"+b.ID).
					Aria("label", attrText(c.RemoveLabel+" "+b.Title)).Text(c.RemoveLabel).
					OnClick(func(ctx app.Context, e app.Event) { c.onRemove(ctx, c.B.ID) }) // the card's tranche now, not at first render
			}),
		),
		app.If(b.Condition != "", func() app.UI {
			return app.P().Class("tranche-cond").Body(app.Text(b.Condition+" "), tagOf(b.CondSource))
		}),
		app.If(b.Date != "", func() app.UI {
			return app.P().Class("tranche-date").Body(app.Text(b.Date+" "), tagOf(b.DateSource))
		}),
		app.Range(b.Inputs).Slice(func(i int) app.UI {
			return &numberInput{Props: b.Inputs[i], onChange: c.onChange, onRestore: c.onRestore}
		}),
	)
}

func tagOf(s sourceTag) app.UI {
	return &sourceTag{Tag: s.Tag, Legend: s.Legend, Text: s.Text, Quote: s.Quote}
}
