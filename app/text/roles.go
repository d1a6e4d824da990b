package text

// RolesTexts are the texts of the table of who holds which key: its head,
// then each row's right or role, what it amounts to (…Detail, some with
// format verbs for the live figures) and its source note (…Source). Rows
// of the same kind share a text: Role, Invested, Anthropic, InArticle,
// RoleSource, PublicReminder.
type RolesTexts struct {
	_                       noCompare
	Title                   string
	Intro                   string
	ColRole                 string
	ColDetail               string
	ColSource               string
	StakeDetail             string
	StakeDetailNew          string
	StakeSourceMicrosoft    string
	StakeSourceAmazon       string
	StakeSourceNvidia       string
	StakeSourceSoftBank     string
	Stake                   string
	Role                    string
	MicrosoftRole           string
	RoleSource              string
	IPLicence               string
	IPLicenceDetail         string
	IPLicenceSource         string
	RevShare                string
	RevShareDetail          string
	RevShareSource          string
	HostStateless           string
	HostStatelessDetail     string
	PublicReminder          string
	HostPartnerAPI          string
	HostPartnerAPIDetail    string
	HostFirstParty          string
	HostFirstPartyDetail    string
	AzureCompute            string
	AzureComputeDetail      string
	AzureComputeSource      string
	Anthropic               string
	MicrosoftAnthropic      string
	InArticle               string
	AmazonRole              string
	Invested                string
	AmazonInvestedDetail    string
	AmazonInvestedSource    string
	AWSComputeDetail        string
	AWSComputeDetailChanged string
	AWSCompute              string
	AWSComputeSource        string
	Trainium                string
	TrainiumDetail          string
	DistFrontier            string
	DistFrontierDetail      string
	DistFrontierSource      string
	DistStateful            string
	DistStatefulDetail      string
	DistStatefulSource      string
	Consumer                string
	ConsumerDetail          string
	AmazonAnthropic         string
	NvidiaRole              string
	NvidiaInvestedDetail    string
	NvidiaInvestedSource    string
	GWComputeDetail         string
	GWComputeDetailChanged  string
	GWCompute               string
	GWValueDetail           string
	GWValueOther            string
	GWValue                 string
	GWValueSource           string
	SoftBankInvested        string
	SoftBankInvestedDetail  string
	SoftBankInvestedSource  string
	Installments            string
	InstallmentsDetail      string
	InstallmentsSource      string
	Exposure                string
	ExposureDetail          string
	ExposureSource          string
}

func frenchRoles() RolesTexts {
	return RolesTexts{
		Title:                   "Qui détient quelles clés",
		Intro:                   "La table de capitalisation ne dit pas qui héberge, vend et fournit quoi. Chaque droit ou rôle des quatre partenaires, avec sa source\u00a0: activez une étiquette pour la lire.",
		ColRole:                 "Droit ou rôle",
		ColDetail:               "Ce qu’il représente",
		ColSource:               "Source",
		StakeDetail:             "%s après l’opération (%s avant)",
		StakeDetailNew:          "%s après l’opération (nouvel actionnaire)",
		StakeSourceMicrosoft:    "27\u202f% avant l’opération selon l’article (R\u00a0: base convertie, à la recapitalisation d’octobre 2025)\u00a0; après, calculé par le calculateur dans le scénario de clôture choisi.",
		StakeSourceAmazon:       "Jusqu’à 50 dans ce tour (15 tout de suite, 35 sous conditions) selon l’article\u00a0; la part après l’opération est calculée dans le scénario de clôture choisi.",
		StakeSourceNvidia:       "30 dans ce tour selon l’article\u00a0; la part après l’opération est calculée dans le scénario de clôture choisi.",
		StakeSourceSoftBank:     "Environ 13\u202f% après l’opération selon l’article\u00a0; 11\u202f% avant (R). Le chiffre affiché est calculé dans le scénario de clôture choisi.",
		Stake:                   "Part du capital",
		Role:                    "Rôle",
		MicrosoftRole:           "La colonne vertébrale commerciale et juridique\u00a0: il garde le cœur contractuel et la couche API.",
		RoleSource:              "Le résumé par l’article de la nouvelle répartition des rôles.",
		IPLicence:               "Licence de propriété intellectuelle",
		IPLicenceDetail:         "Licence exclusive sur la propriété intellectuelle d’OpenAI, jusqu’en 2032\u00a0: inchangée.",
		IPLicenceSource:         "Inchangée selon l’article\u00a0; l’échéance de 2032 vient des comptes rendus de l’accord d’octobre 2025.",
		RevShare:                "Partage de revenus",
		RevShareDetail:          "Environ %s de tout le chiffre d’affaires d’OpenAI, quel que soit le cloud qui l’héberge\u00a0: %s par an sur %s de chiffre d’affaires. Inchangé.",
		RevShareSource:          "Inchangé selon l’article\u00a0; les 20\u202f% viennent des comptes rendus de l’accord d’octobre 2025 (curseur de la part).",
		HostStateless:           "Hébergement\u00a0: API stateless",
		HostStatelessDetail:     "Azure reste le cloud exclusif des API stateless d’OpenAI.",
		PublicReminder:          "Rappel public d’OpenAI et de Microsoft, le jour de la levée.",
		HostPartnerAPI:          "Hébergement\u00a0: appels API des tiers",
		HostPartnerAPIDetail:    "Tout appel API né d’une collaboration avec un tiers, Amazon compris, reste sur Azure et rapporte à Microsoft.",
		HostFirstParty:          "Hébergement\u00a0: produits first party",
		HostFirstPartyDetail:    "Les produits d’OpenAI, Frontier compris, restent sur Azure même si AWS distribue Frontier.",
		AzureCompute:            "Calcul fourni (Azure)",
		AzureComputeDetail:      "Engagement Azure supplémentaire\u00a0: %s.",
		AzureComputeSource:      "Engagement Azure supplémentaire de 250 à la recapitalisation d’octobre 2025, selon la presse.",
		Anthropic:               "Liens avec Anthropic",
		MicrosoftAnthropic:      "Investisseur dans Anthropic, premier concurrent d’OpenAI, dont il ouvre nombre de ses services aux modèles.",
		InArticle:               "Dans l’article.",
		AmazonRole:              "Un accélérateur industriel et un nouvel accès au marché, via Bedrock et Frontier.",
		Invested:                "Argent apporté dans ce tour",
		AmazonInvestedDetail:    "Jusqu’à %s\u00a0: %s tout de suite et %s sous conditions (introduction en bourse ou étape non divulguée avant fin 2028).",
		AmazonInvestedSource:    "Montants selon l’article\u00a0; la condition selon le 8-K d’Amazon du 27 février 2026, tel que résumé par la presse.",
		AWSComputeDetail:        "Contrats AWS\u00a0: %s (les 38 existants sur 7 ans + 100 sur 8 ans).",
		AWSComputeDetailChanged: "Contrats AWS\u00a0: %s (l’article\u00a0: les 38 existants + 100 sur 8 ans).",
		AWSCompute:              "Calcul fourni (AWS)",
		AWSComputeSource:        "38 + 100 selon l’article\u00a0; les 38 signés en novembre 2025 sur 7 ans, selon la presse.",
		Trainium:                "Calcul fourni (Trainium)",
		TrainiumDetail:          "Environ 2 GW de capacité sur les puces Trainium d’AWS.",
		DistFrontier:            "Distribution\u00a0: Frontier",
		DistFrontierDetail:      "AWS est le distributeur cloud tiers exclusif de Frontier, la plateforme d’agents d’OpenAI pour les entreprises (hébergée sur Azure).",
		DistFrontierSource:      "Dans l’article\u00a0; hébergement sur Azure selon le rappel public.",
		DistStateful:            "Distribution\u00a0: Stateful Runtime",
		DistStatefulDetail:      "Un environnement d’exécution avec mémoire co-développé avec OpenAI, proposé via Amazon Bedrock\u00a0: avec état, donc sur AWS, hors de l’exclusivité stateless d’Azure.",
		DistStatefulSource:      "Dans l’article\u00a0; «\u00a0donc sur AWS\u00a0» se déduit de l’exclusivité d’Azure, limitée aux API stateless.",
		Consumer:                "Modèles grand public",
		ConsumerDetail:          "Des modèles adaptés aux applications grand public d’Amazon (Alexa+), prévus.",
		AmazonAnthropic:         "Principal partenaire technologique et financier d’Anthropic.",
		NvidiaRole:              "Central sur le calcul de pointe.",
		NvidiaInvestedDetail:    "%s (en trois versements sur l’année, selon une information non confirmée).",
		NvidiaInvestedSource:    "Le montant selon l’article\u00a0; les trois versements sont une information de presse, non confirmée par un document déposé.",
		GWComputeDetail:         "%s sécurisés\u00a0: 3 GW pour l’inférence + 2 GW pour l’entraînement sur les futurs systèmes Vera Rubin.",
		GWComputeDetailChanged:  "%s sécurisés (l’article\u00a0: 3 GW pour l’inférence + 2 GW pour l’entraînement sur Vera Rubin).",
		GWCompute:               "Calcul fourni (GW)",
		GWValueDetail:           "%s × %s par GW = %s de contenu Nvidia.",
		GWValueOther:            "Plus %s d’autres engagements\u00a0: %s dus en tout.",
		GWValue:                 "Calcul fourni (Md$)",
		GWValueSource:           "Calculé\u00a0: les GW multipliés par le prix d’un GW (curseur du prix). Environ 35 des 50 à 60\u00a0Md$ d’un GW de centre de données IA reviennent à Nvidia (son PDG, août 2025, selon la presse)\u00a0: incertain.",
		SoftBankInvested:        "Argent investi",
		SoftBankInvestedDetail:  "%s dans ce tour\u00a0; %s investis en tout (l’article\u00a0: un peu moins de 65).",
		SoftBankInvestedSource:  "Un peu moins de 65 selon l’article\u00a0; 64,6 selon SoftBank. Le total suit le scénario de clôture choisi.",
		Installments:            "Calendrier des versements",
		InstallmentsDetail:      "3 × 10\u00a0: les 1er avril, 1er juillet et 1er octobre 2026\u00a0; une introduction en bourse avance le dernier.",
		InstallmentsSource:      "Annonce de SoftBank du 28 février 2026, selon la presse.",
		Exposure:                "Exposition rapportée à sa taille",
		ExposureDetail:          "Un effondrement lui coûterait %s, soit %s de sa capitalisation boursière.",
		ExposureSource:          "Perte en cas d’effondrement (valeur de la part × décote + engagements dus × part impayée) rapportée à sa capitalisation (environ 160\u00a0Md$).",
	}
}

func englishRoles() RolesTexts {
	return RolesTexts{
		Title:                   "Who holds which key",
		Intro:                   "A cap table does not show who hosts, sells and supplies what. Each right or role of the four partners, with its source: activate a tag to read it.",
		ColRole:                 "Right or role",
		ColDetail:               "What it amounts to",
		ColSource:               "Source",
		StakeDetail:             "%s after the round (%s before)",
		StakeDetailNew:          "%s after the round (a new shareholder)",
		StakeSourceMicrosoft:    "27 % before the round per the article (R: as-converted, at the Oct 2025 recapitalisation); after it, computed by the calculator in the selected closing view.",
		StakeSourceAmazon:       "Up to 50 in this round (15 now, 35 under conditions) per the article; the stake after is computed by the calculator in the selected closing view.",
		StakeSourceNvidia:       "30 in this round per the article; the stake after is computed by the calculator in the selected closing view.",
		StakeSourceSoftBank:     "About 13 % after the round per the article; 11 % before (R). The figure shown is computed by the calculator in the selected closing view.",
		Stake:                   "Equity stake",
		Role:                    "Role",
		MicrosoftRole:           "The commercial and legal backbone: it keeps the contractual core and the API layer.",
		RoleSource:              "The article’s summary of the new split of roles.",
		IPLicence:               "IP licence",
		IPLicenceDetail:         "Exclusive licence on OpenAI’s intellectual property, to 2032: unchanged.",
		IPLicenceSource:         "Unchanged per the article; the 2032 term is from reports of the Oct 2025 agreement.",
		RevShare:                "Revenue share",
		RevShareDetail:          "About %s of all of OpenAI’s revenue, whichever cloud hosts it: %s a year on %s of revenue. Unchanged.",
		RevShareSource:          "Unchanged per the article; the 20 % is from reports of the Oct 2025 agreement (share slider above).",
		HostStateless:           "Hosting: stateless APIs",
		HostStatelessDetail:     "Azure stays the exclusive cloud of OpenAI’s stateless APIs.",
		PublicReminder:          "Public reminder by OpenAI and Microsoft, the day of the round.",
		HostPartnerAPI:          "Hosting: third parties’ API calls",
		HostPartnerAPIDetail:    "Every API call arising from a collaboration with a third party, Amazon’s included, stays on Azure and earns Microsoft money.",
		HostFirstParty:          "Hosting: first-party products",
		HostFirstPartyDetail:    "OpenAI’s own products, Frontier included, stay on Azure although AWS distributes Frontier.",
		AzureCompute:            "Compute supplied (Azure)",
		AzureComputeDetail:      "Incremental Azure commitment: %s.",
		AzureComputeSource:      "Incremental Azure commitment of 250 at the Oct 2025 recapitalisation, as reported.",
		Anthropic:               "Ties to Anthropic",
		MicrosoftAnthropic:      "An investor in Anthropic, OpenAI’s first competitor, whose models it opens many of its services to.",
		InArticle:               "Stated in the article.",
		AmazonRole:              "An industrial accelerator and a new route to market, through Bedrock and Frontier.",
		Invested:                "Money in this round",
		AmazonInvestedDetail:    "Up to %s: %s now and %s under conditions (an IPO or an undisclosed milestone before the end of 2028).",
		AmazonInvestedSource:    "Amounts per the article; the condition per Amazon’s 8-K of 27 Feb 2026, as summarised in the press.",
		AWSComputeDetail:        "AWS contracts: %s (the existing 38 over 7 years + 100 over 8 years).",
		AWSComputeDetailChanged: "AWS contracts: %s (the article: the existing 38 + 100 over 8 years).",
		AWSCompute:              "Compute supplied (AWS)",
		AWSComputeSource:        "38 + 100 per the article; the 38 signed in Nov 2025 over 7 years, as reported.",
		Trainium:                "Compute supplied (Trainium)",
		TrainiumDetail:          "About 2 GW of capacity on AWS’s Trainium chips.",
		DistFrontier:            "Distribution: Frontier",
		DistFrontierDetail:      "AWS is the exclusive third-party cloud distributor of Frontier, OpenAI’s enterprise agent platform (hosted on Azure).",
		DistFrontierSource:      "Stated in the article; hosting on Azure per the public reminder.",
		DistStateful:            "Distribution: Stateful Runtime",
		DistStatefulDetail:      "A Stateful Runtime Environment co-developed with OpenAI, offered through Amazon Bedrock: stateful, so on AWS, outside Azure’s stateless exclusivity.",
		DistStatefulSource:      "Stated in the article; “so on AWS” is derived from Azure’s exclusivity covering stateless APIs only.",
		Consumer:                "Consumer models",
		ConsumerDetail:          "Models tailored to Amazon’s consumer apps (Alexa+), planned.",
		AmazonAnthropic:         "Anthropic’s main technology and financial partner.",
		NvidiaRole:              "Central to cutting-edge compute.",
		NvidiaInvestedDetail:    "%s (in three installments over the year, per an unconfirmed report).",
		NvidiaInvestedSource:    "The amount per the article; the three installments are a press report, not confirmed by a filing.",
		GWComputeDetail:         "%s secured: 3 GW for inference + 2 GW for training on the coming Vera Rubin systems.",
		GWComputeDetailChanged:  "%s secured (the article: 3 GW for inference + 2 GW for training on Vera Rubin).",
		GWCompute:               "Compute supplied (GW)",
		GWValueDetail:           "%s × %s per GW = %s of Nvidia content.",
		GWValueOther:            "Plus %s of other commitments: %s owed in all.",
		GWValue:                 "Compute supplied ($B)",
		GWValueSource:           "Derived: the GW times the price of one GW (price slider above). About 35 of the 50 to 60 a GW of AI data centre costs is Nvidia’s content (Nvidia’s CEO, Aug 2025, as reported): uncertain.",
		SoftBankInvested:        "Money invested",
		SoftBankInvestedDetail:  "%s in this round; %s invested in all (the article: just under 65).",
		SoftBankInvestedSource:  "Just under 65 per the article; 64.6 per SoftBank. The total follows the selected closing view.",
		Installments:            "Payment schedule",
		InstallmentsDetail:      "3 × 10: on 1 April, 1 July and 1 October 2026; an IPO brings the last one forward.",
		InstallmentsSource:      "SoftBank’s announcement of 28 Feb 2026, as reported.",
		Exposure:                "Exposure to its own size",
		ExposureDetail:          "A collapse would cost it %s, %s of its market capitalisation.",
		ExposureSource:          "Loss in a collapse (equity value × haircut + commitments owed × unpaid share) over its market capitalisation (about 160).",
	}
}
