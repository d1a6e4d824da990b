package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// rolesTable shows who holds which key (rows from rolesRows, built once per
// input change; Render only lays them out): one group of rows per partner,
// each row a right or role with its source tag.
type rolesTable struct {
	app.Compo
	Title, Intro string
	Head         [3]string // right or role, what it amounts to, source
	Rows         []roleRow
}

func (r *rolesTable) Render() app.UI {
	// Rows come grouped by partner: one <tbody> per partner, headed by its name.
	var groups [][]roleRow
	for i, row := range r.Rows {
		if i == 0 || row.Partner != r.Rows[i-1].Partner {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], row)
	}
	return app.Section().Class("table-block", "roles").Body(
		app.If(r.Title != "", func() app.UI { return app.H2().Text(r.Title) }), // a folded section's heading names it
		app.If(r.Intro != "", func() app.UI { return app.P().Class("lede").Text(r.Intro) }),
		app.Div().Class("scroll").Body(app.Table().Class("figures", "roles-table", "stack", "stack-text").DataSet("testid", "roles-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Range(r.Head[:]).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(r.Head[i]) }),
			)),
			app.Range(groups).Slice(func(g int) app.UI {
				rows := groups[g]
				return app.TBody().Class("role-group", "role-"+rows[0].Partner).Body(
					app.Tr().Class("role-partner").Body(
						app.Th().Scope("rowgroup").ColSpan(len(r.Head)).Text(rows[0].Name),
					),
					app.Range(rows).Slice(func(i int) app.UI {
						row := rows[i]
						tr := app.Tr().DataSet("testid", "role-"+row.Partner+"-"+row.Key)
						if row.Value != "" {
							tr = tr.DataSet("value", row.Value)
						}
						return tr.Body(
							app.Th().Scope("row").Text(row.Role),
							app.Td().Text(row.Detail),
							app.Td().Class("role-src").DataSet("label", r.Head[2]).Body(&sourceTag{Tag: row.Source.Tag, Legend: row.Source.Legend,
								Text: row.Source.Text, Quote: row.Source.Quote}),
						)
					}),
				)
			}),
		)),
	)
}
