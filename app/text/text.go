// Package text holds the calculator's texts in French and English: one
// field per fixed text, so that a missing text is a compile error, and a
// typed lookup for each family of texts chosen at run time (a holder, a
// channel, an error…). For builds one language's texts; the page builds
// them once per language and only reads them after. Pure Go: the server
// uses it too.
package text

import (
	"strings"

	"github.com/roundcalc/roundcalc/model"
)

// Texts are one language's texts. Formats (…%s…) are fmt templates whose
// verbs agree across the languages.
type Texts struct {
	Title, Subtitle string
	Footer          string
	CardCredit      string // the sharing card's bottom line
	// Description sums up the page where a link or the app is shown: the
	// page's description and og:description, the manifest's description.
	Description string
	Pending     string // shown while a figure is computed
	Install     string // offer to install the app
	// A new version is ready: the banner and its button.
	UpdateReady, UpdateReload string

	LangSwitch string
	OtherLang  string // the language the switch goes to

	// The closing views.
	View                            string // the choice's label
	ViewAll, ViewFirm, ViewExpected string
	ViewsShort                      string // a figure in the three views: firm, all, expected

	// Headline figures.
	Post, Raised, Dilution string
	// Implicit says what the article's 27 % of Microsoft becomes after the
	// round; ImplicitGen says it of any other stake: before, after.
	Implicit, ImplicitGen string
	Remainder             string // the holders not named, with their stake
	// Verdict states the scenario's result: post-money, Microsoft's stake
	// after the round, and before it.
	Verdict string

	// The story's frame: the skip link, the main levers, the questions the
	// article raises (a label and a line saying what each changes), the way
	// back, and the folded sections' titles.
	SkipLink, SecLevers, SecMore          string
	PresetsTitle, PresetBack, PresetShown string // PresetShown: the question shown
	PresetAmznNever, PresetIPO            string
	PresetNothingPaid, PresetSftbShort    string
	// A question's line: each figure it changes (PresetChange: the figure's
	// name, the article's figure, the question's), joined by PresetJoin.
	PresetChange, PresetJoin string
	// The figures a question's line names: MeasureStake and MeasureLoss
	// take a holder's name.
	MeasurePost, MeasureStake, MeasureFirmRaised, MeasureExpectedPost, MeasureLoss string
	// What a lever's figure gives, under its slider: the IPO's upside over
	// the round and Microsoft's stake valued at it; the post-money weighted
	// by the odds.
	IPOHint, ProbHint   string
	SecCollapse, SecWeb string

	// Sections.
	SecRound, SecStakes, SecTranches, SecCaptable, SecExposure string
	SecTies, SecContext, SecSources, SecShare, SecRoutes       string
	SourcesIntro, RoutesIntro                                  string

	// Table heads.
	ColFigure, ColTag, ColSource                             string
	ColChannel, ColHost, ColDist, ColAmount, ColCut          string
	ColHolder, ColBefore, ColAfter, ColChange, ColValue      string
	ColPartner, ColEquity, ColEquityIPO, ColStress, ColBasis string
	ColGain, ColCommit, ColNetFlow, ColLoss, ColLossShare    string
	Total                                                    string
	TotAzure, TotAWS, TotMSFT                                string // the routes' totals
	CtxTotal, CtxMultiple, CtxUpside, CtxPerUser, CtxPerSub  string // context figures

	// Share, export, embed.
	Copy, Copied, CopyFailed           string
	ExportJSON, ExportCSV, Import      string
	ImportRefused                      string
	Print, Embed, EmbedHelp, EmbedOpen string
	PrintAddress                       string // on paper: the scenario's address, %s
	EmbedCredit                        string // an embed's source line, before the link to the full calculator

	// The embed builder: what the editor chooses, the previews (their
	// width in px: %d), the code and its copy, AMP, oEmbed.
	EmbedLevers, EmbedBlocks, EmbedScenario, EmbedThisScenario, EmbedShowTitle string
	// The embed's theme: the choice's label, then light (the default), dark,
	// and the reader's system.
	EmbedTheme, EmbedThemeLight, EmbedThemeDark, EmbedThemeAuto string
	EmbedPreview, EmbedPhone, EmbedColumn                       string
	EmbedPreviewOf                                              string // a preview frame's title: %s the preview
	EmbedCode, EmbedCopy, EmbedCopied, EmbedSelected            string
	EmbedAMP, EmbedAMPExpand, EmbedOEmbed                       string
	// The blocks an embed can show (the show parameter), by name.
	BlockVerdict, BlockFigures, BlockContributions, BlockOwnership string
	BlockCaptable, BlockExposure, BlockCollapse, BlockRoutes       string

	// Inputs.
	Reset, Restore, Remove string
	TagsLegend             string
	Firm, Conditional      string // a tranche's status
	// What a slider sets, after a tranche's or a partner's name (Of).
	Amount, Prob, Mult, Invested, Commitments, Cap string
	Of                                             string // "Nvidia: amount"
	SourceName                                     string // a source tag named for what it is: "Source A : l’article"
	InputOf                                        string // a tranche's input named with its tranche: "Montant — Amazon, sous conditions"
	Mix                                            string // the revenue mix, before a channel's name (Of)
	UnitMoney, UnitPct, UnitMult                   string
	GWHint                                         string // GW × price per GW = value

	// The form that adds a tranche.
	AddTitle, AddName, AddAmount, AddProb, AddButton string
	AddedDefault                                     string // an added investor the reader did not name, by number

	Chart ChartTexts
	Time  TimeTexts
	Web   WebTexts
	Roles RolesTexts
	Start StartTexts

	// Families, keyed by the model's ids; read through the methods below.
	channels, distributors, hosts map[string]string // by channel id; hosts by host
	tags                          map[string]string // by source tag: A, V, R, D, U
	holders, tranches             map[string]string
	conditions, dates             map[string]string // by tranche id
	fields                        map[string]string // by URL parameter
	errorTemplates                map[string]string // by model error code
	sourceLabels                  map[string]string // by model.Sources() key, where the field's name will not do
	sourceNotes                   map[string]string // by model.Sources() key
}

// For returns lang's texts, French unless lang is "en". Each call builds
// them afresh: the caller keeps them.
func For(lang string) *Texts {
	if lang == "en" {
		return withTime(englishTexts(), lang)
	}
	return withTime(frenchTexts(), lang)
}

// Supported maps a browser or URL language to fr or en ("" if neither).
func Supported(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case strings.HasPrefix(v, "fr"):
		return "fr"
	case strings.HasPrefix(v, "en"):
		return "en"
	}
	return ""
}

// ViewName names a closing view.
func (t *Texts) ViewName(v model.View) string {
	switch v {
	case model.ViewFirm:
		return t.ViewFirm
	case model.ViewExpected:
		return t.ViewExpected
	}
	return t.ViewAll
}

// Channel names a revenue channel (model.Channel… ids).
func (t *Texts) Channel(id string) string { return orID(t.channels, id) }

// Distributor names who sells a channel.
func (t *Texts) Distributor(channel string) string { return orID(t.distributors, channel) }

// Host names a cloud: azure, aws.
func (t *Texts) Host(host string) string { return orID(t.hosts, host) }

// Tag says what one source tag means.
func (t *Texts) Tag(tag string) string { return orID(t.tags, tag) }

// Holder names a known holder; false for an investor the reader added.
func (t *Texts) Holder(id string) (string, bool) { v, ok := t.holders[id]; return v, ok }

// Tranche names a known tranche.
func (t *Texts) Tranche(id string) (string, bool) { v, ok := t.tranches[id]; return v, ok }

// Condition is a known tranche's condition.
func (t *Texts) Condition(tranche string) (string, bool) {
	v, ok := t.conditions[tranche]
	return v, ok
}

// Date is a known tranche's payment schedule.
func (t *Texts) Date(tranche string) (string, bool) { v, ok := t.dates[tranche]; return v, ok }

// Field names a URL parameter that has a name of its own (not s.msft…).
func (t *Texts) Field(param string) (string, bool) {
	if param == "mix" {
		return t.Mix, true
	}
	v, ok := t.fields[param]
	return v, ok
}

// ErrorTemplate is the message of a model error code, a generic one for a
// code it does not know. Arguments: %[1]s field label, %[2]s parameter,
// %[3]s value, %[4]s min, %[5]s max.
func (t *Texts) ErrorTemplate(code string) string {
	if v, ok := t.errorTemplates[code]; ok {
		return v
	}
	return t.errorTemplates["generic"]
}

// SourceLabel names a source key whose figure is not an input.
func (t *Texts) SourceLabel(key string) (string, bool) { v, ok := t.sourceLabels[key]; return v, ok }

// SourceNote is a source's note in this language (model.Sources() keys).
func (t *Texts) SourceNote(key string) (string, bool) { v, ok := t.sourceNotes[key]; return v, ok }

// orID shows the id itself for an id the model does not define.
func orID(m map[string]string, id string) string {
	if v, ok := m[id]; ok {
		return v
	}
	return id
}

// englishSourceTexts are the model's own notes: it writes them in English.
func englishSourceTexts() map[string]string {
	out := map[string]string{}
	for key, src := range model.Sources() {
		out[key] = src.Text
	}
	return out
}

// noCompare, a field of no size, makes a struct of texts not comparable:
// nothing compares texts with ==, and the compiler then generates no
// equality function for the struct (several KB of app.wasm for each).
type noCompare [0]func()
