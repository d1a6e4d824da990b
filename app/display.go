package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// figure is one displayed number: its localised text and its machine form
// (the data-value attribute: 10 decimals, dot separator).
type figure struct {
	Text  string
	Value string
}

// display is every string the page shows, built once per input change so
// that Render only lays them out.
type display struct {
	Post, Raised, Dilution           figure
	PostViews, RaisedViews, DilViews string
	Implicit                         string
	PostSource, RaisedSource         sourceTag
	Holders                          []holderRow
	HolderTotals                     [2]string
	Partners                         []partnerRow
	Context                          []contextRow
	Remainder                        string
	Stakes, Valuations, Ties         []inputProps
	Collapse                         []inputProps // what a collapse wipes out
	Lever                            []inputProps // the tranche lever shown up front
	Verdict                          string       // the scenario's result in a sentence
	Presets                          []presetRow
	PresetShown                      string // the question shown, named; "" when none
	PresetBack                       bool   // the way back to the article's figures is offered
	Answer                           string // the part of the page that answers the question shown
	Tranches                         []trancheBlock
	Routes                           []routeRow
	RouteTotals                      []contextRow
	RouteInputs                      []inputProps
	Roles                            []roleRow    // while its section is open: a tenth of a tick's garbage otherwise
	Levers                           []inputProps // an embed's sliders, in the editor's order
	Offered                          []leverGroup // the sliders the full page's embed builder offers
	Pay                              payView      // can OpenAI pay? in the story
	Years                            yearsView    // the years, for the time section
	L                                *text.Texts
}

// viewInput is what the page's view model is built from.
type viewInput struct {
	lang          string
	t             dict
	view          model.View
	s, article    model.Scenario
	r             model.Results
	articleParams map[string]bool // the inputs the article's scenario has
	sources       map[string]model.Source
	sparks        map[string]string // sensitivity lines drawn so far
	refused       []model.Error     // refused since the last accepted change
	typed         map[string]string // the reader's refused texts, by parameter
	preset        string            // the question last loaded from its link
	presets       []presetRow       // the questions, with their lines
	levers        []string          // an embed's sliders, by parameter
	builder       bool              // the full page, whose share panel builds embeds
	years         bool              // the years' table shows (the time section or block)
	roles         bool              // the roles' table shows (its section is open)
}

// buildView is the page's view model for one accepted change: every
// figure, label, input and role row it shows, so that Render only lays
// them out.
func buildView(in viewInput) display {
	o := in.r.View(in.view)
	d := buildDisplay(in.lang, in.t, in.view, in.s, in.r, in.sources)
	if in.roles {
		d.Roles = rolesRows(in.lang, in.t, in.s, o)
	}
	d.Pay, d.Years = buildYears(in.lang, in.t, in.view, in.s, o, in.years)
	buildInputs(&d, inputContext{lang: in.lang, t: in.t, s: in.s, def: in.article, sources: in.sources,
		hasParam: in.articleParams, sparks: in.sparks, o: o, weighted: in.r.Expected, refused: in.refused, typed: in.typed})
	d.L = in.t.Texts
	d.Presets = in.presets
	// A question is named while its scenario and view are the ones shown,
	// and its answer is highlighted; the way back to the article's figures
	// shows then, and whenever the figures are not the article's.
	own := in.s.Query()
	if in.preset != "" {
		if s, view, ok := presetScenario(in.preset); ok && view == in.view && s.Query().Encode() == own.Encode() {
			for _, r := range d.Presets {
				if r.ID == in.preset {
					d.PresetShown = fmt.Sprintf(in.t.PresetShown, r.Label)
					d.Answer = r.Answer
				}
			}
		}
	}
	d.PresetBack = d.PresetShown != "" || len(own) > 0 || in.view != model.ViewAll
	for _, param := range in.levers {
		if v, ok := d.input(param); ok {
			d.Levers = append(d.Levers, standalone(in.t, v))
		}
	}
	if in.builder {
		d.Offered = d.offered(in.t)
	}
	return d
}

// standalone is a slider named for a place outside its section: the page
// names a stake by its holder under the stakes' title; out of it, the name
// needs the title.
func standalone(t dict, v inputProps) inputProps {
	v.Label = standaloneLabel(t, v.Param, v.Label)
	return v
}

func standaloneLabel(t dict, param, label string) string {
	if strings.HasPrefix(param, "s.") {
		return fmt.Sprintf(t.Of, t.SecStakes, label)
	}
	return label
}

// leverGroup is one section's sliders as the embed builder offers them.
type leverGroup struct {
	Title  string
	Levers []namedChoice
}

// offered is every slider of the page, for the embed builder, grouped as
// the page groups them and named as it names them: the defaults first,
// then the rest of the story's levers, then each folded section's. It is
// the page's own inputs, which come from the model's table, so a new
// parameter is offered with no list to update.
func (d *display) offered(t dict) []leverGroup {
	story := slices.Concat(d.Valuations, d.Lever, d.Pay.Lever)
	first := defaultLevers()
	isDefault := func(param string) bool { return slices.Contains(first, param) }
	main := leverGroup{Title: t.SecLevers}
	main.add(t, story, isDefault)
	main.add(t, story, func(param string) bool { return !isDefault(param) })
	tranches := leverGroup{Title: t.SecTranches}
	for _, b := range d.Tranches {
		tranches.add(t, b.Inputs, func(param string) bool { return param != mainTranche }) // offered up front
	}
	var out []leverGroup
	for _, g := range []leverGroup{main, group(t, t.SecStakes, d.Stakes), tranches,
		group(t, t.SecTies, d.Ties), group(t, t.SecCollapse, d.Collapse), group(t, t.SecRoutes, d.RouteInputs)} {
		if len(g.Levers) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// group offers every slider of list under title.
func group(t dict, title string, list []inputProps) leverGroup {
	g := leverGroup{Title: title}
	g.add(t, list, nil)
	return g
}

// add offers the sliders of list that keep lets through (all when nil).
func (g *leverGroup) add(t dict, list []inputProps, keep func(param string) bool) {
	for i := range list {
		if v := &list[i]; keep == nil || keep(v.Param) {
			g.Levers = append(g.Levers, namedChoice{v.Param, standaloneLabel(t, v.Param, v.Label)})
		}
	}
}

// input is param's slider, wherever the page shows it.
func (d *display) input(param string) (inputProps, bool) {
	groups := [][]inputProps{d.Valuations, d.Lever, d.Pay.Lever, d.Stakes, d.Ties, d.Collapse, d.RouteInputs}
	for _, b := range d.Tranches {
		groups = append(groups, b.Inputs)
	}
	for _, g := range groups {
		for _, v := range g {
			if v.Param == param {
				return v, true
			}
		}
	}
	return inputProps{}, false
}

type holderRow struct {
	ID, Name      string
	Before, After figure
	Change, Value string
}

type partnerRow struct {
	ID, Name                               string
	Equity                                 figure
	EquityIPO, Stress, Basis, Gain, Commit string
	NetFlow, Loss, LossShare               figure
}

type contextRow struct {
	Label, Text string
	Source      sourceTag
}

type trancheBlock struct {
	ID, Title, Status, Condition, Date string
	Added                              bool
	CondSource, DateSource             sourceTag
	Inputs                             []inputProps
}

// tableDecimals is the decimals of every money column of the tables.
const tableDecimals = 2

func fig(shown string, d decimal.Decimal) figure {
	return figure{Text: shown, Value: text.DataValue(d)}
}

// buildDisplay formats results r of scenario s for the reader.
func buildDisplay(lang string, t dict, view model.View, s model.Scenario, r model.Results, sources map[string]model.Source) display {
	src := func(key string) sourceTag {
		v, ok := sources[key]
		if !ok {
			return sourceTag{}
		}
		return sourceTag{Tag: v.Tag, Legend: t.TagLegend(v.Tag), Text: v.Text, Quote: v.Quote}
	}
	o := r.View(view)
	// A table's money column shows every row with the same decimals.
	money := func(v decimal.Decimal) string { return text.MoneyFixed(lang, v, tableDecimals) }
	var d display
	d.Post = fig(text.Money(lang, o.PostMoney), o.PostMoney)
	d.Raised = fig(text.Money(lang, o.Raised), o.Raised)
	d.Dilution = fig(text.PercentOf(lang, o.Dilution), o.Dilution)
	d.PostViews = fmt.Sprintf(t.ViewsShort, text.Money(lang, r.Firm.PostMoney), text.Money(lang, r.All.PostMoney), text.Money(lang, r.Expected.PostMoney))
	d.RaisedViews = fmt.Sprintf(t.ViewsShort, text.Money(lang, r.Firm.Raised), text.Money(lang, r.All.Raised), text.Money(lang, r.Expected.Raised))
	d.DilViews = fmt.Sprintf(t.ViewsShort, text.PercentOf(lang, r.Firm.Dilution), text.PercentOf(lang, r.All.Dilution), text.PercentOf(lang, r.Expected.Dilution))

	befores := make([]decimal.Decimal, len(o.Holders))
	afters := make([]decimal.Decimal, len(o.Holders))
	for i, h := range o.Holders {
		befores[i], afters[i] = h.Before, h.After
	}
	shownBefore := model.DisplayStakes(befores, 2)
	shownAfter := model.DisplayStakes(afters, 2)
	sumB, sumA := decimal.Zero, decimal.Zero
	for i, h := range o.Holders {
		sumB, sumA = sumB.Add(shownBefore[i]), sumA.Add(shownAfter[i])
		d.Holders = append(d.Holders, holderRow{
			ID:     h.ID,
			Name:   t.HolderName(s, h.ID),
			Before: fig(text.Percent(lang, shownBefore[i], 2), h.Before),
			After:  fig(text.Percent(lang, shownAfter[i], 2), h.After),
			// The change shown is the difference of the two stakes shown, so
			// that the row adds up as the reader reads it.
			Change: text.Points(lang, shownAfter[i].Sub(shownBefore[i]).Shift(-2)),
			Value:  text.MoneyFixed(lang, h.Value, tableDecimals),
		})
		if h.ID == model.Microsoft {
			before := text.PercentOf(lang, h.Before)
			// The figures as the headline and the cap table show them.
			was := text.Percent(lang, h.Before.Shift(2), 2)
			if h.Before.Shift(2).IsInteger() {
				was = text.Percent(lang, h.Before.Shift(2), 0) // the article's "27 %"
			}
			d.Verdict = fmt.Sprintf(t.Verdict, d.Post.Text, text.Percent(lang, shownAfter[i], 2), was)
			if article, _ := model.Default().Value("s." + model.Microsoft); h.Before.Shift(2).Equal(article) {
				d.Implicit = fmt.Sprintf(t.Implicit, text.Percent(lang, shownAfter[i], 2))
			} else {
				d.Implicit = fmt.Sprintf(t.ImplicitGen, before, text.Percent(lang, shownAfter[i], 2))
			}
		}
	}
	d.HolderTotals = [2]string{text.Percent(lang, sumB, 2), text.Percent(lang, sumA, 2)}

	for _, p := range o.Partners {
		d.Partners = append(d.Partners, partnerRow{
			ID:        p.ID,
			Name:      t.HolderName(s, p.ID),
			Equity:    fig(money(p.EquityRound), p.EquityRound),
			EquityIPO: money(p.EquityIPO),
			Stress:    money(p.EquityStress),
			Basis:     money(p.CostBasis),
			Gain:      money(p.PaperGain),
			Commit:    money(p.Commitments),
			NetFlow:   fig(money(p.NetFlow), p.NetFlow),
			Loss:      fig(money(p.CollapseLoss), p.CollapseLoss),
			LossShare: fig(text.PercentOf(lang, p.CollapseShare), p.CollapseShare),
		})
	}

	d.Context = []contextRow{
		{t.CtxTotal, text.Money(lang, o.TotalRaised), src("raised-before")},
		{t.CtxMultiple, text.Multiple(lang, o.MultiplePrev), src("prev-round")},
		{t.CtxUpside, text.PercentOf(lang, o.UpsideIPO), src("ipo")},
		{t.CtxPerUser, text.Dollars(lang, o.PerWeeklyUser), src("weekly-users")},
		{t.CtxPerSub, text.Dollars(lang, o.PerSubscriber), src("subscribers")},
	}
	if len(s.Query()) == 0 && view == model.ViewAll { // the article's figures: 840 and 110 are "all close"
		d.PostSource, d.RaisedSource = src("post"), src("raised")
	}
	azure, aws, cut := decimal.Zero, decimal.Zero, decimal.Zero
	for _, rt := range model.Routes(s) {
		d.Routes = append(d.Routes, routeRow{
			ID: rt.ID, Name: t.Channel(rt.ID), Host: rt.Host, HostLabel: t.Host(rt.Host),
			Distributor: t.Distributor(rt.ID), Amount: money(rt.Amount),
			Cut: fig(money(rt.MicrosoftCut), rt.MicrosoftCut),
		})
		if rt.Host == "aws" {
			aws = aws.Add(rt.Amount)
		} else {
			azure = azure.Add(rt.Amount)
		}
		cut = cut.Add(rt.MicrosoftCut)
	}
	d.RouteTotals = []contextRow{
		{Label: t.TotAzure, Text: text.Money(lang, azure)},
		{Label: t.TotAWS, Text: text.Money(lang, aws)},
		{Label: t.TotMSFT, Text: text.Money(lang, cut)},
	}
	d.Remainder = fmt.Sprintf(t.Remainder, text.PercentOf(lang, s.Others()))
	return d
}
