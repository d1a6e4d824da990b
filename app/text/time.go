package text

import (
	"fmt"
	"strconv"

	"github.com/roundcalc/roundcalc/model"
)

// TimeTexts are the texts of the money over the years: whether OpenAI can
// pay what it owes, and when each partner gets its money back.
type TimeTexts struct {
	_ noCompare
	// What a slider sets, after a tranche's or a partner's name (Of).
	Year, Years string

	// The sentence: the short year, the peak need and its year, the cover
	// year; each part in its case.
	PayShort      string // %[1]s short year, %[2]s peak need, %[3]s its year
	PayNeverShort string // the cash never runs short
	PayCover      string // %s the cover year
	PayNeverCover string // revenue never covers what is owed
	PayExpected   string // in the expected view: years from the weighted flows
	Never         string // a year that never comes, in a table

	PayHeading, TimeHeading string

	// The "can OpenAI pay?" picture.
	PayTitle, PayDesc, PayFile                 string
	PayMicrosoft, PayAmazon, PayNvidia         string // what OpenAI owes, by counterparty
	PayOthers, PayKept, PayCash, PayShortLbl   string
	PayKeptShort, PayCashShort, PayOthersShort string // in a phone's legend
	PayColYear, PayColOwed                     string

	// The partners' years.
	TimeTitle, TimeDesc, TimeFile     string
	TimeIn, TimeOut, TimeCum          string
	TimePayback, TimePaybackNever     string
	TimeColPartner, TimeColYear       string
	TimeSummary                       string // the table's caption
	ColRevenue, ColOwed, ColCash      string // OpenAI's years, in the table and the CSV
	ColShortYear, ColPeak, ColCover   string
	ColIn, ColOut, ColCum, ColPayback string

	// The embed's blocks.
	BlockPay, BlockTime string

	// Two questions among the presets, and the figures their lines name.
	PresetNoGrowth, PresetAllCommit string
	MeasureNeed                     string
}

func frenchTime() TimeTexts {
	return TimeTexts{
		Year:  "année du versement",
		Years: "durée des dépenses (ans)",

		PayShort:      "À ce rythme, OpenAI est à court dès %[1]s et doit encore lever %[2]s (au pire en %[3]s)",
		PayNeverShort: "À ce rythme, la trésorerie d’OpenAI ne passe jamais sous zéro d’ici 2035",
		PayCover:      "\u00a0; ses revenus couvrent ce qu’elle doit dès %s.",
		PayNeverCover: "\u00a0; ses revenus ne couvrent jamais durablement ce qu’elle doit d’ici 2035.",
		PayExpected:   "Vue espérée\u00a0: ces années sont lues sur les flux annuels pondérés par les probabilités, pas en moyenne sur les combinaisons.",
		Never:         "jamais",

		PayHeading:  "OpenAI peut-elle payer\u00a0?",
		TimeHeading: "Qui récupère sa mise, et quand",

		PayTitle:       "Ce qu’OpenAI doit et gagne, par an",
		PayDesc:        "De 2026 à 2035, ce qu’OpenAI doit chaque année (barres, par créancier), son chiffre d’affaires après la part de Microsoft (trait plein) et sa trésorerie cumulée (tirets).",
		PayFile:        "openai-peut-elle-payer",
		PayMicrosoft:   "Microsoft (Azure)",
		PayAmazon:      "Amazon (AWS)",
		PayNvidia:      "Nvidia",
		PayOthers:      "Autres fournisseurs",
		PayKept:        "Chiffre d’affaires après la part de Microsoft",
		PayKeptShort:   "Revenus nets",
		PayCashShort:   "Trésorerie",
		PayOthersShort: "Autres",
		PayCash:        "Trésorerie cumulée",
		PayShortLbl:    "À court\u00a0: %s",
		PayColYear:     "Année",
		PayColOwed:     "Dû au total",

		TimeTitle:        "Ce que chaque partenaire met et récupère, année par année",
		TimeDesc:         "Par partenaire, l’argent mis dans OpenAI et celui qu’OpenAI lui reverse en dépenses chaque année, et sa position cumulée. %s",
		TimeFile:         "partenaires-annees",
		TimeIn:           "Mis",
		TimeOut:          "Récupéré",
		TimeCum:          "Cumul",
		TimePayback:      "Remboursé en %s",
		TimePaybackNever: "Jamais remboursé d’ici 2035",
		TimeColPartner:   "Partenaire",
		TimeColYear:      "Année",
		TimeSummary:      "Les flux année par année",
		ColRevenue:       "Chiffre d’affaires",
		ColOwed:          "Dû",
		ColCash:          "Trésorerie",
		ColShortYear:     "Première année à court",
		ColPeak:          "Besoin maximal",
		ColCover:         "Revenus suffisants dès",
		ColIn:            "Mis",
		ColOut:           "Récupéré",
		ColCum:           "Cumul",
		ColPayback:       "Remboursé en",

		BlockPay:  "OpenAI peut-elle payer\u00a0? (phrase et graphique)",
		BlockTime: "Qui récupère sa mise, et quand (graphique)",

		PresetNoGrowth:  "Et si le chiffre d’affaires cessait de croître\u00a0?",
		PresetAllCommit: "Tous les engagements d’OpenAI (1\u202f400\u00a0Md$)",
		MeasureNeed:     "reste à lever",
	}
}

func englishTime() TimeTexts {
	return TimeTexts{
		Year:  "year paid",
		Years: "years of spending",

		PayShort:      "At this pace, OpenAI runs short of cash in %[1]s and must still raise %[2]s (at worst in %[3]s)",
		PayNeverShort: "At this pace, OpenAI’s cash never runs short through 2035",
		PayCover:      "; its revenue covers what it owes from %s.",
		PayNeverCover: "; its revenue never lastingly covers what it owes through 2035.",
		PayExpected:   "Expected view: these years are read from the probability-weighted yearly flows, not averaged over the combinations.",
		Never:         "never",

		PayHeading:  "Can OpenAI pay?",
		TimeHeading: "Who gets its money back, and when",

		PayTitle:       "What OpenAI owes and earns, by year",
		PayDesc:        "From 2026 to 2035, what OpenAI owes each year (bars, by creditor), its revenue after Microsoft’s share (solid line) and its cumulative cash (dashed).",
		PayFile:        "can-openai-pay",
		PayMicrosoft:   "Microsoft (Azure)",
		PayAmazon:      "Amazon (AWS)",
		PayNvidia:      "Nvidia",
		PayOthers:      "Other suppliers",
		PayKept:        "Revenue after Microsoft’s share",
		PayKeptShort:   "Net revenue",
		PayCashShort:   "Cash",
		PayOthersShort: "Others",
		PayCash:        "Cumulative cash",
		PayShortLbl:    "Short: %s",
		PayColYear:     "Year",
		PayColOwed:     "Owed in all",

		TimeTitle:        "What each partner puts in and gets back, year by year",
		TimeDesc:         "Per partner, the money put into OpenAI and what OpenAI spends with it each year, and its cumulative position. %s",
		TimeFile:         "partners-years",
		TimeIn:           "In",
		TimeOut:          "Back",
		TimeCum:          "Cumulative",
		TimePayback:      "Paid back in %s",
		TimePaybackNever: "Not paid back by 2035",
		TimeColPartner:   "Partner",
		TimeColYear:      "Year",
		TimeSummary:      "The flows year by year",
		ColRevenue:       "Revenue",
		ColOwed:          "Owed",
		ColCash:          "Cash",
		ColShortYear:     "First year short",
		ColPeak:          "Peak need",
		ColCover:         "Revenue covers from",
		ColIn:            "In",
		ColOut:           "Back",
		ColCum:           "Cumulative",
		ColPayback:       "Paid back in",

		BlockPay:  "Can OpenAI pay? (sentence and chart)",
		BlockTime: "Who gets its money back, and when (chart)",

		PresetNoGrowth:  "What if revenue stopped growing?",
		PresetAllCommit: "Every commitment of OpenAI ($1,400B)",
		MeasureNeed:     "still to raise",
	}
}

// withTime adds the years' texts, their fields' names and the message for
// a year or a count with decimals.
func withTime(t *Texts, lang string) *Texts {
	if lang == "en" {
		t.Time = englishTime()
		t.fields["growth"] = "Revenue growth a year"
		t.fields["other"] = "OpenAI’s commitments to other suppliers"
		t.errorTemplates["whole"] = "“%[1]s”: %[3]s is not a whole number. Allowed: %[4]s to %[5]s."
		return t
	}
	t.Time = frenchTime()
	t.fields["growth"] = "Croissance annuelle des revenus"
	t.fields["other"] = "Engagements d’OpenAI envers d’autres fournisseurs"
	t.errorTemplates["whole"] = "«\u00a0%[1]s\u00a0»\u00a0: %[3]s n’est pas un nombre entier. Valeurs permises\u00a0: %[4]s à %[5]s."
	return t
}

// PaySentence says whether OpenAI can pay what it owes in a view's years:
// the first year short of cash, the most it would still need to raise and
// when, and the year from which its revenue covers what it owes.
func (t *Texts) PaySentence(lang string, tl model.Timeline) string {
	tx := &t.Time
	out := tx.PayNeverShort
	if tl.ShortYear != 0 {
		out = fmt.Sprintf(tx.PayShort, strconv.Itoa(tl.ShortYear), Money(lang, tl.PeakNeed), strconv.Itoa(tl.PeakYear))
	}
	if tl.CoverYear == 0 {
		return out + tx.PayNeverCover
	}
	return out + fmt.Sprintf(tx.PayCover, strconv.Itoa(tl.CoverYear))
}

// YearText shows a year of the model, or "never" for its 0.
func (t *Texts) YearText(y int) string {
	if y == 0 {
		return t.Time.Never
	}
	return strconv.Itoa(y)
}
