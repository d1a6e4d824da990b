package main

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// presetRow is one question the article raises, as a link to its scenario:
// its line says what the question changes, in figures.
type presetRow struct {
	ID, Href, Label, Line string
	Answer                string // the part of the page that answers it (answer* below)
}

// The parts of the page a question's answer is in: the page highlights the
// one of the question shown, and scrolls to it.
const (
	answerHeadline      = "headline"
	answerContributions = "contributions"
	answerCollapse      = secCollapse
	answerPay           = "pay"
)

// presetQuery is a question's scenario in the URL's form, the view in which
// its effect shows included, where its answer is, and the figures that
// say what it changes.
type presetQuery struct {
	id, query string
	answer    string
	measures  []measure
}

// presetQueries are the questions, in the page's order. Amazon's 35 never
// coming shows in the weighted view at 0 % (the "all close" view counts
// every tranche, whatever its odds). The IPO the article expects (end of
// 2026, at about 1,000) meets Amazon's condition: the 35 becomes firm, so
// the 840 becomes certain (in the default view, who puts in what shows the
// 35 firm). The house of cards: OpenAI collapses and pays none of what it
// owes; the article's own collapse leaves half unpaid, and is the way back.
func presetQueries() []presetQuery {
	return []presetQuery{
		{"amzn-never", "q.amzn2=0&view=expected", answerHeadline, []measure{measurePost, measureMsft}},
		{"ipo-2026", "ipo=1000&q.amzn2=100", answerContributions, []measure{measureFirmRaised, measureExpectedPost}},
		{"nothing-paid", "open=collapse&unpaid=100", answerCollapse,
			[]measure{measureLoss(model.Microsoft), measureLoss(model.Amazon)}},
		{"sftb-short", "t.sftb=20", answerHeadline, []measure{measurePost, measureMsft}},
		// Whether OpenAI can pay: revenue that stops growing, and every
		// commitment reported (about 1,400 with the partners' 563). One
		// figure each: a phone shows the line on one line.
		{"no-growth", "growth=0", answerPay, []measure{measureNeed}},
		{"all-commitments", "other=837", answerPay, []measure{measureNeed}},
	}
}

// measure is one figure a question's line compares: the article's and the
// question's. fixed is the view it is read in; "" is the view the page
// shows (the default view for the article's figures, the question's own
// view for the question's).
type measure struct {
	fixed model.View
	label func(t dict) string
	value func(lang string, o model.Outcome) string
}

var (
	measurePost = measure{label: func(t dict) string { return t.MeasurePost },
		value: func(lang string, o model.Outcome) string { return text.Money(lang, o.PostMoney) }}
	measureMsft = measure{label: func(t dict) string {
		return fmt.Sprintf(t.MeasureStake, t.HolderName(model.Default(), model.Microsoft))
	},
		value: func(lang string, o model.Outcome) string { return stakeShown(lang, o, model.Microsoft) }}
	measureFirmRaised = measure{fixed: model.ViewFirm, label: func(t dict) string { return t.MeasureFirmRaised },
		value: func(lang string, o model.Outcome) string { return text.Money(lang, o.Raised) }}
	measureExpectedPost = measure{fixed: model.ViewExpected, label: func(t dict) string { return t.MeasureExpectedPost },
		value: func(lang string, o model.Outcome) string { return text.Money(lang, o.PostMoney) }}
	// What OpenAI must still raise, as the pay sentence says it.
	measureNeed = measure{label: func(t dict) string { return t.Time.MeasureNeed },
		value: func(lang string, o model.Outcome) string { return text.Money(lang, o.Time.PeakNeed) }}
)

// measureLoss is a partner's loss in a collapse, as the exposure table
// shows it.
func measureLoss(partner string) measure {
	return measure{
		label: func(t dict) string { return fmt.Sprintf(t.MeasureLoss, t.HolderName(model.Default(), partner)) },
		value: func(lang string, o model.Outcome) string {
			for _, p := range o.Partners {
				if p.ID == partner {
					return text.MoneyFixed(lang, p.CollapseLoss, tableDecimals)
				}
			}
			return ""
		},
	}
}

// stakeShown is a holder's stake after the round as the cap table shows
// it (its displayed stakes add up to 100 %).
func stakeShown(lang string, o model.Outcome, id string) string {
	afters := make([]decimal.Decimal, len(o.Holders))
	for i, h := range o.Holders {
		afters[i] = h.After
	}
	shown := model.DisplayStakes(afters, 2)
	for i, h := range o.Holders {
		if h.ID == id {
			return text.Percent(lang, shown[i], 2)
		}
	}
	return ""
}

// presetRows are the questions' links and lines, computed from the model:
// they depend on the language only, so the page builds them on load and on
// a switch. linkLang is set when the reader chose the language, so that a
// link opened in a new tab keeps it.
func presetRows(lang string, t dict, linkLang string) []presetRow {
	labels := map[string]string{
		"amzn-never":      t.PresetAmznNever,
		"ipo-2026":        t.PresetIPO,
		"nothing-paid":    t.PresetNothingPaid,
		"sftb-short":      t.PresetSftbShort,
		"no-growth":       t.Time.PresetNoGrowth,
		"all-commitments": t.Time.PresetAllCommit,
	}
	article, _ := model.Compute(model.Default())
	var out []presetRow
	for _, q := range presetQueries() {
		href := "?" + q.query
		if linkLang != "" {
			href += "&lang=" + url.QueryEscape(linkLang)
		}
		row := presetRow{ID: q.id, Href: href, Label: labels[q.id], Answer: q.answer}
		if s, view, ok := presetScenario(q.id); ok && len(q.measures) > 0 {
			r, _ := model.Compute(s)
			row.Line = presetLine(lang, t, q.measures, article, r, view)
		}
		out = append(out, row)
	}
	return out
}

// presetLine says what a question changes: each figure as the article has
// it, then as the question has it ("Post-money: $840B → $805B").
func presetLine(lang string, t dict, ms []measure, article, r model.Results, view model.View) string {
	var parts []string
	for _, m := range ms {
		before, after := model.ViewAll, view // the page's default view, then the question's
		if m.fixed != "" {
			before, after = m.fixed, m.fixed
		}
		parts = append(parts, fmt.Sprintf(t.PresetChange, m.label(t), m.value(lang, article.View(before)), m.value(lang, r.View(after))))
	}
	return capitalise(strings.Join(parts, t.PresetJoin))
}

// presetScenario is the scenario and view a question's link loads.
func presetScenario(id string) (model.Scenario, model.View, bool) {
	for _, q := range presetQueries() {
		if q.id != id {
			continue
		}
		v, _ := model.ReadQuery(q.query)
		s, problems := model.ParseQuery(model.Default(), v)
		view, viewProblems := model.ParseView(v.Get("view"))
		return s, view, len(problems)+len(viewProblems) == 0
	}
	return model.Scenario{}, model.ViewAll, false
}

// presetLink is a question's scenario and view in canonical form, as the
// page writes its own address.
func presetLink(id string) (url.Values, bool) {
	s, view, ok := presetScenario(id)
	if !ok {
		return nil, false
	}
	q := s.Query()
	if view != model.ViewAll {
		q.Set("view", string(view))
	}
	return q, true
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
				app.Span().Class("preset-line").DataSet("testid", "preset-line-"+r.ID).Text(r.Line),
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
