package text

// Quotes from the article (model/testdata/article-2026-03-02-fr.txt),
// verbatim, for the facts that model.Sources() does not key: the roles
// table and the web of dependencies cite them in either language.
const (
	QuoteRoleMSFT       = "Microsoft reste la colonne vertébrale commerciale et juridique"
	QuoteRoleAMZN       = "Amazon devient un accélérateur industriel et un nouvel accès au marché via Bedrock et Frontier"
	QuoteRoleNVDA       = "Nvidia, de son côté, reste central sur le calcul de pointe"
	QuoteIPLicence      = "la licence exclusive de Microsoft sur la propriété intellectuelle d’OpenAI ne change pas"
	QuoteFrontierDist   = "AWS devient aussi le distributeur cloud tiers exclusif d’OpenAI Frontier, la plateforme d’entreprise d’OpenAI pour construire, déployer et administrer des agents IA"
	QuoteStatefulRun    = "AWS et OpenAI vont co-développer un “Stateful Runtime Environment”, autrement dit un environnement d’exécution avec mémoire de contexte, disponible via Amazon Bedrock"
	QuoteTrainium       = "OpenAI s’engage aussi à consommer environ 2 gigawatts de capacité sur les puces Trainium d’AWS"
	QuoteAlexa          = "OpenAI et Amazon prévoient de développer des modèles adaptés aux applications grand public d’Amazon (Alexa Plus)"
	QuoteAnthropicAMZN  = "Amazon est aussi le principal partenaire technologique et financier d’Anthropic"
	QuoteAnthropicMSFT  = "Microsoft a également investi dans Anthropic et ouvert nombre de ses services aux modèles du premier concurrent d’OpenAI"
	QuoteAWSContract    = "OpenAI et AWS élargissent leur accord existant de 38 milliards de dollars avec 100 milliards additionnels sur huit ans."
	QuoteNvidiaCompute  = "permettant au passage à OpenAI de sécuriser 3 gigawatts de capacité dédiée à l’inférence et 2 gigawatts supplémentaires pour l’entraînement sur les futurs systèmes Vera Rubin"
	QuoteRevenueShare   = "le partage de revenus ne change pas"
	QuoteStatelessAzure = "Azure reste le fournisseur cloud exclusif des API “stateless” d’OpenAI"
	QuotePartnerCalls   = "tout appel API découlant d’une collaboration avec un tiers, Amazon compris, continuera d’être hébergé sur Azure et donc de rapporter des sous à Microsoft"
	QuoteFirstPartyAz   = "Les produits “first party” d’OpenAI, y compris Frontier, restent eux aussi hébergés sur Azure même si Amazon en est le distributeur exclusif"
	QuoteStakeMSFT      = "Microsoft, le grand partenaire Cloud historique d’OpenAI, qui possède 27% des parts du créateur de ChatGPT"
	QuoteStakeSFTB      = "Softbank apporte 30 milliards de dollars supplémentaires à ceux déjà insufflés dans le précédent tour de table (portant son investissement total à un peu moins de 65 milliards de dollars pour environ 13% de parts de l’entreprise)"
	QuoteStakeNVDA      = "Nvidia met sur la table 30 milliards de dollars"
	QuoteStakeAMZN      = "Amazon apporte jusqu’à 50 milliards de dollars, dont 15 milliards immédiatement et 35 milliards supplémentaires sous conditions"
)
