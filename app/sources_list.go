package main

import (
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/model"
)

type sourceRow struct {
	Key, Label, Tag, Legend, Text, Quote string
}

// sourcesList shows the source of every default figure in one place: on
// screen a reader can scan them, and on paper the tags' popovers cannot
// open, so the printout carries them here.
type sourcesList struct {
	app.Compo
	Title, Intro string
	Head         [3]string
	Rows         []sourceRow
}

func (l *sourcesList) Render() app.UI {
	return app.Section().Class("sources").DataSet("testid", "sources").Body(
		app.If(l.Title != "", func() app.UI { return app.H2().Text(l.Title) }), // a folded section's heading names it
		app.P().Class("lede").Text(l.Intro),
		app.Div().Class("scroll").Body(app.Table().Class("figures", "source-table", "stack", "stack-text").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(l.Head[0]),
				app.Th().Scope("col").Text(l.Head[1]),
				app.Th().Scope("col").Text(l.Head[2]),
			)),
			app.TBody().Body(app.Range(l.Rows).Slice(func(i int) app.UI {
				r := l.Rows[i]
				return app.Tr().DataSet("key", r.Key).Body(
					app.Th().Scope("row").Text(r.Label),
					app.Td().DataSet("label", l.Head[1]).Body(app.Abbr().Class("src-tag", "src-"+firstTag(r.Tag)).Title(attrText(r.Legend)).Text(r.Tag)),
					app.Td().Class("source-note").Body(
						app.If(r.Quote != "", func() app.UI { return app.Q().Lang("fr").Text(r.Quote) }),
						app.Span().Text(r.Text),
					),
				)
			})),
		)),
	)
}

// sourceRows lists the sources in the page's order: the round's figures,
// the inputs in the model's order, the tranches' dates and conditions, the
// map's routes, then the context figures.
func sourceRows(t dict, s model.Scenario, sources map[string]model.Source) []sourceRow {
	order := []string{"post", "raised"}
	for p := range model.Params() {
		order = append(order, p.Name)
	}
	order = append(order, "date", "condition", "route", "prev-round", "raised-before", "weekly-users", "subscribers")
	rank := func(key string) int {
		kind, _, _ := strings.Cut(key, ".")
		for i, k := range order {
			if k == kind {
				return i
			}
		}
		return len(order)
	}
	keys := make([]string, 0, len(sources))
	for k := range sources {
		keys = append(keys, k)
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if ri, rj := rank(keys[i]), rank(keys[j]); ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	rows := make([]sourceRow, 0, len(keys))
	for _, k := range keys {
		src := sources[k]
		label, ok := t.SourceLabel(k)
		if !ok {
			if _, id, found := strings.Cut(k, "."); found && strings.HasPrefix(k, "route.") {
				label = t.Channel(id)
			} else {
				label = t.fieldLabel(s, k)
			}
		}
		rows = append(rows, sourceRow{Key: k, Label: label, Tag: src.Tag, Legend: t.TagLegend(src.Tag), Text: src.Text, Quote: src.Quote})
	}
	return rows
}

// localSources returns every default figure's source with its note in the
// reader's language; quotes stay as the article wrote them.
func localSources(t dict) map[string]model.Source {
	sources := model.Sources()
	for key, src := range sources {
		if note, ok := t.SourceNote(key); ok {
			src.Text = note
			sources[key] = src
		}
	}
	return sources
}
