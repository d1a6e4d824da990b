package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type routeRow struct {
	ID, Name, Host, HostLabel, Distributor, Amount string
	Cut                                            figure
}

// dollarRoutes follows a dollar of OpenAI's revenue: through which channel
// it comes, which cloud hosts it and what Microsoft's revenue share takes.
type dollarRoutes struct {
	app.Compo
	Title, Intro string
	Head         [5]string
	Rows         []routeRow
	Totals       []contextRow
}

func (r *dollarRoutes) Render() app.UI {
	return app.Section().Class("table-block", "routes").Body(
		app.If(r.Title != "", func() app.UI { return app.H2().Text(r.Title) }), // a folded section's heading names it
		app.P().Class("lede", "screen-only").Text(r.Intro),                     // "moving a channel…"
		app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
			app.THead().Body(app.Tr().Body(
				app.Range(r.Head[:]).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(r.Head[i]) }),
			)),
			app.TBody().Body(app.Range(r.Rows).Slice(func(i int) app.UI {
				row := r.Rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(row.Name),
					app.Td().DataSet("label", r.Head[1]).Body(app.Span().Class("host", "host-"+row.Host).
						DataSet("testid", "route-"+row.ID).DataSet("value", row.Host).Text(row.HostLabel)),
					app.Td().DataSet("label", r.Head[2]).Text(row.Distributor),
					app.Td().Class("figure").DataSet("label", r.Head[3]).Text(row.Amount),
					app.Td().Class("figure").DataSet("label", r.Head[4]).DataSet("testid", "route-cut-"+row.ID).DataSet("value", row.Cut.Value).Text(row.Cut.Text),
				)
			})),
		)),
		app.Dl().Body(app.Range(r.Totals).Slice(func(i int) app.UI {
			t := r.Totals[i]
			return app.Div().Class("ctx-row").Body(app.Dt().Text(t.Label), app.Dd().Class("figure").Text(t.Text))
		})),
	)
}
