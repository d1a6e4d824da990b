package main

import (
	"fmt"
	"math"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/embedcode"
	"github.com/roundcalc/roundcalc/app/text"
)

// namedChoice is one box an editor can tick: a parameter or block, named.
type namedChoice struct{ ID, Label string }

// embedPreview is one of the builder's previews: a width an article's
// graphic is read at, and the Pym.js child id its height messages carry.
type embedPreview struct {
	id      string // data-testid and element id
	childID string
	width   int  // CSS px
	phone   bool // else an article's column
}

// embedPreviews are a common phone's width and the column embed codes are
// written for.
func embedPreviews() []embedPreview {
	return []embedPreview{
		{"embed-preview-phone", "roundcalc-preview-phone", 375, true},
		{"embed-preview-column", "roundcalc-preview-column", embedcode.Width, false},
	}
}

// embedBuilder is the "Embed in an article" panel: the editor picks the
// sliders, the blocks, the scenario and the title, sees the embed in two
// previews, and copies its code, its AMP form or its oEmbed address.
//
// The page owns the scenario (Site); the editor's choices are this
// component's own state. Its body, and above all the previews (two more
// calculators), exist only while the panel is open. The code itself stays
// in the page while it is closed, hidden: it is a few lines of text, and
// what reads it (a script, the browser suite) needs no click.
type embedBuilder struct {
	app.Compo
	L       *text.Texts
	Site    embedSite
	Levers  []leverGroup // the sliders offered, grouped and named as the page does
	Presets []presetRow

	choice  embedChoice
	height  int // the column preview's height for this choice, once it has said it: the code's
	open    bool
	status  string // the copy's outcome
	own     app.Context
	release func() // removes the previews' height listener
}

func (b *embedBuilder) OnInit() { b.choice = defaultChoice() }

func (b *embedBuilder) OnMount(ctx app.Context) { b.own = ctx }

func (b *embedBuilder) OnDismount() { b.stopHeights() }

func (b *embedBuilder) Render() app.UI {
	l, c := b.L, b.choice
	code := b.Site.code(c, b.height)
	body := []app.UI{app.Summary().Text(l.Embed)}
	if b.open {
		body = append(body, app.P().Text(l.EmbedHelp), b.choices(c), b.previews(c))
	}
	body = append(body, app.Div().Class("embed-out").Body(
		app.Label().For("embed-snippet").Text(l.EmbedCode),
		app.Textarea().ID("embed-snippet").ReadOnly(true).Rows(4).Spellcheck(false).
			DataSet("testid", "embed-snippet").Body(app.Text(code)),
		app.If(b.open, func() app.UI {
			return app.Div().Class("embed-copy").Body(
				app.Button().Type("button").DataSet("testid", "embed-copy").OnClick(b.onCopy).Text(l.EmbedCopy),
				app.Span().Role("status").DataSet("testid", "embed-copy-status").Text(b.status),
			)
		}),
	))
	if b.open {
		body = append(body,
			app.Div().Class("embed-out").Body(
				app.Label().For("embed-amp").Text(l.EmbedAMP),
				app.Textarea().ID("embed-amp").ReadOnly(true).Rows(4).Spellcheck(false).
					DataSet("testid", "embed-amp").Body(app.Text(b.Site.amp(c, b.height))),
			),
			// A static host has no oEmbed answer for this embed to offer.
			app.If(b.Site.OEmbed, func() app.UI {
				return app.Div().Class("embed-out").Body(
					app.Label().For("embed-oembed").Text(l.EmbedOEmbed),
					app.Input().Type("text").ID("embed-oembed").ReadOnly(true).Spellcheck(false).
						DataSet("testid", "embed-oembed").Value(attrText(b.Site.oembed(c))),
				)
			}),
		)
	}
	return app.Details().Class("embed-code").OnToggle(b.onToggle).Body(body...)
}

// choices are the editor's boxes: sliders, blocks, scenario, title.
func (b *embedBuilder) choices(c embedChoice) app.UI {
	l := b.L
	var blocks []namedChoice
	for _, id := range embedBlocks() {
		blocks = append(blocks, namedChoice{id, blockLabel(l, id)})
	}
	return app.Div().Class("embed-choices").Body(
		b.leverBoxes(c),
		b.boxes("block", l.EmbedBlocks, blocks, c.Show.Blocks, func(c *embedChoice) *[]string { return &c.Show.Blocks }),
		app.FieldSet().Class("embed-choice").Body(
			app.Legend().ID("embed-scenario-legend").Class("embed-legend").Text(l.EmbedScenario),
			app.Select().ID("embed-scenario").Aria("labelledby", "embed-scenario-legend").
				DataSet("testid", "embed-scenario").OnChange(b.onScenario).Body(
				app.Option().Value(pageScenario).Selected(c.Preset == "").Text(l.EmbedThisScenario),
				app.Range(b.Presets).Slice(func(i int) app.UI {
					p := b.Presets[i]
					return app.Option().Value(p.ID).Selected(c.Preset == p.ID).Text(p.Label)
				}),
			),
			app.Label().Class("embed-box").Body(
				app.Input().Type("checkbox").DataSet("testid", "embed-title").Checked(c.Show.Title).OnChange(b.onTitle),
				app.Span().Text(l.EmbedShowTitle),
			),
			app.Label().For("embed-theme").Class("embed-legend").Text(l.EmbedTheme),
			app.Select().ID("embed-theme").DataSet("testid", "embed-theme").OnChange(b.onTheme).Body(
				app.Range(embedThemes()).Slice(func(i int) app.UI {
					th := embedThemes()[i]
					return app.Option().Value(th).Selected(c.Show.Theme == th).Text(themeLabel(l, th))
				}),
			),
		),
	)
}

// themeLabel names a theme in the page's language.
func themeLabel(l *text.Texts, theme string) string {
	switch theme {
	case themeDark:
		return l.EmbedThemeDark
	case themeAuto:
		return l.EmbedThemeAuto
	}
	return l.EmbedThemeLight
}

func (b *embedBuilder) onTheme(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	if !slices.Contains(embedThemes(), v) {
		v = themeLight
	}
	b.change(func(c *embedChoice) { c.Show.Theme = v })
}

// leverBoxes offers every slider, one box list per part of the page.
func (b *embedBuilder) leverBoxes(c embedChoice) app.UI {
	return app.FieldSet().Class("embed-choice", "embed-levers-choice").Body(
		app.Legend().Class("embed-legend").Text(b.L.EmbedLevers),
		app.Div().Class("embed-lever-groups").Body(
			app.Range(b.Levers).Slice(func(i int) app.UI {
				g := b.Levers[i]
				return b.boxes("lever", g.Title, g.Levers, c.Show.Levers, func(c *embedChoice) *[]string { return &c.Show.Levers })
			}),
		),
	)
}

// boxes is one list of boxes. Ticking a box adds its name at the end of
// the list, unticking takes it out: the list's order is the order in which
// the editor ticked, which is the order the embed shows.
func (b *embedBuilder) boxes(kind, legend string, offered []namedChoice, ticked []string, list func(*embedChoice) *[]string) app.UI {
	return app.FieldSet().Class("embed-choice").Body(
		app.Legend().Class("embed-legend").Text(legend),
		app.Range(offered).Slice(func(i int) app.UI {
			o := offered[i]
			return app.Label().Class("embed-box").Body(
				app.Input().Type("checkbox").DataSet("testid", "embed-"+kind+"-"+testID(o.ID)).
					Checked(slices.Contains(ticked, o.ID)).
					OnChange(func(ctx app.Context, e app.Event) {
						on := ctx.JSSrc().Get("checked").Bool()
						b.change(func(c *embedChoice) {
							l := slices.DeleteFunc(slices.Clone(*list(c)), func(s string) bool { return s == o.ID })
							if on {
								l = append(l, o.ID)
							}
							*list(c) = l
						})
					}),
				app.Span().Text(o.Label),
			)
		}),
	)
}

// change applies an edit to the choice; the code changed, so a copy's
// outcome no longer stands.
func (b *embedBuilder) change(edit func(*embedChoice)) {
	c := b.choice
	c.Show.Levers, c.Show.Blocks = slices.Clone(c.Show.Levers), slices.Clone(c.Show.Blocks)
	edit(&c)
	b.choice, b.status, b.height = c, "", 0
}

// pageScenario is the scenario select's value for the page's own (go-app
// drops an empty value attribute).
const pageScenario = "page"

func (b *embedBuilder) onScenario(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	if _, _, ok := presetScenario(v); !ok {
		v = "" // the page's
	}
	b.change(func(c *embedChoice) { c.Preset = v })
}

func (b *embedBuilder) onTitle(ctx app.Context, e app.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	b.change(func(c *embedChoice) { c.Show.Title = on })
}

// previews are the embed as the article will show it, at a phone's width
// and an article column's, each as tall as its content says it is.
func (b *embedBuilder) previews(c embedChoice) app.UI {
	l := b.L
	return app.Section().Class("embed-previews").Aria("label", l.EmbedPreview).Body(
		app.Range(embedPreviews()).Slice(func(i int) app.UI {
			p := embedPreviews()[i]
			name := fmt.Sprintf(l.EmbedColumn, p.width)
			if p.phone {
				name = fmt.Sprintf(l.EmbedPhone, p.width)
			}
			return app.Figure().Class("embed-preview").Body(
				app.FigCaption().Text(name),
				// It scrolls sideways on a narrow screen: reachable by the
				// keyboard too, named for the preview it holds.
				app.Div().Class("embed-preview-box").TabIndex(0).Role("region").Aria("label", attrText(name)).Body(
					app.IFrame().ID(p.id).DataSet("testid", p.id).Src(attrText(b.Site.frame(c, p.childID))).
						Title(fmt.Sprintf(l.EmbedPreviewOf, name)).Width(p.width).Height(embedcode.Height),
				),
			)
		}),
	)
}

// onToggle follows the panel: the previews and their height listener exist
// only while it is open.
func (b *embedBuilder) onToggle(ctx app.Context, e app.Event) {
	b.open = ctx.JSSrc().Get("open").Bool()
	if b.open {
		b.listenHeights()
	} else {
		b.stopHeights()
		b.status = ""
	}
}

// listenHeights sizes each preview to the height its embed reports, in
// Datawrapper's form keyed by the preview's child id. A message counts only
// from the preview's own window, on the page's own origin: no other frame
// or window can size the previews.
func (b *embedBuilder) listenHeights() {
	if b.release != nil {
		return
	}
	win := app.Window()
	origin := win.Get("location").Get("origin").String()
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("origin").String() != origin {
			return nil
		}
		data := args[0].Get("data")
		if data.Type() != app.TypeObject || data.IsNull() {
			return nil
		}
		byID := data.Get("datawrapper-height")
		if byID.Type() != app.TypeObject || byID.IsNull() {
			return nil
		}
		for _, p := range embedPreviews() {
			h := byID.Get(p.childID)
			if h.Type() != app.TypeNumber || !(h.Float() > 0 && h.Float() < 1e5) {
				continue
			}
			frame := win.GetElementByID(p.id)
			if frame.Truthy() && args[0].Get("source").Equal(frame.Get("contentWindow")) {
				px := int(math.Ceil(h.Float()))
				frame.Get("style").Set("height", fmt.Sprintf("%dpx", px))
				if !p.phone && px != b.height {
					// The code's frame takes the column's height before its
					// own first message: the article keeps its place.
					b.own.Dispatch(func(app.Context) { b.height = px })
				}
			}
		}
		return nil
	})
	win.Call("addEventListener", "message", fn)
	b.release = func() {
		win.Call("removeEventListener", "message", fn)
		fn.Release()
	}
}

func (b *embedBuilder) stopHeights() {
	if b.release != nil {
		b.release()
		b.release = nil
	}
}

// onCopy copies the code. Where the clipboard is missing or refused (a
// page served over plain HTTP, a browser's permission), the code is
// selected and copied the older way if the browser still allows it; the
// status line says which, so the editor knows whether to press Ctrl+C.
func (b *embedBuilder) onCopy(ctx app.Context, e app.Event) {
	code := b.Site.code(b.choice, b.height)
	b.status = ""
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		b.selectCode()
		return
	}
	var done, failed app.Func
	settle := func(copied bool) {
		b.own.Dispatch(func(ctx app.Context) {
			if copied {
				b.status = b.L.EmbedCopied
			} else {
				b.selectCode()
			}
		})
		done.Release()
		failed.Release()
	}
	done = app.FuncOf(func(app.Value, []app.Value) any { settle(true); return nil })
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(false); return nil })
	clip.Call("writeText", code).Call("then", done, failed)
}

// selectCode selects the code and tries execCommand("copy").
func (b *embedBuilder) selectCode() {
	b.status = b.L.EmbedSelected
	area := app.Window().GetElementByID("embed-snippet")
	if !area.Truthy() {
		return
	}
	area.Call("focus")
	area.Call("select")
	if execCopy() {
		b.status = b.L.EmbedCopied
	}
}

// execCopy is document.execCommand("copy"), false where it throws.
func execCopy() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	v := app.Window().Get("document").Call("execCommand", "copy")
	return v.Type() == app.TypeBoolean && v.Bool()
}

// blockLabel names a block of an embed.
func blockLabel(l *text.Texts, id string) string {
	switch id {
	case blockVerdict:
		return l.BlockVerdict
	case blockFigures:
		return l.BlockFigures
	case blockContributions:
		return l.BlockContributions
	case blockOwnership:
		return l.BlockOwnership
	case blockCaptable:
		return l.BlockCaptable
	case blockExposure:
		return l.BlockExposure
	case blockCollapse:
		return l.BlockCollapse
	case blockRoutes:
		return l.BlockRoutes
	case blockPay:
		return l.Time.BlockPay
	case blockTime:
		return l.Time.BlockTime
	}
	return id
}
