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

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
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

// Quotes from the article (model/testdata/article-2026-03-02-fr.txt),
// verbatim, for the facts that model.Sources() does not key.
const (
	quoteRoleMSFT       = "Microsoft reste la colonne vertébrale commerciale et juridique"
	quoteRoleAMZN       = "Amazon devient un accélérateur industriel et un nouvel accès au marché via Bedrock et Frontier"
	quoteRoleNVDA       = "Nvidia, de son côté, reste central sur le calcul de pointe"
	quoteIPLicence      = "la licence exclusive de Microsoft sur la propriété intellectuelle d’OpenAI ne change pas"
	quoteFrontierDist   = "AWS devient aussi le distributeur cloud tiers exclusif d’OpenAI Frontier, la plateforme d’entreprise d’OpenAI pour construire, déployer et administrer des agents IA"
	quoteStatefulRun    = "AWS et OpenAI vont co-développer un “Stateful Runtime Environment”, autrement dit un environnement d’exécution avec mémoire de contexte, disponible via Amazon Bedrock"
	quoteTrainium       = "OpenAI s’engage aussi à consommer environ 2 gigawatts de capacité sur les puces Trainium d’AWS"
	quoteAlexa          = "OpenAI et Amazon prévoient de développer des modèles adaptés aux applications grand public d’Amazon (Alexa Plus)"
	quoteAnthropicAMZN  = "Amazon est aussi le principal partenaire technologique et financier d’Anthropic"
	quoteAnthropicMSFT  = "Microsoft a également investi dans Anthropic et ouvert nombre de ses services aux modèles du premier concurrent d’OpenAI"
	quoteAWSContract    = "OpenAI et AWS élargissent leur accord existant de 38 milliards de dollars avec 100 milliards additionnels sur huit ans."
	quoteNvidiaCompute  = "permettant au passage à OpenAI de sécuriser 3 gigawatts de capacité dédiée à l’inférence et 2 gigawatts supplémentaires pour l’entraînement sur les futurs systèmes Vera Rubin"
	quoteRevenueShare   = "le partage de revenus ne change pas"
	quoteStatelessAzure = "Azure reste le fournisseur cloud exclusif des API “stateless” d’OpenAI"
	quotePartnerCalls   = "tout appel API découlant d’une collaboration avec un tiers, Amazon compris, continuera d’être hébergé sur Azure et donc de rapporter des sous à Microsoft"
	quoteFirstPartyAz   = "Les produits “first party” d’OpenAI, y compris Frontier, restent eux aussi hébergés sur Azure même si Amazon en est le distributeur exclusif"
	quoteStakeMSFT      = "Microsoft, le grand partenaire Cloud historique d’OpenAI, qui possède 27% des parts du créateur de ChatGPT"
	quoteStakeSFTB      = "Softbank apporte 30 milliards de dollars supplémentaires à ceux déjà insufflés dans le précédent tour de table (portant son investissement total à un peu moins de 65 milliards de dollars pour environ 13% de parts de l’entreprise)"
	quoteStakeNVDA      = "Nvidia met sur la table 30 milliards de dollars"
	quoteStakeAMZN      = "Amazon apporte jusqu’à 50 milliards de dollars, dont 15 milliards immédiatement et 35 milliards supplémentaires sous conditions"
)

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
	pct := func(d decimal.Decimal) string { return percentOf(lang, d) }
	gw := func(d decimal.Decimal) string { return number(lang, d, 2, false) + "\u00a0GW" }

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

	var rows []roleRow
	add := func(partner, key, role, detail, value, tag, text, quote string) {
		rows = append(rows, roleRow{Partner: partner, Key: key, Name: t.holderName(s, partner), Role: role,
			Detail: detail, Value: value,
			Source: sourceTag{Tag: tag, Legend: tagLegend(t, tag), Text: text, Quote: quote}})
	}
	stake := func(id string) {
		after := outcome[id].Stake
		detail := fmt.Sprintf(tx.StakeDetail, pct(after), pct(before[id]))
		if before[id].Sign() == 0 {
			detail = fmt.Sprintf(tx.StakeDetailNew, pct(after))
		}
		quote := map[string]string{model.Microsoft: quoteStakeMSFT, model.Amazon: quoteStakeAMZN,
			model.Nvidia: quoteStakeNVDA, model.SoftBank: quoteStakeSFTB}[id]
		text := map[string]string{
			model.Microsoft: tx.StakeSourceMicrosoft,
			model.Amazon:    tx.StakeSourceAmazon,
			model.Nvidia:    tx.StakeSourceNvidia,
			model.SoftBank:  tx.StakeSourceSoftBank,
		}[id]
		add(id, "stake", tx.Stake, detail, dataValue(after), "A / D", text, quote)
	}

	// Microsoft.
	msft := partner[model.Microsoft]
	add(model.Microsoft, "role", tx.Role,
		tx.MicrosoftRole,
		"", "A", tx.RoleSource, quoteRoleMSFT)
	stake(model.Microsoft)
	add(model.Microsoft, "ip", tx.IPLicence,
		tx.IPLicenceDetail,
		"", "A / R", tx.IPLicenceSource, quoteIPLicence)
	add(model.Microsoft, "revshare", tx.RevShare,
		fmt.Sprintf(tx.RevShareDetail,
			pct(s.RevShare), money(lang, s.Revenue.Mul(s.RevShare)), money(lang, s.Revenue)),
		dataValue(s.RevShare), "A / R", tx.RevShareSource, quoteRevenueShare)
	add(model.Microsoft, "host-stateless", tx.HostStateless,
		tx.HostStatelessDetail,
		"", "A", tx.PublicReminder, quoteStatelessAzure)
	add(model.Microsoft, "host-partner-api", tx.HostPartnerAPI,
		tx.HostPartnerAPIDetail,
		"", "A", tx.PublicReminder, quotePartnerCalls)
	add(model.Microsoft, "host-first-party", tx.HostFirstParty,
		tx.HostFirstPartyDetail,
		"", "A", tx.PublicReminder, quoteFirstPartyAz)
	add(model.Microsoft, "compute", tx.AzureCompute,
		fmt.Sprintf(tx.AzureComputeDetail, money(lang, msft.Commit)),
		dataValue(msft.Commit), "R", tx.AzureComputeSource, "")
	add(model.Microsoft, "anthropic", tx.Anthropic,
		tx.MicrosoftAnthropic,
		"", "A", tx.InArticle, quoteAnthropicMSFT)

	// Amazon.
	amzn := partner[model.Amazon]
	add(model.Amazon, "role", tx.Role,
		tx.AmazonRole,
		"", "A", tx.RoleSource, quoteRoleAMZN)
	stake(model.Amazon)
	a1, a2 := tranche(model.TrancheAmazon), tranche(model.TrancheAmazon2)
	add(model.Amazon, "invested", tx.Invested,
		fmt.Sprintf(tx.AmazonInvestedDetail,
			money(lang, a1.Add(a2)), money(lang, a1), money(lang, a2)),
		dataValue(a1.Add(a2)), "A / R", tx.AmazonInvestedSource, quoteStakeAMZN)
	awsDetail := tx.AWSComputeDetail
	if !amzn.Commit.Equal(decimal.NewFromInt(138)) {
		awsDetail = tx.AWSComputeDetailChanged
	}
	add(model.Amazon, "compute", tx.AWSCompute,
		fmt.Sprintf(awsDetail, money(lang, amzn.Commit)),
		dataValue(amzn.Commit), "A / R", tx.AWSComputeSource, quoteAWSContract)
	add(model.Amazon, "trainium", tx.Trainium,
		tx.TrainiumDetail,
		"", "A", tx.InArticle, quoteTrainium)
	add(model.Amazon, "dist-frontier", tx.DistFrontier,
		tx.DistFrontierDetail,
		"", "A", tx.DistFrontierSource, quoteFrontierDist)
	add(model.Amazon, "dist-stateful", tx.DistStateful,
		tx.DistStatefulDetail,
		"", "A / D", tx.DistStatefulSource, quoteStatefulRun)
	add(model.Amazon, "consumer", tx.Consumer,
		tx.ConsumerDetail,
		"", "A", tx.InArticle, quoteAlexa)
	add(model.Amazon, "anthropic", tx.Anthropic,
		tx.AmazonAnthropic,
		"", "A", tx.InArticle, quoteAnthropicAMZN)

	// Nvidia.
	nvda := partner[model.Nvidia]
	add(model.Nvidia, "role", tx.Role,
		tx.NvidiaRole,
		"", "A", tx.RoleSource, quoteRoleNVDA)
	stake(model.Nvidia)
	n1 := tranche(model.TrancheNvidia)
	add(model.Nvidia, "invested", tx.Invested,
		fmt.Sprintf(tx.NvidiaInvestedDetail, money(lang, n1)),
		dataValue(n1), "A / U", tx.NvidiaInvestedSource, quoteStakeNVDA)
	detail := fmt.Sprintf(tx.GWComputeDetail, gw(nvda.GW))
	if !nvda.GW.Equal(articlePartners()[model.Nvidia].GW) {
		detail = fmt.Sprintf(tx.GWComputeDetailChanged, gw(nvda.GW))
	}
	add(model.Nvidia, "compute", tx.GWCompute, detail,
		dataValue(nvda.GW), "A", tx.InArticle, quoteNvidiaCompute)
	value := decimal.Zero
	for _, po := range o.Partners {
		if po.ID == model.Nvidia {
			value = po.Compute
		}
	}
	valueDetail := fmt.Sprintf(tx.GWValueDetail,
		gw(nvda.GW), money(lang, s.PricePerGW), money(lang, value))
	if nvda.Commit.Sign() > 0 {
		valueDetail += " " + fmt.Sprintf(tx.GWValueOther,
			money(lang, nvda.Commit), money(lang, value.Add(nvda.Commit)))
	}
	add(model.Nvidia, "compute-value", tx.GWValue, valueDetail,
		dataValue(value), "D / U", tx.GWValueSource, "")

	// SoftBank.
	stake(model.SoftBank)
	sftb := outcome[model.SoftBank]
	add(model.SoftBank, "invested", tx.SoftBankInvested,
		fmt.Sprintf(tx.SoftBankInvestedDetail, money(lang, tranche(model.TrancheSoftBank)), money(lang, sftb.CostBasis)),
		dataValue(sftb.CostBasis), "A / V", tx.SoftBankInvestedSource, quoteStakeSFTB)
	add(model.SoftBank, "installments", tx.Installments,
		tx.InstallmentsDetail,
		"", "R", tx.InstallmentsSource, "")
	// The press calls SoftBank's stake leveraged; no sourced figure backs
	// that, so the row shows what the model can say: its exposure against
	// its own size.
	add(model.SoftBank, "exposure", tx.Exposure,
		fmt.Sprintf(tx.ExposureDetail, money(lang, sftb.CollapseLoss), percentOf(lang, sftb.CollapseShare)),
		dataValue(sftb.CollapseShare), "D", tx.ExposureSource, "")
	return rows
}
