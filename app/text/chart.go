package text

// ChartTexts are the charts' own texts. Holder, partner and view names are
// the page's (Texts).
type ChartTexts struct {
	_        noCompare
	Download string
	Data     string

	OwnTitle    string
	OwnDesc     string
	OwnBefore   string
	OwnValued   string
	OwnSelected string
	OwnFile     string
	OwnHolder   string

	FlowsTitle    string
	FlowsDesc     string
	FlowsIn       string
	FlowsOwed     string
	FlowsNet      string
	FlowsLegIn    string
	FlowsLegOwed  string
	FlowsLegInS   string
	FlowsLegOwedS string
	FlowsAzure    string
	FlowsAWS      string
	FlowsOther    string
	FlowsGW       string
	FlowsFile     string
	FlowsColIn    string
	FlowsColOwed  string
	FlowsColWhat  string
	FlowsColNet   string

	ExpTitle     string
	ExpDesc      string
	ExpLegEquity string
	ExpLegUnpaid string
	ExpRight     string
	ExpRightS    string
	ExpFile      string
	ExpColEquity string
	ExpColUnpaid string
	ExpColLoss   string
	ExpColCap    string
	ExpColShare  string

	TimelineTitle    string
	TimelineDesc     string
	TimelineMar25    string
	TimelineMar25D   string
	TimelineOct25    string
	TimelineOct25D   string
	TimelineRound    string
	TimelineRoundD   string
	TimelineMine     string
	TimelineMineD    string
	TimelineIPO      string
	TimelineIPOD     string
	TimelineMyipo    string
	TimelineMyipoD   string
	TimelinePrepost  string
	TimelinePrepostS string
	TimelineFile     string
	TimelineColWhen  string
	TimelineColWhat  string
	TimelineColValue string

	ContribTitle       string
	ContribDesc        string // the investors and their money
	ContribCondItem    string // conditional money and its probabilities
	ContribLegFirm     string
	ContribLegCond     string
	ContribFile        string
	ContribColInvestor string
	ContribColFirm     string
	ContribColCond     string
	ContribColTotal    string

	SparkPre  string
	SparkIPO  string
	SparkLoss string
	SparkGW   string
	SparkQ    string
	SparkDesc string
}

func frenchChart() ChartTexts {
	return ChartTexts{
		Download:           "Télécharger (SVG)",
		Data:               "Données du graphique",
		ContribTitle:       "Qui met quoi dans la levée",
		ContribDesc:        "L’argent de chaque investisseur dans cette levée, ferme puis sous conditions\u00a0: %s.",
		ContribCondItem:    "%s sous conditions (probabilité %s)",
		ContribLegFirm:     "Ferme",
		ContribLegCond:     "Sous conditions",
		ContribFile:        "openai-qui-met-quoi",
		ContribColInvestor: "Investisseur",
		ContribColFirm:     "Ferme",
		ContribColCond:     "Sous conditions",
		ContribColTotal:    "Total",
		OwnTitle:           "Qui détient OpenAI, avant et après l’opération",
		OwnDesc:            "Une barre par moment, divisée par actionnaire\u00a0: avant l’opération, puis tranches fermes seulement, toutes les tranches, et la moyenne pondérée par les probabilités. Dans la vue choisie (%s), la valorisation après l’opération est de %s et chaque actionnaire existant est dilué de %s. Parts dans cette vue\u00a0: %s.",
		OwnBefore:          "Avant l’opération",
		OwnValued:          "valorisation %s",
		OwnSelected:        "(vue choisie)",
		OwnFile:            "openai-actionnaires",
		OwnHolder:          "Actionnaire",
		FlowsTitle:         "L’argent investi dans OpenAI et ce qu’OpenAI doit en retour",
		FlowsDesc:          "Pour chaque partenaire, l’argent qu’il a investi dans OpenAI (coût de revient, %s) face aux engagements commerciaux qu’OpenAI lui doit (Azure, AWS, calcul Nvidia)\u00a0; le solde est ce qui revient au partenaire\u00a0: %s.",
		FlowsIn:            "Investi dans OpenAI\u00a0: %s",
		FlowsOwed:          "Dû par OpenAI\u00a0: %s",
		FlowsNet:           "Solde\u00a0: %s",
		FlowsLegIn:         "Argent investi dans OpenAI (coût de revient)",
		FlowsLegOwed:       "Engagements d’OpenAI envers le partenaire",
		FlowsLegInS:        "Investi dans OpenAI",
		FlowsLegOwedS:      "Dû par OpenAI",
		FlowsAzure:         "Azure",
		FlowsAWS:           "AWS",
		FlowsOther:         "contrats",
		FlowsGW:            "%s GW × %s",
		FlowsFile:          "openai-flux-financiers",
		FlowsColIn:         "Investi dans OpenAI",
		FlowsColOwed:       "Dû par OpenAI",
		FlowsColWhat:       "Dont",
		FlowsColNet:        "Solde",
		ExpTitle:           "Ce que chaque partenaire perdrait si OpenAI s’effondrait, en part de sa capitalisation",
		ExpDesc:            "Perte = valeur de la part × décote (%s) + engagements dus × part impayée (%s), rapportée à la capitalisation boursière du partenaire (%s)\u00a0: %s.",
		ExpLegEquity:       "Valeur des parts perdue (décote %s)",
		ExpLegUnpaid:       "Engagements impayés (%s)",
		ExpRight:           "%s, soit %s de sa capitalisation",
		ExpRightS:          "%s · %s",
		ExpFile:            "openai-exposition-partenaires",
		ExpColEquity:       "Parts perdues",
		ExpColUnpaid:       "Engagements impayés",
		ExpColLoss:         "Perte",
		ExpColCap:          "Capitalisation",
		ExpColShare:        "Part de la capitalisation",
		TimelineTitle:      "La valorisation d’OpenAI\u00a0: de 300 à 840 milliards en un an, et l’introduction en bourse visée",
		TimelineDesc:       "Mars 2025\u00a0: %s après le tour. Octobre 2025\u00a0: %s lors d’une cession secondaire. Ce tour\u00a0: %s avant, %s après. Introduction en bourse visée\u00a0: %s. Votre scénario (%s)\u00a0: %s avant, %s après, introduction à %s.",
		TimelineMar25:      "Mars 2025",
		TimelineMar25D:     "tour mené par SoftBank, après l’opération",
		TimelineOct25:      "Octobre 2025",
		TimelineOct25D:     "cession secondaire",
		TimelineRound:      "Février 2026",
		TimelineRoundD:     "ce tour, selon l’article",
		TimelineMine:       "Votre scénario",
		TimelineMineD:      "%s",
		TimelineIPO:        "Fin 2026",
		TimelineIPOD:       "introduction en bourse visée",
		TimelineMyipo:      "Votre introduction",
		TimelineMyipoD:     "valorisation choisie",
		TimelinePrepost:    "%s avant → %s après",
		TimelinePrepostS:   "%s → %s",
		TimelineFile:       "openai-valorisation",
		TimelineColWhen:    "Quand",
		TimelineColWhat:    "Quoi",
		TimelineColValue:   "Valorisation",
		SparkPre:           "Valorisation après l’opération",
		SparkIPO:           "Parts de Microsoft, valeur à l’IPO",
		SparkLoss:          "Pertes totales si effondrement",
		SparkGW:            "Solde des flux de Nvidia",
		SparkQ:             "Valorisation après, pondérée",
		SparkDesc:          "%s\u00a0: de %s à %s sur toute la plage du curseur (%s à %s)\u00a0; actuellement %s.",
	}
}

func englishChart() ChartTexts {
	return ChartTexts{
		Download:           "Download (SVG)",
		Data:               "Data of this chart",
		ContribTitle:       "Who puts what into the round",
		ContribDesc:        "Each investor’s money in this round, firm then conditional: %s.",
		ContribCondItem:    "%s conditional (probability %s)",
		ContribLegFirm:     "Firm",
		ContribLegCond:     "Conditional",
		ContribFile:        "openai-who-puts-what",
		ContribColInvestor: "Investor",
		ContribColFirm:     "Firm",
		ContribColCond:     "Conditional",
		ContribColTotal:    "Total",
		OwnTitle:           "Who owns OpenAI, before and after the round",
		OwnDesc:            "One bar per moment, split by holder: before the round, then firm tranches only, all tranches, and the average weighted by the odds. In the selected view (%s), the post-money valuation is %s and every existing holder is diluted by %s. Stakes in that view: %s.",
		OwnBefore:          "Before the round",
		OwnValued:          "valued at %s",
		OwnSelected:        "(selected view)",
		OwnFile:            "openai-ownership",
		OwnHolder:          "Holder",
		FlowsTitle:         "Cash put into OpenAI, and what OpenAI owes back",
		FlowsDesc:          "For each partner, the cash it has put into OpenAI (cost basis, %s) against the commercial commitments OpenAI owes it (Azure, AWS, Nvidia compute); the net is what flows back to the partner: %s.",
		FlowsIn:            "Put into OpenAI: %s",
		FlowsOwed:          "Owed by OpenAI: %s",
		FlowsNet:           "Net: %s",
		FlowsLegIn:         "Cash put into OpenAI (cost basis)",
		FlowsLegOwed:       "Commitments OpenAI owes the partner",
		FlowsLegInS:        "Put into OpenAI",
		FlowsLegOwedS:      "Owed by OpenAI",
		FlowsAzure:         "Azure",
		FlowsAWS:           "AWS",
		FlowsOther:         "contracts",
		FlowsGW:            "%s GW × %s",
		FlowsFile:          "openai-money-flows",
		FlowsColIn:         "Put into OpenAI",
		FlowsColOwed:       "Owed by OpenAI",
		FlowsColWhat:       "Of which",
		FlowsColNet:        "Net flow",
		ExpTitle:           "What each partner would lose in a collapse, as a share of its market value",
		ExpDesc:            "Loss = equity value × haircut (%s) + commitments owed × share unpaid (%s), over the partner’s market capitalisation (%s): %s.",
		ExpLegEquity:       "Equity lost (haircut %s)",
		ExpLegUnpaid:       "Commitments unpaid (%s)",
		ExpRight:           "%s, %s of its market cap",
		ExpRightS:          "%s · %s",
		ExpFile:            "openai-partner-exposure",
		ExpColEquity:       "Equity lost",
		ExpColUnpaid:       "Commitments unpaid",
		ExpColLoss:         "Loss",
		ExpColCap:          "Market cap",
		ExpColShare:        "Share of market cap",
		TimelineTitle:      "OpenAI’s valuation: from $300B to $840B in a year, and the IPO target",
		TimelineDesc:       "March 2025: %s after the round. October 2025: %s in a secondary sale. This round: %s before, %s after. IPO target: %s. Your scenario (%s): %s before, %s after, IPO at %s.",
		TimelineMar25:      "March 2025",
		TimelineMar25D:     "round led by SoftBank, post-money",
		TimelineOct25:      "October 2025",
		TimelineOct25D:     "secondary sale",
		TimelineRound:      "February 2026",
		TimelineRoundD:     "this round, per the article",
		TimelineMine:       "Your scenario",
		TimelineMineD:      "%s",
		TimelineIPO:        "End of 2026",
		TimelineIPOD:       "IPO target",
		TimelineMyipo:      "Your IPO",
		TimelineMyipoD:     "valuation you set",
		TimelinePrepost:    "%s before → %s after",
		TimelinePrepostS:   "%s → %s",
		TimelineFile:       "openai-valuation-timeline",
		TimelineColWhen:    "When",
		TimelineColWhat:    "What",
		TimelineColValue:   "Valuation",
		SparkPre:           "Post-money valuation",
		SparkIPO:           "Microsoft’s equity at the IPO",
		SparkLoss:          "Partners’ total loss in a collapse",
		SparkGW:            "Nvidia’s net flow",
		SparkQ:             "Post-money, probability-weighted",
		SparkDesc:          "%s: from %s to %s across the slider’s range (%s to %s); now %s.",
	}
}
