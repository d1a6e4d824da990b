package chart

import (
	"fmt"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

// The web of dependencies' counterparties: who OpenAI owes what, from the
// scenario and the outcome of the selected view.

// webNode is one counterparty of the web.
type webNode struct {
	id, name, short string
	scale           string          // "money" ($B) or "gw"; "" for Anthropic
	amount          decimal.Decimal // the commitment in the scale's unit
	value           decimal.Decimal // Nvidia: its compute in $B (GW × price + other commitments)
	hasValue        bool
	unpaid          decimal.Decimal // amount × u, in the scale's unit
	unpaidValue     decimal.Decimal // value × u ($B), when hasValue
	equityLost      decimal.Decimal // stake × post-money × h, for the partners holding equity
	hasEquity       bool
	tag, quote      string
	what            string // what the commitment is, for the table and the tooltip
	colour          string
	lines           []webLine // text lines inside the node
}

// webLine is one line of a node: candidates from the longest to the shortest.
type webLine struct {
	class string
	bold  bool
	value string // data-value, "" when none
	cands []string
}

// webTie is a dashed edge from a partner to Anthropic.
type webTie struct {
	from, label, what, tag, quote string
	width                         float64
}

// Commitments of OpenAI that the scenario does not hold (press reports:
// Oracle 300 over 5 years, CoreWeave 22.4, AMD 6 GW; Broadcom 10 GW, value
// undisclosed).
var (
	webOracle    = decimal.RequireFromString("300")
	webCoreWeave = decimal.RequireFromString("22.4")
	webAMD       = decimal.RequireFromString("6")
	webBroadcom  = decimal.RequireFromString("10")
)

// Colours of the counterparties that are not partners of the calculator.
const webOther = "#6f7680"

func webGW(lang string, d decimal.Decimal) string { return text.Number(lang, d, 2, false) + "\u00a0GW" }

// webPct is a share in percent without trailing zeros: "50%", "12,5 %".
func webPct(lang string, fraction decimal.Decimal) string {
	n := text.Number(lang, fraction.Mul(hundred()), 2, false)
	if lang == "fr" {
		return n + text.NNBSP + "%"
	}
	return n + "%"
}

// webNodes builds the counterparties from the scenario and the outcome of
// the selected view: cloud contracts first, then chips, then Anthropic.
func webNodes(lang string, tx *text.WebTexts, s model.Scenario, o model.Outcome) []webNode {
	partner := map[string]model.Partner{}
	for _, p := range s.Partners {
		partner[p.ID] = p
	}
	equity := map[string]decimal.Decimal{}
	compute := decimal.Zero
	for _, p := range o.Partners {
		equity[p.ID] = p.CollapseEquity
		if p.ID == model.Nvidia {
			compute = p.Compute
		}
	}
	article := model.Default()
	articleAmzn, _ := article.Partner(model.Amazon)
	articleNvda, _ := article.Partner(model.Nvidia)
	u := s.Unpaid
	amzn := partner[model.Amazon]
	nvda := partner[model.Nvidia]
	awsWhat := tx.WhatAmazon
	if !amzn.Commit.Equal(articleAmzn.Commit) {
		awsWhat = tx.WhatAmazonChanged
	}
	gwValue := compute
	nvdaWhat := fmt.Sprintf(tx.WhatNvidia, text.Money(lang, s.PricePerGW), text.Money(lang, gwValue))
	if !nvda.GW.Equal(articleNvda.GW) {
		nvdaWhat = fmt.Sprintf(tx.WhatNvidiaChanged, text.Money(lang, s.PricePerGW), text.Money(lang, gwValue))
	}
	if nvda.Commit.Sign() > 0 {
		nvdaWhat += fmt.Sprintf(tx.WhatNvidiaOther, text.Money(lang, nvda.Commit))
	}
	nodes := []webNode{
		{id: "msft", name: tx.NameMicrosoft, short: "Microsoft", scale: "money", amount: partner[model.Microsoft].Commit,
			tag: "R", what: tx.WhatMicrosoft, colour: chartHolderColour(model.Microsoft)},
		{id: "oracle", name: tx.NameOracle, scale: "money", amount: webOracle, tag: "R", what: tx.WhatOracle, colour: webOther},
		{id: "coreweave", name: tx.NameCoreWeave, scale: "money", amount: webCoreWeave, tag: "R", what: tx.WhatCoreWeave, colour: webOther},
		{id: "amzn", name: tx.NameAmazon, short: "Amazon", scale: "money", amount: amzn.Commit,
			tag: "A / R", quote: text.QuoteAWSContract, what: awsWhat, colour: chartHolderColour(model.Amazon)},
		{id: "nvda", name: tx.NameNvidia, scale: "gw", amount: nvda.GW, value: gwValue.Add(nvda.Commit), hasValue: true,
			tag: "A / D", quote: text.QuoteNvidiaCompute, what: nvdaWhat, colour: chartHolderColour(model.Nvidia)},
		{id: "amd", name: tx.NameAMD, scale: "gw", amount: webAMD, tag: "R", what: tx.WhatAMD, colour: webOther},
		{id: "broadcom", name: tx.NameBroadcom, scale: "gw", amount: webBroadcom, tag: "U", what: tx.WhatBroadcom, colour: webOther},
	}
	upct := webPct(lang, u)
	hpct := webPct(lang, s.Haircut)
	for i := range nodes {
		n := &nodes[i]
		n.unpaid = n.amount.Mul(u)
		amount := text.Money(lang, n.amount)
		unpaid := text.Money(lang, n.unpaid)
		if n.scale == "gw" {
			amount, unpaid = webGW(lang, n.amount), webGW(lang, n.unpaid)
		}
		if n.hasValue {
			n.unpaidValue = n.value.Mul(u)
			amount = fmt.Sprintf(tx.Approx, amount, text.Money(lang, n.value))
			unpaid = fmt.Sprintf(tx.Approx, unpaid, text.Money(lang, n.unpaidValue))
		}
		if e, ok := equity[n.id]; ok {
			n.equityLost, n.hasEquity = e, true
		}
		n.lines = []webLine{
			{class: "web-name", bold: true, cands: nonEmpty(n.name, n.short)},
			{class: "web-amount", value: text.DataValue(n.amount), cands: webAmountCands(n, amount, lang)},
			{class: "web-unpaid", value: text.DataValue(n.unpaid), cands: webUnpaidCands(tx, n, upct, unpaid, lang)},
		}
		if n.hasEquity {
			e := text.Money(lang, n.equityLost)
			n.lines = append(n.lines, webLine{class: "web-equity", value: text.DataValue(n.equityLost),
				cands: []string{fmt.Sprintf(tx.Equity, hpct, e), fmt.Sprintf(tx.EquityShort, e), fmt.Sprintf(tx.EquityShorter, e), "−" + e}})
		}
	}
	return nodes
}

func webAmountCands(n *webNode, amount, lang string) []string {
	c := []string{amount + " · " + n.tag, amount}
	if n.hasValue { // "5 GW ≈ $175B" → "$175B"
		c = append(c, text.Money(lang, n.value)+" · "+n.tag, text.Money(lang, n.value))
	}
	return c
}

func webUnpaidCands(tx *text.WebTexts, n *webNode, upct, unpaid, lang string) []string {
	c := []string{fmt.Sprintf(tx.Unpaid, upct, unpaid), fmt.Sprintf(tx.UnpaidShort, unpaid)}
	if n.hasValue {
		v := text.Money(lang, n.unpaidValue)
		c = append(c, fmt.Sprintf(tx.UnpaidShort, v), v)
	}
	return append(c, unpaid)
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// webTies are Amazon's and Microsoft's ties to Anthropic, as the article
// notes them: Amazon its main partner (the thicker dash), Microsoft an
// investor.
func webTies(tx *text.WebTexts) []webTie {
	return []webTie{
		{from: "amzn", label: tx.NameAmazon, what: tx.TieWhatAmazon, tag: "A", quote: text.QuoteAnthropicAMZN, width: 2.5},
		{from: "msft", label: tx.NameMicrosoft, what: tx.TieWhatMicrosoft, tag: "A", quote: text.QuoteAnthropicMSFT, width: 1.5},
	}
}
