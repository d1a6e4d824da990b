package main

// What the script that runs before the program (web/pending.js) knows of
// the page: it knows nothing of its own. The prerendered page hands it
// over in its root's data-start attribute (JSON, percent-encoded: go-app
// writes an attribute's quotes as \"; an attribute, since the page's
// policy runs no inline script), written here from the model's parameter
// table, the page's own parameters and its texts.

import (
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/roundcalc/roundcalc/app/embedcode"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// startData is the data-start attribute's content.
type startData struct {
	Lang    string   `json:"lang"`    // the prerendered page's language
	Langs   []string `json:"langs"`   // the languages the program speaks, its default first
	LangKey string   `json:"langKey"` // the parameter that chooses the language
	// Figures are the parameters that change a figure; Page those that
	// change what the page shows (figures, language, layout, blocks); Frame
	// those a frame's host or go-app add, which the full calculator's
	// address leaves out. A name ending in a dot stands for a family.
	Figures []string        `json:"figures"`
	Page    []string        `json:"page"`
	Frame   []string        `json:"frame"`
	Embed   [2]string       `json:"embed"`   // the embed layout's parameter and value
	Shows   showData        `json:"shows"`   // what an embed shows, for a page served for an embed's address
	Theme   themeData       `json:"theme"`   // an embed's themes, its default first
	Decimal string          `json:"decimal"` // the page's decimal separator
	Height  heightMessages  `json:"height"`
	Text    text.StartTexts `json:"text"`
}

// showData names the parameters of what an embed shows and their
// defaults: on a static host the page served for an embed's address is the
// full page, and web/lang.js shows only the blocks and levers the address
// asks for from the first paint (web/app.css).
type showData struct {
	Blocks      string   `json:"blocks"` // the show parameter
	Levers      string   `json:"levers"`
	Title       string   `json:"title"`
	BlocksFirst []string `json:"blocksFirst"` // the defaults
	LeversFirst []string `json:"leversFirst"`
	Folded      []string `json:"folded"` // blocks the full page does not prerender
}

// themeData is the parameter of an embed's theme and its values.
type themeData struct {
	Key    string   `json:"key"`
	Values []string `json:"values"`
}

// heightMessages are the forms a framed page's height is posted in to its
// parent: Datawrapper's {Datawrapper: {id: px}} (id: the address's ChildKey
// if it has ChildForm's form, else DefaultID), Pym.js's Pym with {id} and
// {h} filled in (only with such a child id), and AMP's object with its
// height added.
type heightMessages struct {
	ChildKey    string            `json:"childKey"`
	ChildForm   string            `json:"childForm"`
	DefaultID   string            `json:"defaultId"`
	Datawrapper string            `json:"datawrapper"`
	Pym         string            `json:"pym"`
	AMP         map[string]string `json:"amp"`
}

func heightFormats() heightMessages {
	return heightMessages{
		ChildKey:    "childId",
		ChildForm:   embedcode.ChildIDPattern,
		DefaultID:   "roundcalc",
		Datawrapper: "datawrapper-height",
		Pym:         "pymxPYMx{id}xPYMxheightxPYMx{h}",
		AMP:         map[string]string{"sentinel": "amp", "type": "embed-size"},
	}
}

// pymMessage is Pym.js's height message for a child id.
func (m heightMessages) pymMessage(id string, h int) string {
	return strings.NewReplacer("{id}", id, "{h}", strconv.Itoa(h)).Replace(m.Pym)
}

// figureParams are the parameters that change a figure: the model's and
// the closing view.
func figureParams() []string { return append(model.ParamKeys(), paramView) }

// pageParams are those that change what the page shows.
func pageParams() []string {
	return slices.Concat(figureParams(), layoutParams(), embedParams())
}

// frameParams are those the page's host adds: Pym.js's, and go-app's
// switch that keeps the program from starting.
func frameParams() []string { return append(embedcode.PymParams(), "wasm", paramEmbed) }

// startJSON is the data-start attribute of a page prerendered in lang:
// its JSON, percent-encoded.
func startJSON(lang string) string {
	dec := text.Number(lang, model.Default().PreMoney.Shift(-1), 1, true) // 73.0 in the page's way
	b, _ := json.Marshal(startData{
		Lang:    lang,
		Langs:   text.Languages(),
		LangKey: paramLang,
		Figures: figureParams(),
		Page:    pageParams(),
		Frame:   frameParams(),
		Embed:   [2]string{paramEmbed, "1"},
		Shows: showData{Blocks: paramShow, Levers: paramLevers, Title: paramTitle,
			BlocksFirst: defaultBlocks(), LeversFirst: defaultLevers(), Folded: foldedBlocks()},
		Theme:   themeData{Key: paramTheme, Values: embedThemes()},
		Decimal: strings.Trim(dec, "0123456789"),
		Height:  heightFormats(),
		Text:    text.For(lang).Start,
	})
	return url.PathEscape(string(b))
}
