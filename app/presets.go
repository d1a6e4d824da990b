package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/model"
)

// presetRow is one question the article raises, as a link to its scenario.
type presetRow struct {
	ID, Href, Label, Line string
}

// presetQuery is a question's scenario in the URL's form.
type presetQuery struct{ id, query string }

// presetQueries are the questions, in the page's order. The IPO the article
// expects (end of 2026, at about 1,000) meets Amazon's condition; the
// bubble is the collapse assumptions as the article's defaults have them,
// with the section that shows each partner's loss open.
func presetQueries() []presetQuery {
	return []presetQuery{
		{"amzn-never", "q.amzn2=0"},
		{"ipo-2026", "ipo=1000&q.amzn2=100"},
		{"bubble", "haircut=100&open=collapse&unpaid=50"},
		{"sftb-short", "t.sftb=20"},
		{"no-growth", "growth=0"},
		{"all-commitments", "other=837"},
	}
}

// presetRows are the questions' links; lang is set when the reader chose
// the language, so that a link opened in a new tab keeps it.
func presetRows(t dict, lang string) []presetRow {
	labels := map[string][2]string{
		"amzn-never": {t.PresetAmznNever, t.PresetAmznNeverLine},
		"ipo-2026":   {t.PresetIPO, t.PresetIPOLine},
		"bubble":     {t.PresetBubble, t.PresetBubbleLine},
		"sftb-short": {t.PresetSftbShort, t.PresetSftbShortLine},
		// Whether OpenAI can pay: revenue that stops growing, and every
		// commitment reported (about 1,400 with the partners' 563).
		"no-growth":       {t.Time.PresetNoGrowth, t.Time.PresetNoGrowthLine},
		"all-commitments": {t.Time.PresetAllCommit, t.Time.PresetAllCommitLine},
	}
	var out []presetRow
	for _, q := range presetQueries() {
		href := "?" + q.query
		if lang != "" {
			href += "&lang=" + url.QueryEscape(lang)
		}
		out = append(out, presetRow{ID: q.id, Href: href, Label: labels[q.id][0], Line: labels[q.id][1]})
	}
	return out
}

// presetScenario is the scenario a question's link loads.
func presetScenario(id string) (model.Scenario, bool) {
	for _, q := range presetQueries() {
		if q.id != id {
			continue
		}
		v, _ := model.ReadQuery(q.query)
		s, problems := model.ParseQuery(model.Default(), v)
		return s, len(problems) == 0
	}
	return model.Scenario{}, false
}

// presetsPanel lists the questions; the one shown is named, with the way
// back to the article's figures beside it.
type presetsPanel struct {
	app.Compo
	Title, Back, Shown string
	CanGoBack          bool // a question is shown, or the figures are not the article's
	Rows               []presetRow
	onPick             func(ctx app.Context, id, href string)
	onBack             func(ctx app.Context)
}

func (c *presetsPanel) Render() app.UI {
	return app.Section().Class("presets").Aria("labelledby", "presets-title").Body(
		app.H2().ID("presets-title").Class("presets-title").Text(c.Title),
		app.Ul().Class("preset-list").Body(app.Range(c.Rows).Slice(func(i int) app.UI {
			r := c.Rows[i]
			return app.Li().Class("preset").Body(
				app.A().Href(attrText(r.Href)).Class("preset-link").DataSet("testid", "preset-"+r.ID).
					OnClick(func(ctx app.Context, e app.Event) {
						if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() || e.Get("button").Int() != 0 {
							return // a new tab or window: the browser opens the link
						}
						e.PreventDefault()
						c.onPick(ctx, r.ID, r.Href)
					}).Text(r.Label),
				app.Span().Class("preset-line").Text(r.Line),
			)
		})),
		app.Div().Class("preset-status").Body(
			app.P().Class("preset-shown").DataSet("testid", "preset-shown").Text(c.Shown),
			app.If(c.CanGoBack, func() app.UI {
				return app.Button().Type("button").Class("preset-back").DataSet("testid", "preset-back").
					OnClick(func(ctx app.Context, e app.Event) { c.onBack(ctx) }).Text(c.Back)
			}),
		),
	)
}
