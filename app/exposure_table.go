package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// exposureTable shows what each partner holds, is owed and would lose.
type exposureTable struct {
	app.Compo
	Title string
	Head  [10]string
	Rows  []partnerRow
}

func (x *exposureTable) Render() app.UI {
	return app.Section().Class("table-block").Body(
		app.H2().Text(x.Title),
		app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
			app.THead().Body(app.Tr().Body(
				app.Range(x.Head[:]).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(x.Head[i]) }),
			)),
			app.TBody().Body(app.Range(x.Rows).Slice(func(i int) app.UI {
				r := x.Rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Body(app.Span().Class("swatch", "h-"+r.ID), app.Text(r.Name)),
					app.Td().Class("figure").DataSet("label", x.Head[1]).DataSet("testid", "equity-"+r.ID).DataSet("value", r.Equity.Value).Text(r.Equity.Text),
					app.Td().Class("figure").DataSet("label", x.Head[2]).Text(r.EquityIPO),
					app.Td().Class("figure").DataSet("label", x.Head[3]).Text(r.Stress),
					app.Td().Class("figure").DataSet("label", x.Head[4]).Text(r.Basis),
					app.Td().Class("figure").DataSet("label", x.Head[5]).Text(r.Gain),
					app.Td().Class("figure").DataSet("label", x.Head[6]).Text(r.Commit),
					app.Td().Class("figure").DataSet("label", x.Head[7]).DataSet("testid", "net-flow-"+r.ID).DataSet("value", r.NetFlow.Value).Text(r.NetFlow.Text),
					app.Td().Class("figure").DataSet("label", x.Head[8]).DataSet("testid", "collapse-loss-"+r.ID).DataSet("value", r.Loss.Value).Text(r.Loss.Text),
					app.Td().Class("figure").DataSet("label", x.Head[9]).DataSet("testid", "collapse-share-"+r.ID).DataSet("value", r.LossShare.Value).Text(r.LossShare.Text),
				)
			})),
		)),
	)
}
