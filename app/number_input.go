package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
type numberInput struct {
	app.Compo
	Props     inputProps
	onChange  func(ctx app.Context, param, raw string)
	onRestore func(ctx app.Context, param string)
}

func (n *numberInput) Render() app.UI {
	p := n.Props
	id := testID(p.Param)
	return app.Div().Class("num").Aria("live", "off").Body(
		app.Div().Class("num-head").Body(
			app.Label().For("field-"+id).Class("num-label").Text(p.Label),
			&sourceTag{Tag: p.Source.Tag, Legend: p.Source.Legend, Text: p.Source.Text, Quote: p.Source.Quote},
			app.If(p.Changed, func() app.UI {
				return app.Button().Type("button").Class("num-restore").
					Title(attrText(p.Restore)).Text(p.Restore).
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
				DataSet("testid", "input-"+id).
				OnInput(n.onSlider),
			app.Input().Type("text").ID("field-"+id).Class("num-field").
				Attr("inputmode", "decimal").AutoComplete(false).Spellcheck(false).
				Value(p.Field).
				DataSet("testid", "field-"+id).
				OnChange(n.onField),
			app.Span().Class("num-unit").Text(p.Unit),
		),
		app.If(p.Spark != "", func() app.UI { return app.Div().Class("num-spark").Body(app.Raw(p.Spark)) }),
	)
}

// OnMount sets the slider's value again once every attribute is in place:
// go-app sets attributes in no fixed order, and a value set before max or
// step is clamped or snapped by the browser (730 shown as 100).
func (n *numberInput) OnMount(ctx app.Context) {
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

// onField reports what was typed, then puts the last valid value back into
// the field: when the page accepts the value it re-renders the new one,
// when it refuses it the field must not keep showing a figure not in use.
func (n *numberInput) onField(ctx app.Context, e app.Event) {
	raw := ctx.JSSrc().Get("value").String()
	ctx.JSSrc().Set("value", n.Props.Field)
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
