package main

// The roles table of the partnership map: who holds which key
// among Microsoft, Amazon, Nvidia and SoftBank. rolesRows is pure Go (no
// syscall/js), so it builds and tests natively (`go test ./app/ -run Roles`);
// the component that shows the rows is in roles_table.go.
//
// Every row carries its source tag (A stated in the article, V first-party
// statement, R press report, D derived, U uncertain); an A row carries the
// article's French sentence, verbatim (TestRolesRows checks it against the
// article's text when it can read it; model/testdata holds that text).

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// roleRow is one right or role of one partner.
type roleRow struct {
	Partner string    // msft, amzn, nvda, sftb
	Key     string    // stake, ip, revshare…: data-testid "role-"+Partner+"-"+Key
	Name    string    // the partner's name, localised
	Role    string    // the right or role, localised
	Detail  string    // what it amounts to, localised, with the live figures
	Value   string    // machine form of the row's live figure (data-value), "" when none
	Source  sourceTag // tag, legend, text and (for A) the French quote
}

// rolesTableFor returns the table's props, with rows from rolesRows.
func rolesTableFor(t *text.Texts, rows []roleRow) *rolesTable {
	tx := &t.Roles
	return &rolesTable{Title: tx.Title, Intro: tx.Intro,
		Head: [3]string{tx.ColRole, tx.ColDetail, tx.ColSource}, Rows: rows}
}

// rolesRows builds the rows for the four partners, in model.PartnerIDs()
// order. The stakes and amounts come live from s and from o, the outcome of
// the selected closing view.
func rolesRows(lang string, t dict, s model.Scenario, o model.Outcome) []roleRow {
	tx := &t.Roles
	pct := func(d decimal.Decimal) string { return text.PercentOf(lang, d) }
	gw := func(d decimal.Decimal) string { return text.Number(lang, d, 2, false) + "\u00a0GW" }

	partner := map[string]model.Partner{}
	for _, p := range s.Partners {
		partner[p.ID] = p
	}
	outcome := map[string]model.PartnerOutcome{}
	for _, p := range o.Partners {
		outcome[p.ID] = p
	}
	before := map[string]decimal.Decimal{}
	for _, h := range o.Holders {
		before[h.ID] = h.Before
	}
	tranche := func(id string) decimal.Decimal { // a tranche's amount in this round
		for _, tr := range s.Tranches {
			if tr.ID == id {
				return tr.Amount
			}
		}
		return decimal.Zero
	}

	r := &roleRows{t: t, s: s}
	stake := func(id string) {
		after := outcome[id].Stake
		detail := fmt.Sprintf(tx.StakeDetail, pct(after), pct(before[id]))
		if before[id].Sign() == 0 {
			detail = fmt.Sprintf(tx.StakeDetailNew, pct(after))
		}
		var quote, note string
		switch id {
		case model.Microsoft:
			quote, note = text.QuoteStakeMSFT, tx.StakeSourceMicrosoft
		case model.Amazon:
			quote, note = text.QuoteStakeAMZN, tx.StakeSourceAmazon
		case model.Nvidia:
			quote, note = text.QuoteStakeNVDA, tx.StakeSourceNvidia
		case model.SoftBank:
			quote, note = text.QuoteStakeSFTB, tx.StakeSourceSoftBank
		}
		r.add(id, "stake", tx.Stake, detail, text.DataValue(after), "A / D", note, quote)
	}

	// Microsoft.
	msft := partner[model.Microsoft]
	r.add(model.Microsoft, "role", tx.Role,
		tx.MicrosoftRole,
		"", "A", tx.RoleSource, text.QuoteRoleMSFT)
	stake(model.Microsoft)
	r.add(model.Microsoft, "ip", tx.IPLicence,
		tx.IPLicenceDetail,
		"", "A / R", tx.IPLicenceSource, text.QuoteIPLicence)
	r.add(model.Microsoft, "revshare", tx.RevShare,
		fmt.Sprintf(tx.RevShareDetail,
			pct(s.RevShare), text.Money(lang, s.Revenue.Mul(s.RevShare)), text.Money(lang, s.Revenue)),
		text.DataValue(s.RevShare), "A / R", tx.RevShareSource, text.QuoteRevenueShare)
	r.add(model.Microsoft, "host-stateless", tx.HostStateless,
		tx.HostStatelessDetail,
		"", "A", tx.PublicReminder, text.QuoteStatelessAzure)
	r.add(model.Microsoft, "host-partner-api", tx.HostPartnerAPI,
		tx.HostPartnerAPIDetail,
		"", "A", tx.PublicReminder, text.QuotePartnerCalls)
	r.add(model.Microsoft, "host-first-party", tx.HostFirstParty,
		tx.HostFirstPartyDetail,
		"", "A", tx.PublicReminder, text.QuoteFirstPartyAz)
	r.add(model.Microsoft, "compute", tx.AzureCompute,
		fmt.Sprintf(tx.AzureComputeDetail, text.Money(lang, msft.Commit)),
		text.DataValue(msft.Commit), "R", tx.AzureComputeSource, "")
	r.add(model.Microsoft, "anthropic", tx.Anthropic,
		tx.MicrosoftAnthropic,
		"", "A", tx.InArticle, text.QuoteAnthropicMSFT)

	// Amazon.
	amzn := partner[model.Amazon]
	r.add(model.Amazon, "role", tx.Role,
		tx.AmazonRole,
		"", "A", tx.RoleSource, text.QuoteRoleAMZN)
	stake(model.Amazon)
	a1, a2 := tranche(model.TrancheAmazon), tranche(model.TrancheAmazon2)
	r.add(model.Amazon, "invested", tx.Invested,
		fmt.Sprintf(tx.AmazonInvestedDetail,
			text.Money(lang, a1.Add(a2)), text.Money(lang, a1), text.Money(lang, a2)),
		text.DataValue(a1.Add(a2)), "A / R", tx.AmazonInvestedSource, text.QuoteStakeAMZN)
	awsDetail := tx.AWSComputeDetail
	if !amzn.Commit.Equal(decimal.NewFromInt(138)) {
		awsDetail = tx.AWSComputeDetailChanged
	}
	r.add(model.Amazon, "compute", tx.AWSCompute,
		fmt.Sprintf(awsDetail, text.Money(lang, amzn.Commit)),
		text.DataValue(amzn.Commit), "A / R", tx.AWSComputeSource, text.QuoteAWSContract)
	r.add(model.Amazon, "trainium", tx.Trainium,
		tx.TrainiumDetail,
		"", "A", tx.InArticle, text.QuoteTrainium)
	r.add(model.Amazon, "dist-frontier", tx.DistFrontier,
		tx.DistFrontierDetail,
		"", "A", tx.DistFrontierSource, text.QuoteFrontierDist)
	r.add(model.Amazon, "dist-stateful", tx.DistStateful,
		tx.DistStatefulDetail,
		"", "A / D", tx.DistStatefulSource, text.QuoteStatefulRun)
	r.add(model.Amazon, "consumer", tx.Consumer,
		tx.ConsumerDetail,
		"", "A", tx.InArticle, text.QuoteAlexa)
	r.add(model.Amazon, "anthropic", tx.Anthropic,
		tx.AmazonAnthropic,
		"", "A", tx.InArticle, text.QuoteAnthropicAMZN)

	// Nvidia.
	nvda := partner[model.Nvidia]
	r.add(model.Nvidia, "role", tx.Role,
		tx.NvidiaRole,
		"", "A", tx.RoleSource, text.QuoteRoleNVDA)
	stake(model.Nvidia)
	n1 := tranche(model.TrancheNvidia)
	r.add(model.Nvidia, "invested", tx.Invested,
		fmt.Sprintf(tx.NvidiaInvestedDetail, text.Money(lang, n1)),
		text.DataValue(n1), "A / U", tx.NvidiaInvestedSource, text.QuoteStakeNVDA)
	detail := fmt.Sprintf(tx.GWComputeDetail, gw(nvda.GW))
	if article, _ := model.Default().Partner(model.Nvidia); !nvda.GW.Equal(article.GW) {
		detail = fmt.Sprintf(tx.GWComputeDetailChanged, gw(nvda.GW))
	}
	r.add(model.Nvidia, "compute", tx.GWCompute, detail,
		text.DataValue(nvda.GW), "A", tx.InArticle, text.QuoteNvidiaCompute)
	value := decimal.Zero
	for _, po := range o.Partners {
		if po.ID == model.Nvidia {
			value = po.Compute
		}
	}
	valueDetail := fmt.Sprintf(tx.GWValueDetail,
		gw(nvda.GW), text.Money(lang, s.PricePerGW), text.Money(lang, value))
	if nvda.Commit.Sign() > 0 {
		valueDetail += " " + fmt.Sprintf(tx.GWValueOther,
			text.Money(lang, nvda.Commit), text.Money(lang, value.Add(nvda.Commit)))
	}
	r.add(model.Nvidia, "compute-value", tx.GWValue, valueDetail,
		text.DataValue(value), "D / U", tx.GWValueSource, "")

	// SoftBank.
	stake(model.SoftBank)
	sftb := outcome[model.SoftBank]
	r.add(model.SoftBank, "invested", tx.SoftBankInvested,
		fmt.Sprintf(tx.SoftBankInvestedDetail, text.Money(lang, tranche(model.TrancheSoftBank)), text.Money(lang, sftb.CostBasis)),
		text.DataValue(sftb.CostBasis), "A / V", tx.SoftBankInvestedSource, text.QuoteStakeSFTB)
	r.add(model.SoftBank, "installments", tx.Installments,
		tx.InstallmentsDetail,
		"", "R", tx.InstallmentsSource, "")
	// The press calls SoftBank's stake leveraged; no sourced figure backs
	// that, so the row shows what the model can say: its exposure against
	// its own size.
	r.add(model.SoftBank, "exposure", tx.Exposure,
		fmt.Sprintf(tx.ExposureDetail, text.Money(lang, sftb.CollapseLoss), text.PercentOf(lang, sftb.CollapseShare)),
		text.DataValue(sftb.CollapseShare), "D", tx.ExposureSource, "")
	return r.rows
}

// roleRows gathers rolesRows' rows.
type roleRows struct {
	rows []roleRow
	t    dict
	s    model.Scenario
}

// add appends one row. Not inlined: rolesRows calls it some thirty times,
// and each inlined copy made app.wasm bigger (about 19 KB of code in all).
//
//go:noinline
func (r *roleRows) add(partner, key, role, detail, value, tag, text, quote string) {
	r.rows = append(r.rows, roleRow{Partner: partner, Key: key, Name: r.t.HolderName(r.s, partner), Role: role,
		Detail: detail, Value: value,
		Source: sourceTag{Tag: tag, Legend: r.t.TagLegend(tag), Text: text, Quote: quote}})
}
