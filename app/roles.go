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

// rolesTexts returns the table's own labels.
func rolesTexts(lang string) map[string]string {
	if lang == "en" {
		return map[string]string{
			"title":  "Who holds which key",
			"intro":  "A cap table does not show who hosts, sells and supplies what. Each right or role of the four partners, with its source: activate a tag to read it.",
			"role":   "Right or role",
			"detail": "What it amounts to",
			"source": "Source",
		}
	}
	return map[string]string{
		"title":  "Qui détient quelles clés",
		"intro":  "La table de capitalisation ne dit pas qui héberge, vend et fournit quoi. Chaque droit ou rôle des quatre partenaires, avec sa source : activez une étiquette pour la lire.",
		"role":   "Droit ou rôle",
		"detail": "Ce qu'il représente",
		"source": "Source",
	}
}

// rolesTableFor returns the table's props in lang, with rows from rolesRows.
func rolesTableFor(lang string, rows []roleRow) *rolesTable {
	tx := rolesTexts(lang)
	return &rolesTable{Title: tx["title"], Intro: tx["intro"],
		Head: [3]string{tx["role"], tx["detail"], tx["source"]}, Rows: rows}
}

// rolesRows builds the rows for the four partners, in model.PartnerIDs()
// order. The stakes and amounts come live from s and from o, the outcome of
// the selected closing view.
func rolesRows(lang string, s model.Scenario, o model.Outcome) []roleRow {
	t := texts(lang)
	en := lang == "en"
	pick := func(e, f string) string {
		if en {
			return e
		}
		return f
	}
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
		detail := fmt.Sprintf(pick("%s after the round (%s before)", "%s après l'opération (%s avant)"), pct(after), pct(before[id]))
		if before[id].Sign() == 0 {
			detail = fmt.Sprintf(pick("%s after the round (a new shareholder)", "%s après l'opération (nouvel actionnaire)"), pct(after))
		}
		quote := map[string]string{model.Microsoft: quoteStakeMSFT, model.Amazon: quoteStakeAMZN,
			model.Nvidia: quoteStakeNVDA, model.SoftBank: quoteStakeSFTB}[id]
		text := map[string]string{
			model.Microsoft: pick("27 % before the round per the article (R: as-converted, at the Oct 2025 recapitalisation); after it, computed by the calculator in the selected closing view.",
				"27 % avant l'opération selon l'article (R : base convertie, à la recapitalisation d'octobre 2025) ; après, calculé par le calculateur dans le scénario de clôture choisi."),
			model.Amazon: pick("Up to 50 in this round (15 now, 35 under conditions) per the article; the stake after is computed by the calculator in the selected closing view.",
				"Jusqu'à 50 dans ce tour (15 tout de suite, 35 sous conditions) selon l'article ; la part après l'opération est calculée dans le scénario de clôture choisi."),
			model.Nvidia: pick("30 in this round per the article; the stake after is computed by the calculator in the selected closing view.",
				"30 dans ce tour selon l'article ; la part après l'opération est calculée dans le scénario de clôture choisi."),
			model.SoftBank: pick("About 13 % after the round per the article; 11 % before (R). The figure shown is computed by the calculator in the selected closing view.",
				"Environ 13 % après l'opération selon l'article ; 11 % avant (R). Le chiffre affiché est calculé dans le scénario de clôture choisi."),
		}[id]
		add(id, "stake", pick("Equity stake", "Part du capital"), detail, dataValue(after), "A / D", text, quote)
	}

	// Microsoft.
	msft := partner[model.Microsoft]
	add(model.Microsoft, "role", pick("Role", "Rôle"),
		pick("The commercial and legal backbone: it keeps the contractual core and the API layer.",
			"La colonne vertébrale commerciale et juridique : il garde le cœur contractuel et la couche API."),
		"", "A", pick("The article's summary of the new split of roles.", "Le résumé par l'article de la nouvelle répartition des rôles."), quoteRoleMSFT)
	stake(model.Microsoft)
	add(model.Microsoft, "ip", pick("IP licence", "Licence de propriété intellectuelle"),
		pick("Exclusive licence on OpenAI's intellectual property, to 2032: unchanged.",
			"Licence exclusive sur la propriété intellectuelle d'OpenAI, jusqu'en 2032 : inchangée."),
		"", "A / R", pick("Unchanged per the article; the 2032 term is from reports of the Oct 2025 agreement.",
			"Inchangée selon l'article ; l'échéance de 2032 vient des comptes rendus de l'accord d'octobre 2025."), quoteIPLicence)
	add(model.Microsoft, "revshare", pick("Revenue share", "Partage de revenus"),
		fmt.Sprintf(pick("About %s of all of OpenAI's revenue, whichever cloud hosts it: %s a year on %s of revenue. Unchanged.",
			"Environ %s de tout le chiffre d'affaires d'OpenAI, quel que soit le cloud qui l'héberge : %s par an sur %s de chiffre d'affaires. Inchangé."),
			pct(s.RevShare), money(lang, s.Revenue.Mul(s.RevShare)), money(lang, s.Revenue)),
		dataValue(s.RevShare), "A / R", pick("Unchanged per the article; the 20 % is from reports of the Oct 2025 agreement (share slider above).",
			"Inchangé selon l'article ; les 20 % viennent des comptes rendus de l'accord d'octobre 2025 (curseur de la part)."), quoteRevenueShare)
	add(model.Microsoft, "host-stateless", pick("Hosting: stateless APIs", "Hébergement : API stateless"),
		pick("Azure stays the exclusive cloud of OpenAI's stateless APIs.", "Azure reste le cloud exclusif des API stateless d'OpenAI."),
		"", "A", pick("Public reminder by OpenAI and Microsoft, the day of the round.", "Rappel public d'OpenAI et de Microsoft, le jour de la levée."), quoteStatelessAzure)
	add(model.Microsoft, "host-partner-api", pick("Hosting: third parties' API calls", "Hébergement : appels API des tiers"),
		pick("Every API call arising from a collaboration with a third party, Amazon's included, stays on Azure and earns Microsoft money.",
			"Tout appel API né d'une collaboration avec un tiers, Amazon compris, reste sur Azure et rapporte à Microsoft."),
		"", "A", pick("Public reminder by OpenAI and Microsoft, the day of the round.", "Rappel public d'OpenAI et de Microsoft, le jour de la levée."), quotePartnerCalls)
	add(model.Microsoft, "host-first-party", pick("Hosting: first-party products", "Hébergement : produits first party"),
		pick("OpenAI's own products, Frontier included, stay on Azure although AWS distributes Frontier.",
			"Les produits d'OpenAI, Frontier compris, restent sur Azure même si AWS distribue Frontier."),
		"", "A", pick("Public reminder by OpenAI and Microsoft, the day of the round.", "Rappel public d'OpenAI et de Microsoft, le jour de la levée."), quoteFirstPartyAz)
	add(model.Microsoft, "compute", pick("Compute supplied (Azure)", "Calcul fourni (Azure)"),
		fmt.Sprintf(pick("Incremental Azure commitment: %s.", "Engagement Azure supplémentaire : %s."), money(lang, msft.Commit)),
		dataValue(msft.Commit), "R", pick("Incremental Azure commitment of 250 at the Oct 2025 recapitalisation, as reported.",
			"Engagement Azure supplémentaire de 250 à la recapitalisation d'octobre 2025, selon la presse."), "")
	add(model.Microsoft, "anthropic", pick("Ties to Anthropic", "Liens avec Anthropic"),
		pick("An investor in Anthropic, OpenAI's first competitor, whose models it opens many of its services to.",
			"Investisseur dans Anthropic, premier concurrent d'OpenAI, dont il ouvre nombre de ses services aux modèles."),
		"", "A", pick("Stated in the article.", "Dans l'article."), quoteAnthropicMSFT)

	// Amazon.
	amzn := partner[model.Amazon]
	add(model.Amazon, "role", pick("Role", "Rôle"),
		pick("An industrial accelerator and a new route to market, through Bedrock and Frontier.",
			"Un accélérateur industriel et un nouvel accès au marché, via Bedrock et Frontier."),
		"", "A", pick("The article's summary of the new split of roles.", "Le résumé par l'article de la nouvelle répartition des rôles."), quoteRoleAMZN)
	stake(model.Amazon)
	a1, a2 := tranche(model.TrancheAmazon), tranche(model.TrancheAmazon2)
	add(model.Amazon, "invested", pick("Money in this round", "Argent apporté dans ce tour"),
		fmt.Sprintf(pick("Up to %s: %s now and %s under conditions (an IPO or an undisclosed milestone before the end of 2028).",
			"Jusqu'à %s : %s tout de suite et %s sous conditions (introduction en bourse ou étape non divulguée avant fin 2028)."),
			money(lang, a1.Add(a2)), money(lang, a1), money(lang, a2)),
		dataValue(a1.Add(a2)), "A / R", pick("Amounts per the article; the condition per Amazon's 8-K of 27 Feb 2026, as summarised in the press.",
			"Montants selon l'article ; la condition selon le 8-K d'Amazon du 27 février 2026, tel que résumé par la presse."), quoteStakeAMZN)
	awsDetail := pick("AWS contracts: %s (the existing 38 over 7 years + 100 over 8 years).",
		"Contrats AWS : %s (les 38 existants sur 7 ans + 100 sur 8 ans).")
	if !amzn.Commit.Equal(decimal.NewFromInt(138)) {
		awsDetail = pick("AWS contracts: %s (the article: the existing 38 + 100 over 8 years).",
			"Contrats AWS : %s (l'article : les 38 existants + 100 sur 8 ans).")
	}
	add(model.Amazon, "compute", pick("Compute supplied (AWS)", "Calcul fourni (AWS)"),
		fmt.Sprintf(awsDetail, money(lang, amzn.Commit)),
		dataValue(amzn.Commit), "A / R", pick("38 + 100 per the article; the 38 signed in Nov 2025 over 7 years, as reported.",
			"38 + 100 selon l'article ; les 38 signés en novembre 2025 sur 7 ans, selon la presse."), quoteAWSContract)
	add(model.Amazon, "trainium", pick("Compute supplied (Trainium)", "Calcul fourni (Trainium)"),
		pick("About 2 GW of capacity on AWS's Trainium chips.", "Environ 2 GW de capacité sur les puces Trainium d'AWS."),
		"", "A", pick("Stated in the article.", "Dans l'article."), quoteTrainium)
	add(model.Amazon, "dist-frontier", pick("Distribution: Frontier", "Distribution : Frontier"),
		pick("AWS is the exclusive third-party cloud distributor of Frontier, OpenAI's enterprise agent platform (hosted on Azure).",
			"AWS est le distributeur cloud tiers exclusif de Frontier, la plateforme d'agents d'OpenAI pour les entreprises (hébergée sur Azure)."),
		"", "A", pick("Stated in the article; hosting on Azure per the public reminder.", "Dans l'article ; hébergement sur Azure selon le rappel public."), quoteFrontierDist)
	add(model.Amazon, "dist-stateful", pick("Distribution: Stateful Runtime", "Distribution : Stateful Runtime"),
		pick("A Stateful Runtime Environment co-developed with OpenAI, offered through Amazon Bedrock: stateful, so on AWS, outside Azure's stateless exclusivity.",
			"Un environnement d'exécution avec mémoire co-développé avec OpenAI, proposé via Amazon Bedrock : avec état, donc sur AWS, hors de l'exclusivité stateless d'Azure."),
		"", "A / D", pick("Stated in the article; \"so on AWS\" is derived from Azure's exclusivity covering stateless APIs only.",
			"Dans l'article ; « donc sur AWS » se déduit de l'exclusivité d'Azure, limitée aux API stateless."), quoteStatefulRun)
	add(model.Amazon, "consumer", pick("Consumer models", "Modèles grand public"),
		pick("Models tailored to Amazon's consumer apps (Alexa+), planned.", "Des modèles adaptés aux applications grand public d'Amazon (Alexa+), prévus."),
		"", "A", pick("Stated in the article.", "Dans l'article."), quoteAlexa)
	add(model.Amazon, "anthropic", pick("Ties to Anthropic", "Liens avec Anthropic"),
		pick("Anthropic's main technology and financial partner.", "Principal partenaire technologique et financier d'Anthropic."),
		"", "A", pick("Stated in the article.", "Dans l'article."), quoteAnthropicAMZN)

	// Nvidia.
	nvda := partner[model.Nvidia]
	add(model.Nvidia, "role", pick("Role", "Rôle"),
		pick("Central to cutting-edge compute.", "Central sur le calcul de pointe."),
		"", "A", pick("The article's summary of the new split of roles.", "Le résumé par l'article de la nouvelle répartition des rôles."), quoteRoleNVDA)
	stake(model.Nvidia)
	n1 := tranche(model.TrancheNvidia)
	add(model.Nvidia, "invested", pick("Money in this round", "Argent apporté dans ce tour"),
		fmt.Sprintf(pick("%s (in three installments over the year, per an unconfirmed report).",
			"%s (en trois versements sur l'année, selon une information non confirmée)."), money(lang, n1)),
		dataValue(n1), "A / U", pick("The amount per the article; the three installments are a press report, not confirmed by a filing.",
			"Le montant selon l'article ; les trois versements sont une information de presse, non confirmée par un document déposé."), quoteStakeNVDA)
	detail := fmt.Sprintf(pick("%s secured: 3 GW for inference + 2 GW for training on the coming Vera Rubin systems.",
		"%s sécurisés : 3 GW pour l'inférence + 2 GW pour l'entraînement sur les futurs systèmes Vera Rubin."), gw(nvda.GW))
	if !nvda.GW.Equal(articlePartners()[model.Nvidia].GW) {
		detail = fmt.Sprintf(pick("%s secured (the article: 3 GW for inference + 2 GW for training on Vera Rubin).",
			"%s sécurisés (l'article : 3 GW pour l'inférence + 2 GW pour l'entraînement sur Vera Rubin)."), gw(nvda.GW))
	}
	add(model.Nvidia, "compute", pick("Compute supplied (GW)", "Calcul fourni (GW)"), detail,
		dataValue(nvda.GW), "A", pick("Stated in the article.", "Dans l'article."), quoteNvidiaCompute)
	value := decimal.Zero
	for _, po := range o.Partners {
		if po.ID == model.Nvidia {
			value = po.Compute
		}
	}
	valueDetail := fmt.Sprintf(pick("%s × %s per GW = %s of Nvidia content.", "%s × %s par GW = %s de contenu Nvidia."),
		gw(nvda.GW), money(lang, s.PricePerGW), money(lang, value))
	if nvda.Commit.Sign() > 0 {
		valueDetail += " " + fmt.Sprintf(pick("Plus %s of other commitments: %s owed in all.", "Plus %s d'autres engagements : %s dus en tout."),
			money(lang, nvda.Commit), money(lang, value.Add(nvda.Commit)))
	}
	add(model.Nvidia, "compute-value", pick("Compute supplied ($B)", "Calcul fourni (Md$)"), valueDetail,
		dataValue(value), "D / U", pick("Derived: the GW times the price of one GW (price slider above). About 35 of the 50 to 60 a GW of AI data centre costs is Nvidia's content (Nvidia's CEO, Aug 2025, as reported): uncertain.",
			"Calculé : les GW multipliés par le prix d'un GW (curseur du prix). Environ 35 des 50 à 60 Md$ d'un GW de centre de données IA reviennent à Nvidia (son PDG, août 2025, selon la presse) : incertain."), "")

	// SoftBank.
	stake(model.SoftBank)
	sftb := outcome[model.SoftBank]
	add(model.SoftBank, "invested", pick("Money invested", "Argent investi"),
		fmt.Sprintf(pick("%s in this round; %s invested in all (the article: just under 65).",
			"%s dans ce tour ; %s investis en tout (l'article : un peu moins de 65)."), money(lang, tranche(model.TrancheSoftBank)), money(lang, sftb.CostBasis)),
		dataValue(sftb.CostBasis), "A / V", pick("Just under 65 per the article; 64.6 per SoftBank. The total follows the selected closing view.",
			"Un peu moins de 65 selon l'article ; 64,6 selon SoftBank. Le total suit le scénario de clôture choisi."), quoteStakeSFTB)
	add(model.SoftBank, "installments", pick("Payment schedule", "Calendrier des versements"),
		pick("3 × 10: on 1 April, 1 July and 1 October 2026; an IPO brings the last one forward.",
			"3 × 10 : les 1er avril, 1er juillet et 1er octobre 2026 ; une introduction en bourse avance le dernier."),
		"", "R", pick("SoftBank's announcement of 28 Feb 2026, as reported.", "Annonce de SoftBank du 28 février 2026, selon la presse."), "")
	// The press calls SoftBank's stake leveraged; no sourced figure backs
	// that, so the row shows what the model can say: its exposure against
	// its own size.
	add(model.SoftBank, "exposure", pick("Exposure to its own size", "Exposition rapportée à sa taille"),
		fmt.Sprintf(pick("A collapse would cost it %s, %s of its market capitalisation.",
			"Un effondrement lui coûterait %s, soit %s de sa capitalisation boursière."), money(lang, sftb.CollapseLoss), percentOf(lang, sftb.CollapseShare)),
		dataValue(sftb.CollapseShare), "D", pick("Loss in a collapse (equity value × haircut + commitments owed × unpaid share) over its market capitalisation (about 160).",
			"Perte en cas d'effondrement (valeur de la part × décote + engagements dus × part impayée) rapportée à sa capitalisation (environ 160 Md$)."), "")
	return rows
}
