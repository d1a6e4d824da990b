package model

// Quotes from the article (testdata/article-2026-03-02-fr.txt), verbatim.
const (
	quoteRound      = "Avec 110 milliards de dollars levés, une valorisation de 730 milliards avant opération et 840 milliards après"
	quoteIPO        = "une introduction en bourse (attendue fin 2026) à 1000 milliards de dollars"
	quoteMSFT       = "Microsoft, le grand partenaire Cloud historique d’OpenAI, qui possède 27% des parts du créateur de ChatGPT"
	quoteSoftBank   = "Softbank apporte 30 milliards de dollars supplémentaires à ceux déjà insufflés dans le précédent tour de table (portant son investissement total à un peu moins de 65 milliards de dollars pour environ 13% de parts de l’entreprise)"
	quoteNvidia     = "Nvidia met sur la table 30 milliards de dollars"
	quoteGW         = "permettant au passage à OpenAI de sécuriser 3 gigawatts de capacité dédiée à l’inférence et 2 gigawatts supplémentaires pour l’entraînement sur les futurs systèmes Vera Rubin"
	quoteAmazon     = "Amazon apporte jusqu’à 50 milliards de dollars, dont 15 milliards immédiatement et 35 milliards supplémentaires sous conditions"
	quoteAWS        = "OpenAI et AWS élargissent leur accord existant de 38 milliards de dollars avec 100 milliards additionnels sur huit ans."
	quoteShare      = "le partage de revenus ne change pas"
	quoteStateless  = "Azure reste le fournisseur cloud exclusif des API “stateless” d’OpenAI"
	quotePartnerAPI = "tout appel API découlant d’une collaboration avec un tiers, Amazon compris, continuera d’être hébergé sur Azure et donc de rapporter des sous à Microsoft"
	quoteFirstParty = "Les produits “first party” d’OpenAI, y compris Frontier, restent eux aussi hébergés sur Azure même si Amazon en est le distributeur exclusif"
	quoteStateful   = "un environnement d’exécution avec mémoire de contexte, disponible via Amazon Bedrock"
	quotePrev       = "le précédent tour d’OpenAI, qui portait sur 40 milliards de dollars en mars 2025 pour une valorisation de 300 milliards"
	quoteTotal      = "Au total, depuis sa création, OpenAI a donc levé 170 milliards de dollars"
	quoteUsers      = "plus de 900 millions d’utilisateurs hebdomadaires de ChatGPT"
)

// Sources returns the source of every default figure, keyed by URL
// parameter name (pre, ipo, haircut, unpaid, gw, s.msft, t.amzn2, q.amzn2,
// m.sftb, inv.sftb, commit.amzn, cap.nvda, rev, share, mix.chatgpt …) plus
// keys for facts shown as text: "post", "raised", "prev-round",
// "raised-before", "weekly-users", "subscribers", "s.others", "gw.nvda"
// (Nvidia's 5 GW), "date.sftb", "condition.amzn2" and "route.<channel>"
// (who hosts each channel). A fresh map each call.
func Sources() map[string]Source {
	m := map[string]Source{
		"pre":     {"A", "Pre-money valuation: 730.", quoteRound},
		"post":    {"A", "Post-money valuation: 840 (reported as fully diluted), = 730 + 110 with every tranche at the round price.", quoteRound},
		"raised":  {"A", "New money, all tranches: 110 (SoftBank 30, Nvidia 30, Amazon up to 50).", quoteRound},
		"ipo":     {"A", "IPO expected at the end of 2026, at about 1,000.", quoteIPO},
		"haircut": {"D", "Stress scenario: a collapse wipes out the equity (100 % haircut on the valuation).", ""},
		"unpaid":  {"U", "No source: the share of commitments left unpaid in a collapse is the reader’s assumption (50 % as a neutral start).", ""},
		"gw":      {"R / U", "About 35 of the 50 to 60 a GW of AI data centre costs is Nvidia’s content (Nvidia’s CEO, Aug 2025 earnings call, as reported).", ""},
		"gw.nvda": {"A", "Compute secured with Nvidia: 3 GW for inference + 2 GW for training on Vera Rubin systems.", quoteGW},

		"s.msft":   {"A / R", "Microsoft’s 27 %: as-converted diluted stake at the 28 Oct 2025 recapitalisation (about 135), so a pre-round figure.", quoteMSFT},
		"s.fdn":    {"R / V", "OpenAI Foundation: about 26 % at the Oct 2025 recapitalisation; “above 180” in value after the round per OpenAI (26 % × 730 ≈ 190, consistent).", ""},
		"s.sftb":   {"R", "SoftBank’s stake before the round: about 11 %, after its 22.5 closing of 26 Dec 2025.", ""},
		"s.others": {"D", "Employees and other investors: the remainder, 100 − 27 − 26 − 11 = 36 % before the round.", ""},

		"t.sftb":          {"A", "SoftBank puts 30 into this round, bringing its total to just under 65 (64.6 per SoftBank) for about 13 %.", quoteSoftBank},
		"t.nvda":          {"A", "Nvidia puts 30 into this round.", quoteNvidia},
		"t.amzn":          {"A", "Amazon: up to 50, of which 15 immediately.", quoteAmazon},
		"t.amzn2":         {"A", "Amazon: a further 35 under conditions.", quoteAmazon},
		"q.sftb":          {"A / R", "Firm: announced without condition; paid in three installments of 10 (SoftBank, 28 Feb 2026).", quoteSoftBank},
		"q.nvda":          {"A", "Firm: announced without condition (the three installments over the year are a press report, not confirmed).", quoteNvidia},
		"q.amzn":          {"A", "Firm: the 15 come immediately.", quoteAmazon},
		"q.amzn2":         {"U", "No source gives a probability for Amazon’s conditional 35: 50 % is a neutral starting point to move.", ""},
		"m.sftb":          {"D", "At the round price: 730 + 110 = 840 post-money means every tranche at that price.", ""},
		"m.nvda":          {"D", "At the round price: 730 + 110 = 840 post-money means every tranche at that price.", ""},
		"m.amzn":          {"D", "At the round price: 730 + 110 = 840 post-money means every tranche at that price.", ""},
		"m.amzn2":         {"D / U", "At the round price, as the article’s 840 implies; the 35 would come as preferred stock before an IPO, common after (Amazon 8-K, as summarised), so a reader may price it higher.", ""},
		"date.sftb":       {"R", "Three installments of 10 on 1 Apr, 1 Jul and 1 Oct 2026; an IPO brings the last forward (SoftBank, 28 Feb 2026, as reported).", ""},
		"condition.amzn2": {"R / U", "Due if OpenAI goes public or reaches an undisclosed milestone before the end of 2028 (Amazon 8-K of 27 Feb 2026, as summarised in the press; “AGI milestone” is press framing that OpenAI denied).", ""},

		"inv.msft":    {"R", "Microsoft invested about 13.8 to date (Oct 2025 recapitalisation reports); it is not in this round.", ""},
		"inv.amzn":    {"R", "Amazon’s first equity in OpenAI is this round.", ""},
		"inv.nvda":    {"R / U", "Nvidia’s earlier stake was small (a participation in the Oct 2024 round): left out.", ""},
		"inv.sftb":    {"D", "64.6 invested after the round (SoftBank; the article’s “just under 65”) − 30 in this round.", ""},
		"commit.msft": {"R", "Incremental Azure commitment of 250 (Oct 2025 recapitalisation).", ""},
		"commit.amzn": {"A / R", "AWS contracts: the existing 38 (over 7 years, Nov 2025) + 100 over 8 years.", quoteAWS},
		"commit.nvda": {"D", "Nvidia is owed the compute OpenAI secured: 5 GW × the price per GW (no other commitment counted).", ""},
		"commit.sftb": {"U", "No commercial commitment of OpenAI to SoftBank is counted: 0.", ""},
		"cap.msft":    {"R / D", "Microsoft’s market capitalisation: 3,000, inside the reported 2,900 to 3,070 (Feb 2026).", ""},
		"cap.amzn":    {"R / D", "Amazon’s market capitalisation: 2,300, inside the reported 2,200 to 2,470 (Jan to Mar 2026).", ""},
		"cap.nvda":    {"R", "Nvidia’s market capitalisation: 4,610 (24 Feb 2026).", ""},
		"cap.sftb":    {"R", "SoftBank Group’s market capitalisation: about 160 (Jan to Feb 2026).", ""},

		"rev":   {"R", "OpenAI’s annualised revenue: about 20 at the end of 2025 (company statements, as reported).", ""},
		"share": {"A / R", "The revenue share is unchanged; reported at about 20 % of all of OpenAI’s revenue (Oct 2025 agreement), whichever cloud hosts it.", quoteShare},

		"prev-round":    {"A", "Previous round: 40 at a valuation of 300 (post-money, so 260 pre-money), March 2025.", quotePrev},
		"raised-before": {"A / D", "170 raised since creation, so 60 before this round (170 − 110).", quoteTotal},
		"weekly-users":  {"A", "More than 900 million weekly ChatGPT users.", quoteUsers},
		"subscribers":   {"D", "59 million paying subscribers: 50 million consumers + 9 million business users, both stated in the article.", ""},

		"y.sftb":     {"R", "Paid in 2026: three installments of 10 on 1 Apr, 1 Jul and 1 Oct 2026 (SoftBank, 28 Feb 2026, as reported).", ""},
		"y.nvda":     {"U", "Paid in 2026: installments over the year, as reported, not confirmed.", ""},
		"y.amzn":     {"A", "Paid in 2026: the 15 come immediately.", quoteAmazon},
		"y.amzn2":    {"U / R", "2027 as a starting point: due when OpenAI goes public or reaches its milestone, at the latest by the end of 2028 (Amazon 8-K, as summarised); the IPO is expected at the end of 2026.", ""},
		"years.msft": {"U", "No schedule is reported for Azure’s 250: spread over 7 years, to 2032, when Microsoft’s rights to OpenAI’s models end.", ""},
		"years.amzn": {"A / D / U", "The 100 run over eight years and the earlier 38 over seven: the 138 together spread over 8 years.", quoteAWS},
		"years.nvda": {"U", "No schedule is reported for the 5 GW of compute: spread over 5 years.", ""},
		"years.sftb": {"U", "No commitment of OpenAI to SoftBank is counted, so its years change nothing by default.", ""},
		"growth":     {"U", "The reader’s assumption: 50 % a year from the 20 of end 2025 (30 in 2026, about 152 in 2030), below OpenAI’s own projections as reported (about 30 in 2026, 200 or more in 2030).", ""},
		"other":      {"D", "OpenAI’s commitments to other suppliers: Oracle’s 300 over five years from 2027 and CoreWeave’s 22.4 (11.9 + 4 + 6.5), as reported. All its commitments together are reported at about 1,400: raise it to count them.", ""},

		"route." + ChannelChatGPT:    {"A / D", "ChatGPT is a first-party product: hosted on Azure.", quoteFirstParty},
		"route." + ChannelAPI:        {"A", "Stateless APIs: hosted exclusively on Azure.", quoteStateless},
		"route." + ChannelAPIPartner: {"A", "API calls arising from a third party’s collaboration, Amazon’s included: hosted on Azure, so they earn Microsoft money.", quotePartnerAPI},
		"route." + ChannelFrontier:   {"A", "Frontier, a first-party product: hosted on Azure although AWS is its exclusive third-party distributor.", quoteFirstParty},
		"route." + ChannelBedrock:    {"A / D", "The Stateful Runtime Environment, co-developed with AWS and offered through Amazon Bedrock: on AWS (stateful, outside Azure’s stateless exclusivity).", quoteStateful},
	}
	for _, c := range ChannelIDs() {
		m["mix."+c] = Source{"U", "No public split of OpenAI’s revenue by channel: chatgpt 70 %, api 20 %, api-partner 5 %, frontier-aws 3 %, bedrock-stateful 2 % as an illustration.", ""}
	}
	return m
}
