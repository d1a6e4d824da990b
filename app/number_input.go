package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// typedQuiet is the pause in the reader's typing after which a typed value
// applies; Enter and leaving the field apply it at once.
const typedQuiet = 300 * time.Millisecond

// inputProps is everything a numberInput shows, precomputed by the page once
// per change so that Render only lays it out.
type inputProps struct {
	Param   string // URL parameter: pre, s.msft, q.amzn2…
	Label   string
	Slider  string // value in the URL unit, dot separator
	Field   string // the same, as the reader's language writes it
	Min     string
	Max     string
	Step    string
	Unit    string
	Hint    string // optional line under the label
	Changed bool   // differs from the article's figure
	Restore string // "Restore 730", shown when Changed
	Source  sourceTag
	Spark   string // sensitivity line (SVG markup) or ""
	// Refused explains, beside the field, why the value last typed or read
	// for it was refused (its label and the accepted range); "" when none.
	Refused string
	// Typed is the reader's refused text, which the field keeps showing.
	Typed string
}

// numberInput is a slider with a typed field beside it. Both report raw
// values in URL form; the page validates them with the model and refuses
// what is out of range, so a refused value never reaches the figures.
//
// The On… callbacks are unexported on purpose, here and in the other leaf
// components: go-app compares exported fields with reflect.DeepEqual, which
// never finds two funcs equal, so exported callbacks re-rendered all ~40
// sliders on every move. The callbacks set at first mount are the page's
// own methods and stay valid for the component's life.
//
// The typed field applies as the reader types, once they pause
// (typedQuiet), and at once on Enter or when they leave it. While they type
// it shows their own text, never a rewrite of it ("0," stays "0,", not "0");
// a refused text stays in the field, marked, with the reason beside it.
type numberInput struct {
	app.Compo
	Props     inputProps
	onChange  func(ctx app.Context, param, raw string)
	onRestore func(ctx app.Context, param string)

	editing  bool   // the reader is typing in the field
	typed    string // what they typed last
	typedFor string // the parameter it was typed for
	sent     string // typed text reported since the last keystroke, if any
	pause    int    // counts keystrokes: a pause's timer applies only the last
	// own is the component's context, for the pause's timer: go-app drops a
	// timer started from the field's event once that element is re-created.
	own   app.Context
	track [2]string // the slider's min and max as last rendered
}

func (n *numberInput) Render() app.UI {
	p := n.Props
	id := testID(p.Param)
	field := app.Input().Type("text").ID("field-"+id).Class("num-field").
		Attr("inputmode", "decimal").AutoComplete(false).Spellcheck(false).
		Value(n.fieldText()).
		DataSet("testid", "field-"+id).DataSet("param", p.Param).
		OnInput(n.onFieldInput).OnChange(n.onField).OnBlur(n.onFieldBlur)
	if p.Refused != "" {
		field = field.Class("num-invalid").Aria("invalid", "true").Aria("describedby", "field-"+id+"-error")
	}
	return app.Div().Class("num").Aria("live", "off").Body(
		app.Div().Class("num-head").Body(
			app.Label().For("field-"+id).Class("num-label").Text(p.Label),
			&sourceTag{Tag: p.Source.Tag, Legend: p.Source.Legend, Text: p.Source.Text, Quote: p.Source.Quote},
			app.If(p.Changed, func() app.UI {
				// Named with its input: two changed figures both offer "Restore 50 %".
				return app.Button().Type("button").Class("num-restore").
					Aria("label", attrText(p.Restore+" — "+p.Label)).Text(p.Restore).
					OnClick(func(ctx app.Context, e app.Event) {
						if n.onRestore != nil {
							n.onRestore(ctx, p.Param)
						}
					})
			}),
		),
		app.If(p.Hint != "", func() app.UI { return app.P().Class("num-hint").Text(p.Hint) }),
		app.Div().Class("num-row").Body(
			app.Input().Type("range").Class("num-slider").
				Min(p.Min).Max(p.Max).Attr("step", p.Step).Value(p.Slider).
				Aria("label", attrText(p.Label)).Aria("valuetext", attrText(p.Field+" "+p.Unit)).
				DataSet("testid", "input-"+id).DataSet("param", p.Param).
				OnInput(n.onSlider),
			field,
			app.Span().Class("num-unit").Text(p.Unit),
		),
		app.If(p.Refused != "", func() app.UI {
			return app.P().ID("field-"+id+"-error").Class("num-error").
				DataSet("testid", "field-error-"+id).Text(p.Refused)
		}),
		app.If(p.Spark != "", func() app.UI { return app.Div().Class("num-spark").Body(app.Raw(p.Spark)) }),
	)
}

// OnMount sets the slider's value again once every attribute is in place:
// go-app sets attributes in no fixed order, and a value set before max or
// step is clamped or snapped by the browser (730 shown as 100).
func (n *numberInput) OnMount(ctx app.Context) {
	n.own = ctx
	n.track = [2]string{n.Props.Min, n.Props.Max}
	n.syncSlider()
}

// OnUpdate does the same when the track changes (a typed value off the
// track widens it), once the new attributes are in place.
func (n *numberInput) OnUpdate(ctx app.Context) {
	if track := [2]string{n.Props.Min, n.Props.Max}; track != n.track {
		n.track = track
		ctx.Defer(func(app.Context) { n.syncSlider() })
	}
}

func (n *numberInput) syncSlider() {
	if root := n.JSValue(); root.Truthy() {
		if slider := root.Call("querySelector", "input[type=range]"); slider.Truthy() {
			slider.Set("value", n.Props.Slider)
		}
	}
}

func (n *numberInput) onSlider(ctx app.Context, e app.Event) {
	if n.onChange != nil {
		n.onChange(ctx, n.Props.Param, ctx.JSSrc().Get("value").String())
	}
}

// fieldText is what the field shows: the reader's text while they type or
// when it was refused, the value in use otherwise.
func (n *numberInput) fieldText() string {
	p := n.Props
	switch {
	case n.editing && n.typedFor == p.Param:
		return n.typed
	case p.Refused != "" && p.Typed != "":
		return p.Typed
	}
	return p.Field
}

// onFieldInput follows a keystroke: the text applies once the reader
// pauses. Nothing re-renders meanwhile: the field shows their text already.
func (n *numberInput) onFieldInput(ctx app.Context, e app.Event) {
	n.editing, n.typed, n.typedFor, n.sent = true, ctx.JSSrc().Get("value").String(), n.Props.Param, ""
	ctx.PreventUpdate()
	n.pause++
	pause := n.pause
	timers := n.own
	if timers.Context == nil {
		timers = ctx
	}
	timers.After(typedQuiet, func(ctx app.Context) {
		if pause == n.pause && n.editing && n.typedFor == n.Props.Param && n.typed != n.sent {
			n.report(ctx, n.typed)
		}
	})
}

// onField applies the text at once (Enter, or the field left after a
// change); the field then shows the value in use, or keeps the refused text.
func (n *numberInput) onField(ctx app.Context, e app.Event) {
	raw := ctx.JSSrc().Get("value").String()
	n.pause++ // the pause's timer has nothing left to do
	n.editing, n.typed, n.typedFor = false, raw, n.Props.Param
	defer n.syncField()
	if raw == n.sent {
		return // the pause applied it already
	}
	n.report(ctx, raw)
}

// onFieldBlur ends the typing: the field shows the value in use (or keeps
// a refused text). A text typed back to the one the field had on focus
// fires no change event: it applies here.
func (n *numberInput) onFieldBlur(ctx app.Context, e app.Event) {
	if !n.editing {
		ctx.PreventUpdate()
		return
	}
	n.pause++
	n.editing = false
	defer n.syncField()
	if n.typed != n.sent {
		n.report(ctx, n.typed)
	}
}

// syncField puts the field's text in the element once the frame that
// answers the reader's text is rendered. go-app writes a value only where
// its own last render differs, and the element holds the reader's text:
// when the page's answer comes back to what go-app rendered last (900
// typed and a reset pressed before the page had drawn the 900), it would
// leave the 900 on screen over a value of 730.
func (n *numberInput) syncField() {
	if n.own.Context == nil {
		return
	}
	n.own.Defer(func(app.Context) {
		root := n.JSValue()
		if n.editing || !root.Truthy() {
			return
		}
		if f := root.Call("querySelector", "input.num-field"); f.Truthy() && f.Get("value").String() != n.fieldText() {
			f.Set("value", n.fieldText())
		}
	})
}

func (n *numberInput) report(ctx app.Context, raw string) {
	n.sent = raw
	if n.onChange != nil {
		n.onChange(ctx, n.Props.Param, raw)
	}
}

// testID turns a URL parameter into its data-testid form (dots to dashes).
func testID(param string) string {
	b := []byte(param)
	for i, c := range b {
		if c == '.' {
			b[i] = '-'
		}
	}
	return string(b)
}
