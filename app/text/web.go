package text

// WebTexts are the texts of the chart of the commitments around OpenAI.
// The …Short and …Shorter forms are fallbacks for narrow layouts.
type WebTexts struct {
	_      noCompare
	Title  string
	Desc   string
	File   string
	OpenAI string

	HeadMoney string
	HeadGW    string
	HeadTies  string

	LegMoney       string
	LegMoneyShort  string
	LegGW          string
	LegGWShort     string
	LegUnpaid      string
	LegUnpaidShort string
	LegTies        string
	LegTiesShort   string

	Unpaid        string
	UnpaidShort   string
	Equity        string
	EquityShort   string
	EquityShorter string
	Approx        string

	NameMicrosoft string
	NameOracle    string
	NameAmazon    string
	NameCoreWeave string
	NameNvidia    string
	NameAMD       string
	NameBroadcom  string
	NameAnthropic string

	WhatMicrosoft     string
	WhatOracle        string
	WhatAmazon        string
	WhatAmazonChanged string
	WhatCoreWeave     string
	WhatNvidia        string
	WhatNvidiaChanged string
	WhatNvidiaOther   string
	WhatAMD           string
	WhatBroadcom      string

	TieAmazon           string
	TieAmazonShort      string
	TieAmazonShorter    string
	TieMicrosoft        string
	TieMicrosoftShort   string
	TieMicrosoftShorter string

	TieWhatAmazon    string
	TieWhatMicrosoft string

	Tip      string
	TipTie   string
	TipQuote string

	ColWho    string
	ColWhat   string
	ColAmount string
	ColUnit   string
	ColTag    string
	ColUnpaid string
	ColEquity string

	UnitMoney string
	UnitGW    string

	None string
}

func frenchWeb() WebTexts {
	return WebTexts{
		Title:               "La toile des engagements autour d’OpenAI",
		Desc:                "OpenAI doit %s de contrats cloud (%s) et %s de puces (%s). S’il s’effondrait en laissant %s de ses engagements impayés, ses fournisseurs perdraient %s et %s de commandes (la part de Nvidia ≈ %s)\u00a0; avec une décote de %s, Microsoft, Amazon et Nvidia perdraient en plus %s de parts. Amazon est le principal partenaire d’Anthropic et Microsoft y a investi.",
		File:                "openai-toile",
		OpenAI:              "OpenAI",
		HeadMoney:           "Contrats cloud (Md$)",
		HeadGW:              "Puces (GW)",
		HeadTies:            "Leur autre pari",
		LegMoney:            "Épaisseur\u00a0: %s de contrats",
		LegMoneyShort:       "%s de contrats",
		LegGW:               "Épaisseur\u00a0: %s de puces",
		LegGWShort:          "%s de puces",
		LegUnpaid:           "Cœur foncé\u00a0: impayé si OpenAI s’effondrait (%s des engagements)",
		LegUnpaidShort:      "Cœur foncé\u00a0: impayé (%s)",
		LegTies:             "Pointillés\u00a0: liens avec Anthropic, rival d’OpenAI",
		LegTiesShort:        "Pointillés\u00a0: liens avec Anthropic",
		Unpaid:              "Impayé (%s)\u00a0: %s",
		UnpaidShort:         "Impayé\u00a0: %s",
		Equity:              "Parts perdues (%s)\u00a0: %s",
		EquityShort:         "Parts perdues\u00a0: %s",
		EquityShorter:       "Parts\u00a0: −%s",
		Approx:              "%s ≈ %s",
		NameMicrosoft:       "Microsoft · Azure",
		NameOracle:          "Oracle",
		NameAmazon:          "Amazon · AWS",
		NameCoreWeave:       "CoreWeave",
		NameNvidia:          "Nvidia",
		NameAMD:             "AMD",
		NameBroadcom:        "Broadcom",
		NameAnthropic:       "Anthropic",
		WhatMicrosoft:       "engagement Azure (recapitalisation d’octobre 2025)",
		WhatOracle:          "capacité cloud sur 5 ans à partir de 2027, environ 4,5 GW",
		WhatAmazon:          "contrats AWS\u00a0: les 38 existants + 100 sur 8 ans, dont environ 2 GW de Trainium",
		WhatAmazonChanged:   "contrats AWS, dont environ 2 GW de Trainium (l’article\u00a0: 38 + 100)",
		WhatCoreWeave:       "capacité cloud\u00a0: 11,9 + 4 + 6,5",
		WhatNvidia:          "3 GW pour l’inférence + 2 GW pour l’entraînement (Vera Rubin), × %s par GW = %s",
		WhatNvidiaChanged:   "GW sécurisés (l’article\u00a0: 3 pour l’inférence + 2 pour l’entraînement), × %s par GW = %s",
		WhatNvidiaOther:     "\u00a0; plus %s d’autres engagements",
		WhatAMD:             "premier GW au second semestre 2026\u00a0; OpenAI détient des bons sur jusqu’à 160 M d’actions AMD",
		WhatBroadcom:        "accélérateurs sur mesure à partir du second semestre 2026, montant non divulgué",
		TieAmazon:           "Amazon\u00a0: partenaire principal",
		TieAmazonShort:      "Amazon, 1er partenaire",
		TieAmazonShorter:    "Amazon",
		TieMicrosoft:        "Microsoft\u00a0: investisseur",
		TieMicrosoftShort:   "Microsoft a investi",
		TieMicrosoftShorter: "Microsoft",
		TieWhatAmazon:       "principal partenaire technologique et financier d’Anthropic",
		TieWhatMicrosoft:    "investisseur dans Anthropic, dont il ouvre nombre de ses services aux modèles",
		Tip:                 "%s → OpenAI\u00a0: %s, %s. Source\u00a0: %s. Impayé si effondrement (%s)\u00a0: %s.",
		TipTie:              "%s → Anthropic\u00a0: %s. Source\u00a0: %s.",
		TipQuote:            " L’article\u00a0: «\u00a0%s\u00a0»",
		ColWho:              "Contrepartie",
		ColWhat:             "Quoi",
		ColAmount:           "Engagement",
		ColUnit:             "Unité",
		ColTag:              "Source",
		ColUnpaid:           "Impayé si effondrement (%s)",
		ColEquity:           "Parts perdues (décote %s)",
		UnitMoney:           "Md$",
		UnitGW:              "GW",
		None:                "–",
	}
}

func englishWeb() WebTexts {
	return WebTexts{
		Title:               "The web of commitments around OpenAI",
		Desc:                "OpenAI owes %s of cloud contracts (%s) and %s of chips (%s). If it collapsed with %s of its commitments unpaid, its suppliers would lose %s and %s of orders (Nvidia’s part ≈ %s); with a %s haircut, Microsoft, Amazon and Nvidia would also lose %s of equity. Amazon is Anthropic’s main partner and Microsoft an investor in it.",
		File:                "openai-web",
		OpenAI:              "OpenAI",
		HeadMoney:           "Cloud contracts ($B)",
		HeadGW:              "Chips (GW)",
		HeadTies:            "Their other bet",
		LegMoney:            "Line width: %s of contracts",
		LegMoneyShort:       "%s of contracts",
		LegGW:               "Line width: %s of chips",
		LegGWShort:          "%s of chips",
		LegUnpaid:           "Dark core: unpaid if OpenAI collapsed (%s of commitments)",
		LegUnpaidShort:      "Dark core: unpaid (%s)",
		LegTies:             "Dashed: ties to Anthropic, OpenAI’s rival",
		LegTiesShort:        "Dashed: ties to Anthropic",
		Unpaid:              "Unpaid (%s): %s",
		UnpaidShort:         "Unpaid: %s",
		Equity:              "Equity lost (%s): %s",
		EquityShort:         "Equity lost: %s",
		EquityShorter:       "Equity: −%s",
		Approx:              "%s ≈ %s",
		NameMicrosoft:       "Microsoft · Azure",
		NameOracle:          "Oracle",
		NameAmazon:          "Amazon · AWS",
		NameCoreWeave:       "CoreWeave",
		NameNvidia:          "Nvidia",
		NameAMD:             "AMD",
		NameBroadcom:        "Broadcom",
		NameAnthropic:       "Anthropic",
		WhatMicrosoft:       "Azure commitment (Oct 2025 recapitalisation)",
		WhatOracle:          "cloud capacity over 5 years from 2027, about 4.5 GW",
		WhatAmazon:          "AWS contracts: the existing 38 + 100 over 8 years, including about 2 GW of Trainium",
		WhatAmazonChanged:   "AWS contracts, including about 2 GW of Trainium (the article: 38 + 100)",
		WhatCoreWeave:       "cloud capacity: 11.9 + 4 + 6.5",
		WhatNvidia:          "3 GW for inference + 2 GW for training (Vera Rubin), × %s per GW = %s",
		WhatNvidiaChanged:   "GW secured (the article: 3 for inference + 2 for training), × %s per GW = %s",
		WhatNvidiaOther:     "; plus %s of other commitments",
		WhatAMD:             "first 1 GW in H2 2026; OpenAI holds a warrant for up to 160 M AMD shares",
		WhatBroadcom:        "custom accelerators from H2 2026, value undisclosed",
		TieAmazon:           "Amazon: main partner",
		TieAmazonShort:      "Amazon: main partner",
		TieAmazonShorter:    "Amazon",
		TieMicrosoft:        "Microsoft: investor",
		TieMicrosoftShort:   "Microsoft: investor",
		TieMicrosoftShorter: "Microsoft",
		TieWhatAmazon:       "Anthropic’s main technology and financial partner",
		TieWhatMicrosoft:    "an investor in Anthropic, whose models it opens many of its services to",
		Tip:                 "%s → OpenAI: %s, %s. Source: %s. Unpaid in a collapse (%s): %s.",
		TipTie:              "%s → Anthropic: %s. Source: %s.",
		TipQuote:            " The article: “%s”",
		ColWho:              "Counterparty",
		ColWhat:             "What",
		ColAmount:           "Commitment",
		ColUnit:             "Unit",
		ColTag:              "Source",
		ColUnpaid:           "Unpaid in a collapse (%s)",
		ColEquity:           "Equity lost (haircut %s)",
		UnitMoney:           "$B",
		UnitGW:              "GW",
		None:                "–",
	}
}
