package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// capTable shows every holder's stake before and after the round; the
// displayed stakes are rounded by largest remainder and add to 100 %.
type capTable struct {
	app.Compo
	Title      string
	Head       [5]string
	TotalLabel string
	Rows       []holderRow
	Totals     [2]string
}

func (c *capTable) Render() app.UI {
	return app.Section().Class("table-block").Body(
		app.H2().Text(c.Title),
		app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
			app.THead().Body(app.Tr().Body(
				app.Range(c.Head[:]).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(c.Head[i]) }),
			)),
			app.TBody().Body(app.Range(c.Rows).Slice(func(i int) app.UI {
				r := c.Rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Body(app.Span().Class("swatch", "h-"+r.ID), app.Text(r.Name)),
					app.Td().Class("figure").DataSet("label", c.Head[1]).DataSet("testid", "stake-before-"+r.ID).DataSet("value", r.Before.Value).Text(r.Before.Text),
					app.Td().Class("figure").DataSet("label", c.Head[2]).DataSet("testid", "stake-after-"+r.ID).DataSet("value", r.After.Value).Text(r.After.Text),
					app.Td().Class("figure").DataSet("label", c.Head[3]).Text(r.Change),
					app.Td().Class("figure").DataSet("label", c.Head[4]).Text(r.Value),
				)
			})),
			app.TFoot().Body(app.Tr().Body(
				app.Th().Scope("row").Text(c.TotalLabel),
				app.Td().Class("figure").DataSet("label", c.Head[1]).Text(c.Totals[0]),
				app.Td().Class("figure").DataSet("label", c.Head[2]).Text(c.Totals[1]),
				app.Td(), app.Td(),
			)),
		)),
	)
}
