package main

// How the page's scenario leaves it: the address bar, links, files, print
// and the embed code.

import (
	"net/url"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/embedcode"
	"github.com/roundcalc/roundcalc/model"
)

func (p *page) onCopy(ctx app.Context, e app.Event) {
	link := p.shareURL(ctx).String()
	clip := app.Window().Get("navigator").Get("clipboard")
	p.notice = p.t.CopyFailed
	if !clip.Truthy() {
		return
	}
	// Say "copied" only once the browser has copied: in a frame without
	// clipboard-write permission the promise is refused.
	var done, failed app.Func
	settle := func(notice string) {
		p.own.Dispatch(func(ctx app.Context) { p.notice = notice })
		done.Release()
		failed.Release()
	}
	done = app.FuncOf(func(app.Value, []app.Value) any { settle(p.t.Copied); return nil })
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(p.t.CopyFailed + " " + link); return nil })
	p.notice = ""
	clip.Call("writeText", link).Call("then", done, failed)
}

func (p *page) onExportJSON(ctx app.Context, e app.Event) {
	data, err := p.scenario.MarshalJSON()
	if err != nil {
		return
	}
	download("roundcalc-scenario.json", "application/json", string(data))
}

func (p *page) onExportCSV(ctx app.Context, e app.Event) {
	download("roundcalc-"+string(p.view)+"-"+p.lang+".csv", "text/csv;charset=utf-8",
		tablesCSV(p.lang, p.t, p.scenario, p.results.View(p.view)))
}

// onPrint opens every section, then prints once they are on the page.
func (p *page) onPrint(ctx app.Context, e app.Event) {
	p.openAll()
	ctx.Defer(func(app.Context) { app.Window().Call("print") })
}

// embedSiteNow is what the embed builder makes its codes from: the page's
// address and its scenario as they are now, without the parameters the
// builder sets itself.
func (p *page) embedSiteNow(ctx app.Context) embedSite {
	u := p.shareURL(ctx)
	q := u.Query()
	for _, k := range append([]string{"embed", "lang", "open"}, embedParams()...) {
		q.Del(k)
	}
	origin := ""
	if loc := app.Window().Get("location"); loc.Truthy() {
		origin = loc.Get("origin").String()
	}
	return embedSite{Origin: origin, Path: u.Path, Lang: p.lang, Query: q.Encode(),
		Script: origin + ctx.ResolveStaticResource("/web/embed.js"), Title: p.t.Title, Expand: p.t.EmbedAMPExpand,
		OEmbed: answersOEmbed()}
}

// answersOEmbed reports whether the page's host answers oEmbed for any of
// its addresses: the page's discovery link says where its answer is, the
// server's endpoint or, on a static host, the article's scenario's file.
func answersOEmbed() bool {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return false
	}
	link := doc.Call("querySelector", `link[type="application/json+oembed"]`)
	if !link.Truthy() {
		return false
	}
	u, err := url.Parse(link.Get("href").String())
	return err == nil && u.Path == oembedPath
}

// fullURL is relative to the page itself, so it is right in the
// prerendered page (which knows no host) and under any sub-path. It keeps
// the scenario and the language, as the embed code does: not what the
// embed shows (the full calculator shows everything), nor the parameters
// Pym.js adds for the host page, whose address (a draft's, say) must not
// end up in a link readers share.
func (p *page) fullURL() string {
	q := p.shareQuery()
	for _, k := range slices.Concat([]string{"embed"}, embedParams(), embedcode.PymParams()) {
		q.Del(k)
	}
	if len(q) == 0 {
		return "./"
	}
	return "?" + q.Encode()
}

// scheduleURL rewrites the address bar once the input pauses (urlDelay),
// not during a drag.
func (p *page) scheduleURL(ctx app.Context) {
	if p.own.Context == nil {
		p.own = ctx
	}
	p.jobs.debounce(p.own, jobURL, urlDelay, 0, func(ctx app.Context, _ func() bool) {
		u := p.shareURL(ctx)
		p.address = u.String()
		ctx.Page().ReplaceURL(u)
		// Links that carry the scenario follow with the address bar: not
		// worth rebuilding on every slider tick.
		p.embedSite = p.embedSiteNow(ctx)
		p.fullLink = p.fullURL()
	})
}

// shareURL is the page's address carrying the current scenario.
func (p *page) shareURL(ctx app.Context) *url.URL {
	u := *ctx.Page().URL()
	u.RawQuery = p.shareQuery().Encode()
	return &u
}

// shareQuery is the query that carries the current scenario and view.
func (p *page) shareQuery() url.Values {
	q := p.scenario.Query()
	if p.view != model.ViewAll {
		q.Set("view", string(p.view))
	}
	if p.langExplicit {
		q.Set("lang", p.lang)
	}
	if p.embed {
		q.Set("embed", "1")
	}
	if open := openParam(p.openAsked); open != "" && !p.embed {
		q.Set("open", open)
	}
	for k, v := range p.kept {
		q[k] = v
	}
	return q
}

// linkLang is the language links carry: the reader's choice, else none.
func (p *page) linkLang() string {
	if p.langExplicit {
		return p.lang
	}
	return ""
}
