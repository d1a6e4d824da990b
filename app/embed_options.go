package main

import (
	"net/url"
	"slices"
	"strings"

	"github.com/roundcalc/roundcalc/model"
)

// The blocks an embed can show (the show parameter), each one picture or
// table of the page.
const (
	blockVerdict       = "verdict"
	blockFigures       = "figures" // the headline numbers
	blockContributions = "contributions"
	blockOwnership     = "ownership"
	blockCaptable      = "captable"
	blockExposure      = "exposure" // the partners' exposure table
	blockCollapse      = "collapse" // each partner's loss against its size
	blockRoutes        = "routes"
	blockPay           = "pay"  // can OpenAI pay? its sentence and picture
	blockTime          = "time" // the partners' years
)

// embedBlocks are the blocks in the order an editor is offered them.
func embedBlocks() []string {
	return append([]string{blockVerdict, blockFigures, blockContributions, blockPay, blockOwnership, blockCaptable},
		foldedBlocks()...)
}

// foldedBlocks are the blocks the full page shows only in one of its
// folded sections, whose bodies it does not prerender: a page served for an
// embed's address (a static host's) cannot show them before the program
// runs, so its height is not yet the embed's (web/pending-height.js).
func foldedBlocks() []string { return []string{blockExposure, blockCollapse, blockTime, blockRoutes} }

// defaultBlocks and defaultLevers make an embed that fits an article's
// column (about 650 px tall at 640 px wide): the story in a sentence, who
// puts in what, and the questions the article turns on, which those blocks
// answer: the valuations (the price, the IPO) and Amazon's conditional 35.
// The story's other lever, revenue growth, moves only the pay block.
func defaultBlocks() []string { return []string{blockVerdict, blockContributions} }
func defaultLevers() []string { return append(singles(model.SectionValuation), mainTranche) }

// embedParams are the parameters of what an embed shows: readEmbedOptions
// reads them, write writes them; the full calculator ignores them.
func embedParams() []string { return []string{paramLevers, paramShow, paramTitle, paramTheme} }

// The parameters of what an embed shows.
const (
	paramLevers = "levers"
	paramShow   = "show"
	paramTitle  = "title"
	paramTheme  = "theme"
)

// An embed's themes (the theme parameter). An article is most often light,
// whatever the reader's system: an embed is light unless its editor asks
// for dark, or for auto (the reader's system, as the full page does).
const (
	themeLight = "light"
	themeDark  = "dark"
	themeAuto  = "auto"
)

// embedThemes are the themes in the order an editor is offered them.
func embedThemes() []string { return []string{themeLight, themeDark, themeAuto} }

// embedOptions are what the editor chose for an embed: the sliders shown,
// in order, the blocks shown, in order, whether the title shows, and its
// theme.
type embedOptions struct {
	Levers []string
	Blocks []string
	Title  bool
	Theme  string
}

// readEmbedOptions reads levers, show and title. Unknown names, and levers
// the scenario has no input for (a tranche it lacks), are left out; a name
// given twice shows once. An absent parameter takes the default; a present
// one, even empty, is the editor's choice.
func readEmbedOptions(q url.Values, s model.Scenario) embedOptions {
	o := embedOptions{Levers: defaultLevers(), Blocks: defaultBlocks(), Title: q.Get(paramTitle) != "0", Theme: themeLight}
	if slices.Contains(embedThemes(), q.Get(paramTheme)) {
		o.Theme = q.Get(paramTheme) // an unknown one leaves the default: a look, never a figure
	}
	has := map[string]bool{}
	for _, name := range s.Names() {
		has[name] = true
	}
	if v, ok := q[paramLevers]; ok {
		o.Levers = pickNames(first(v), func(name string) bool { return has[name] })
	}
	known := map[string]bool{}
	for _, b := range embedBlocks() {
		known[b] = true
	}
	if v, ok := q[paramShow]; ok {
		o.Blocks = pickNames(first(v), func(name string) bool { return known[name] })
	}
	return o
}

// write sets in q the parameters of o that differ from the defaults, and
// removes the others: the default code stays short, and a link read back
// with readEmbedOptions gives o again.
func (o embedOptions) write(q url.Values) {
	for _, k := range embedParams() {
		q.Del(k)
	}
	if !slices.Equal(o.Levers, defaultLevers()) {
		q.Set(paramLevers, strings.Join(o.Levers, ","))
	}
	if !slices.Equal(o.Blocks, defaultBlocks()) {
		q.Set(paramShow, strings.Join(o.Blocks, ","))
	}
	if !o.Title {
		q.Set(paramTitle, "0")
	}
	if o.Theme != "" && o.Theme != themeLight {
		q.Set(paramTheme, o.Theme)
	}
}

// pickNames splits a comma list and keeps the names ok accepts, once each.
func pickNames(list string, ok func(string) bool) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name != "" && ok(name) && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}
