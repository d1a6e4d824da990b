package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// contextFigures puts the round in perspective: money raised to date,
// multiple over the last round, upside to the IPO, value per user.
// Its folded section's heading names it.
type contextFigures struct {
	app.Compo
	Rows []contextRow
}

func (c *contextFigures) Render() app.UI {
	return app.Div().Class("context").Body(
		app.Dl().Body(app.Range(c.Rows).Slice(func(i int) app.UI {
			r := c.Rows[i]
			return app.Div().Class("ctx-row").Body(
				app.Dt().Body(app.Text(r.Label+" "), &sourceTag{Tag: r.Source.Tag, Legend: r.Source.Legend, Text: r.Source.Text, Quote: r.Source.Quote}),
				app.Dd().Class("figure").Text(r.Text),
			)
		})),
	)
}
