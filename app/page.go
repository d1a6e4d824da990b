package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/chart"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// urlDelay is the pause in the input after which the address bar follows:
// browsers throttle replaceState, and a rewrite costs a drag's tick its
// frame (replaceState itself took 5 to 20 ms in headless Chromium, and the
// links that carry the scenario are rebuilt with it).
const urlDelay = 250 * time.Millisecond

// Charts follow a pause of chartsQuiet in the input, or chartsMaxWait into
// a long drag.
const (
	chartsQuiet   = 60 * time.Millisecond
	chartsMaxWait = 500 * time.Millisecond
)

// sparksQuiet is the pause after which the sensitivity lines are drawn.
const sparksQuiet = 150 * time.Millisecond

// verdictQuiet is the pause after which a screen reader hears the verdict:
// once, when the input settles, not on every slider tick.
const verdictQuiet = 700 * time.Millisecond

// page is the calculator. It owns the scenario and everything derived from
// it; leaf components get strings and an On… callback.
type page struct {
	app.Compo

	lang         string
	langExplicit bool // from the URL or the switch, so it is kept in links
	view         model.View
	embed        bool
	embedOpts    embedOptions // what an embed shows
	scenario     model.Scenario
	results      model.Results
	refused      []model.Error // inputs refused since the last accepted change
	kept         url.Values    // other parameters (Pym.js…) kept on rewrite
	sources      map[string]model.Source
	t            dict
	d            display
	notice       string          // short status such as "link copied"
	heights      *heightReporter // set when embedded
	// own is the page's own context. Timers and deferred work use it: go-app
	// drops them when the element whose event started them is gone (the
	// add-tranche form, a removed card, a restore button).
	own       app.Context
	embedSite embedSite // what the embed builder's codes are made of
	fullLink  string    // the full calculator with this scenario, from an embed
	address   string    // the page's address with its scenario, for paper

	charts    []chart.Data      // the pictures, drawn once per accepted change
	chartRuns chartRuns         // which drawing shows
	sparks    map[string]string // sensitivity lines by parameter; may lag a moment
	// sourceRows depend on the language only: built on load and switch.
	sourceRows []sourceRow
	presets    []presetRow // the questions and their lines: the language's only
	jobs       scheduler   // deferred work: charts, address bar, sensitivity lines, GC
	hot        hotFrames   // go-app's frame loop, kept running during a drag

	// typed is the reader's text of a refused typed value, by parameter:
	// its field keeps showing it.
	typed map[string]string

	article       model.Scenario  // the article's scenario, for "changed" marks
	articleParams map[string]bool // the inputs it has

	open        map[string]bool // the folded sections on the page
	openAsked   map[string]bool // those the address or the reader asked for: kept in the address
	preset      string          // the question last loaded from its link
	initURL     string          // the address OnInit loaded, until the first navigation
	liveVerdict string          // the verdict as the polite live region reads it
	printHooked bool            // the sections open before printing
	// startData is what the script before the program needs of the page
	// (start_data.go): written in the prerendered page only.
	startData string
}

func newPage() app.Composer { return &page{} }

// OnInit loads the scenario before the first render. In the browser the
// address is at hand at once, so the first render already shows the
// link's figures and does not flash the article's over the prerendered page.
func (p *page) OnInit() {
	if app.IsClient {
		pauseGC()
		u := app.Window().URL()
		p.load(u, app.Window().Get("navigator").Get("language").String())
		p.initURL = u.String()
		return
	}
	p.load(&url.URL{Path: "/"}, "")
}

// OnPreRender renders the request's own scenario on the server.
func (p *page) OnPreRender(ctx app.Context) {
	p.load(ctx.Page().URL(), "")
	p.afterLoad(ctx)
}

func (p *page) OnNav(ctx app.Context) {
	if !app.IsClient {
		// The server's engine navigates too; OnPreRender has done its work,
		// and the deferred work below (sensitivity lines, heights) would only
		// hold the response back.
		return
	}
	// The first navigation is to the address OnInit has loaded already:
	// computing and drawing it again would cost the start about 50 ms.
	if u := ctx.Page().URL(); u.String() != p.initURL {
		p.load(u, app.Window().Get("navigator").Get("language").String())
	}
	p.initURL = ""
	p.afterLoad(ctx)
	p.own = ctx
	p.replayEarly()    // what the reader did before the wasm ran
	p.collectOnPause() // what mounting the page left
	p.drawSparks()
	p.hookPrint()
	if p.embed && p.heights == nil {
		p.heights = newHeightReporter(ctx.Page().URL().Query())
		p.heights.observe()
		p.reportHeight(ctx)
	}
}

func (p *page) afterLoad(ctx app.Context) {
	p.headWords(ctx)
	p.embedSite = p.embedSiteNow(ctx)
	p.address = p.shareURL(ctx).String()
}

// headWords puts the page's language, title and description in its head,
// and in the browser links the manifest of its language, which the server
// names on the manifest link (a static host's page is prerendered in one).
func (p *page) headWords(ctx app.Context) {
	ctx.Page().SetLang(p.lang)
	ctx.Page().SetTitle("%s", p.t.Title)
	ctx.Page().SetDescription("%s", attrText(p.t.Description)) // no-break spaces, in Go quoting on the server
	if !app.IsClient {
		ctx.Page().SetLoadingLabel("%s", p.t.Start.Loading) // the loading label speaks the page's language
		return
	}
	if link := app.Window().Get("document").Call("querySelector", `link[rel="manifest"]`); link.Truthy() {
		if href := link.Get("dataset").Get(p.lang); href.Truthy() && link.Call("getAttribute", "href").String() != href.String() {
			link.Call("setAttribute", "href", href.String())
		}
	}
}

// load reads the scenario, view and language from an address. The model
// reads the raw query: url.Query would drop a pair it cannot read (pre=%zz)
// and show the article's figures as the link's, without a word.
func (p *page) load(u *url.URL, browserLang string) {
	q, unreadable := model.ReadQuery(u.RawQuery)
	p.article = model.Default()
	p.articleParams = paramsOf(p.article)
	p.lang, p.langExplicit = "fr", false
	if l := text.Supported(q.Get("lang")); l != "" && q.Get("lang") == l {
		p.lang, p.langExplicit = l, true
	} else if l := pathLang(u.Path); l != "" {
		p.lang = l // the language's own page: its links keep the path
	} else if l := text.Supported(browserLang); l != "" {
		p.lang = l
	}
	p.t = texts(p.lang)
	p.sources = localSources(p.t)

	s, problems := model.ParseQuery(model.Default(), q)
	problems = append(unreadable, problems...)
	if raw, ok := q["lang"]; ok && !p.langExplicit {
		problems = append(problems, model.Error{Code: model.ErrUnknownValue, Field: "lang", Value: first(raw)})
	}
	view, viewProblems := model.ParseView(q.Get("view"))
	p.view, problems = view, append(problems, viewProblems...)
	p.embed = q.Get("embed") == "1"
	p.open, p.openAsked = openSections(q)
	p.kept = url.Values{}
	for k, v := range q {
		if !isOwnParam(k) {
			p.kept[k] = v
		}
	}
	if !p.apply(s) {
		p.apply(model.Default())
	}
	p.refused = problems
	p.embedOpts = readEmbedOptions(q, p.scenario)
	if !p.embed { // an embed shows no questions
		p.presets = presetRows(p.lang, p.t, p.linkLang())
	}
	p.rebuild()
	p.liveVerdict = p.spoken()
	p.drawCharts()
	p.sourceRows = sourceRows(p.t, p.scenario, p.sources)
	// The credit's link is in the first render: the client's mount
	// replaces the prerendered link before any navigation.
	p.fullLink = p.fullURL()
	if !app.IsClient {
		p.startData = startJSON(p.lang)
	}
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// apply computes s and makes it the page's scenario if it is valid.
func (p *page) apply(s model.Scenario) bool {
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		p.refused = errs
		return false
	}
	p.scenario, p.results, p.refused = s, r, nil
	return true
}

// rebuild formats every figure once, after an accepted change.
func (p *page) rebuild() {
	p.d = buildView(viewInput{lang: p.lang, t: p.t, view: p.view, s: p.scenario, r: p.results, article: p.article,
		articleParams: p.articleParams, sources: p.sources, sparks: p.sparks, refused: p.refused, typed: p.typed,
		presets: p.presets, preset: p.preset, levers: p.levers(), builder: !p.embed, years: p.showsChart(secTime),
		roles: !p.embed && p.open[secRoles]})
}

// showsChart reports whether the page shows a picture now: drawing the
// folded sections' (the web above all) would cost the start about 40 ms.
func (p *page) showsChart(id string) bool {
	if p.embed {
		return p.embedShowsChart(id)
	}
	switch id {
	case "flows", "exposure":
		return p.open[secCollapse]
	case "web":
		return p.open[secWeb]
	case "timeline":
		return p.open[secContext]
	case "time":
		return p.open[secTime]
	}
	return true
}

// drawCharts draws the pictures of the current scenario, at once.
func (p *page) drawCharts() {
	p.chartRuns.show(p.chartRuns.start())
	p.charts = chart.Some(p.lang, p.t.Texts, p.scenario, p.results, p.view, p.showsChart)
}

// drawChartsNext redraws the pictures once the reader pauses (chartsQuiet),
// and tries every chartsMaxWait during a long drag (such a drawing shows
// only if the figures have not moved on while it was drawn). Redrawing the five
// pictures costs about as much as the rest of a slider tick, so doing it on
// every tick would double the input-to-figure time; the figures and tables
// themselves follow every tick.
func (p *page) drawChartsNext() {
	p.chartRuns.ask()
	if p.own.Context == nil {
		p.drawCharts()
		return
	}
	p.jobs.debounce(p.own, jobCharts, chartsQuiet, chartsMaxWait, func(ctx app.Context, _ func() bool) {
		p.drawChartsAsync(ctx)
		ctx.PreventUpdate() // they show when drawn
	})
}

// changed follows an accepted change: figures, address bar, and the
// parent frame's height when embedded.
func (p *page) changed(ctx app.Context) {
	p.hot.keep(p.own)
	p.collectOnPause()
	p.rebuild()
	p.announceVerdict()
	p.drawChartsNext()
	p.drawSparks()
	p.scheduleURL(ctx)
	p.reportHeight(ctx)
}

// drawSparks draws the sensitivity lines off the input path: they follow
// the figures once the reader pauses, and never delay them.
func (p *page) drawSparks() {
	if p.own.Context == nil || p.embed {
		return
	}
	lang, tx, s, view := p.lang, &p.t.Chart, p.scenario, p.view
	p.jobs.debounce(p.own, jobSparks, sparksQuiet, 0, func(ctx app.Context, stale func() bool) {
		drawSensitivityLines(ctx, lang, tx, s, view, stale, func(ctx app.Context, lines map[string]string) {
			p.sparks = lines
			p.rebuild()
		})
	})
}

// reportHeight tells the parent frame the page's height once the change is
// on screen, where no ResizeObserver does it already: measuring forces a
// layout, which a slider tick should not pay twice.
func (p *page) reportHeight(ctx app.Context) {
	if p.heights != nil && !p.heights.observing {
		p.own.Defer(func(ctx app.Context) { p.heights.report() })
	}
}

func (p *page) OnResize(ctx app.Context) { p.reportHeight(ctx) }

// errorText is the alert region's content: empty when all is well.
func (p *page) errorText() string {
	var msgs []string
	for _, e := range p.refused {
		msgs = append(msgs, p.t.errorText(p.lang, p.scenario, e))
	}
	sort.Strings(msgs)
	return strings.Join(msgs, " ")
}

func (p *page) Render() app.UI {
	if p.embed {
		return p.renderEmbed()
	}
	l := p.d.L
	return app.Div().Class("page").Lang(p.lang).DataSet("start", p.startData).Body(
		app.A().Href("#main").ID("skip-link").Class("skip-link").Text(l.SkipLink),
		app.Main().ID("main").TabIndex(-1).Body(
			// The first screen: title, verdict, headline figures, who puts in what.
			app.Header().Class("masthead").Body(
				app.H1().Text(l.Title),
				app.P().Class("lede", "screen-only").Text(l.Subtitle), // "change an assumption…"
				// On paper, where the scenario lives.
				app.P().Class("print-only").DataSet("testid", "print-address").Text(fmt.Sprintf(l.PrintAddress, p.address)),
			),
			app.P().Class("verdict").DataSet("testid", "verdict").Text(p.d.Verdict),
			app.P().Class("sr-only").Aria("live", "polite").DataSet("testid", "verdict-live").Text(p.liveVerdict),
			p.headline(l),
			p.chart("contributions"),
			p.payStory(l),
			&presetsPanel{Title: l.PresetsTitle, Back: l.PresetBack, Shown: p.d.PresetShown, CanGoBack: p.d.PresetBack, Rows: p.d.Presets,
				onPick: p.onPreset, onBack: p.onPresetBack},
			p.toolbar(l),
			&updateBanner{Message: l.UpdateReady, Reload: l.UpdateReload},
			&installButton{Label: l.Install},
			app.Div().Class("error").Role("alert").DataSet("testid", "error").Text(p.errorText()),
			app.Div().Class("columns").Body(
				app.Section().Class("inputs", "levers").Body(
					app.H2().Text(l.SecLevers),
					p.inputs(p.d.Valuations),
					p.inputs(p.d.Lever),
				),
				app.Section().Class("outputs").Body(
					p.capTable(l),
					p.chart("ownership"),
				),
			),
			app.Div().Class("folds").Body(
				p.fold(secContext, l.SecContext, func() app.UI {
					return app.Div().Body(&contextFigures{Rows: p.d.Context}, p.chart("timeline"))
				}),
				p.fold(secStakes, l.SecStakes, func() app.UI {
					return app.Div().Class("inputs").Body(p.inputs(p.d.Stakes), app.P().Class("remainder").Text(p.d.Remainder))
				}),
				p.fold(secTranches, l.SecTranches, func() app.UI {
					return app.Div().Class("inputs").Body(
						app.Range(p.d.Tranches).Slice(func(i int) app.UI {
							b := p.d.Tranches[i]
							b.Inputs = withoutLever(b.Inputs) // the lever is up front
							return &trancheCard{B: b, RemoveLabel: l.Remove, onRemove: p.onRemoveTranche, onChange: p.onInput, onRestore: p.onRestore}
						}),
						p.addTranche(l),
					)
				}),
				p.fold(secTies, l.SecTies, func() app.UI {
					return app.Div().Class("inputs", "wide").Body(app.Div().Class("grid").Body(p.inputs(p.d.Ties)))
				}),
				p.fold(secCollapse, l.SecCollapse, func() app.UI {
					return app.Div().Body(
						app.Div().Class("inputs", "wide").Body(app.Div().Class("grid").Body(p.inputs(p.d.Collapse))),
						p.exposure(l),
						app.Div().Class("chart-pair").Body(p.chart("flows"), p.chart("exposure")),
					)
				}),
				p.fold(secTime, l.Time.TimeHeading, func() app.UI { return p.yearsFold(l) }),
				p.fold(secRoutes, l.SecRoutes, func() app.UI {
					return app.Div().Class("inputs", "wide").Body(
						p.routes(l, ""), // the section's heading names it
						app.Div().Class("grid").Body(p.inputs(p.d.RouteInputs)),
					)
				}),
				p.fold(secRoles, l.Roles.Title, func() app.UI {
					r := rolesTableFor(l, p.d.Roles)
					r.Title = "" // the section's heading
					return r
				}),
				p.fold(secWeb, l.SecWeb, func() app.UI { return p.chart("web") }),
				p.fold(secSources, l.SecSources, func() app.UI {
					return &sourcesList{Intro: l.SourcesIntro,
						Head: [3]string{l.ColFigure, l.ColTag, l.ColSource}, Rows: p.sourceRows}
				}),
			),
			&sharePanel{L: shareLabels{Title: l.SecShare, ExportJSON: l.ExportJSON, ExportCSV: l.ExportCSV,
				Import: l.Import, Print: l.Print},
				T: l, EmbedSite: p.embedSite, EmbedLevers: p.d.Offered, Presets: p.d.Presets,
				onExportJSON: p.onExportJSON, onExportCSV: p.onExportCSV, onPrint: p.onPrint, onImport: p.onImport,
				onRefuse: p.onImportRefused},
			// The embed's credit line, shown only where a host serves this
			// page for an embed's address (web/app.css, rc-as-embed): the
			// frame is then as tall as the embed it becomes.
			app.P().Class("credit", "rc-embed-only").Body(app.Text(l.EmbedCredit+" "),
				app.A().Href(attrText(p.fullLink)).Target("_blank").Rel("noopener").Text(l.EmbedOpen)),
		),
		app.Footer().Class("foot").Body(
			app.P().Class("screen-only").Text(l.TagsLegend), // "activate it…"
			app.P().Text(l.Footer),
		),
	)
}

func (p *page) headline(l *text.Texts) app.UI {
	implicit := p.d.Implicit
	if !p.embed {
		implicit = "" // the verdict says it
	}
	return &headline{D: headlineProps{
		PostLabel: l.Post, RaisedLabel: l.Raised, DilutionLabel: l.Dilution,
		Post: p.d.Post, Raised: p.d.Raised, Dilution: p.d.Dilution,
		PostViews: p.d.PostViews, RaisedViews: p.d.RaisedViews, DilViews: p.d.DilViews,
		Implicit: implicit, PendingNote: l.Pending,
		PostSource: p.d.PostSource, RaisedSource: p.d.RaisedSource,
		Answer: p.d.Answer == answerHeadline,
	}}
}

func (p *page) toolbar(l *text.Texts) app.UI {
	return &toolbar{
		Lang: p.lang, LangSwitch: l.LangSwitch, ViewLabel: l.View, View: string(p.view),
		ViewOptions: [3][2]string{{"firm", l.ViewFirm}, {"all", l.ViewAll}, {"expected", l.ViewExpected}},
		Copy:        l.Copy, Reset: l.Reset, Notice: p.notice,
		onView: p.onView, onLang: p.onLang, onCopy: p.onCopy, onReset: p.onReset,
	}
}

// addTranche is the form for another investor's tranche.
func (p *page) addTranche(l *text.Texts) app.UI {
	return &addTrancheForm{
		Title: l.AddTitle, NameLabel: l.AddName, AmountLabel: l.AddAmount,
		ProbLabel: l.AddProb, Button: l.AddButton, onAdd: p.onAddTranche,
	}
}

func (p *page) capTable(l *text.Texts) app.UI {
	return &capTable{Title: l.SecCaptable, Head: [5]string{l.ColHolder, l.ColBefore, l.ColAfter, l.ColChange, l.ColValue},
		TotalLabel: l.Total, Rows: p.d.Holders, Totals: p.d.HolderTotals}
}

// routes is the "follow a dollar" table, under title ("" when a heading
// above names it).
func (p *page) routes(l *text.Texts, title string) app.UI {
	return &dollarRoutes{Title: title, Intro: l.RoutesIntro,
		Head: [5]string{l.ColChannel, l.ColHost, l.ColDist, l.ColAmount, l.ColCut},
		Rows: p.d.Routes, Totals: p.d.RouteTotals}
}

func (p *page) exposure(l *text.Texts) app.UI {
	return &exposureTable{Title: l.SecExposure, Head: [10]string{l.ColPartner, l.ColEquity, l.ColEquityIPO, l.ColStress, l.ColBasis, l.ColGain, l.ColCommit, l.ColNetFlow, l.ColLoss, l.ColLossShare},
		Rows: p.d.Partners}
}

// chart shows one of the pictures by id.
func (p *page) chart(id string) app.UI {
	for _, c := range p.charts {
		if c.ID == id {
			return &chartFigure{Data: c, DownloadLabel: p.t.Chart.Download, TableLabel: p.t.Chart.Data,
				Answer: p.d.Answer == id}
		}
	}
	return app.Div()
}

func (p *page) inputs(list []inputProps) app.UI {
	return app.Range(list).Slice(func(i int) app.UI {
		return &numberInput{Props: list[i], onChange: p.onInput, onRestore: p.onRestore}
	})
}
