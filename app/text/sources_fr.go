package text

import "github.com/roundcalc/roundcalc/model"

// frenchMixText is the note shared by every mix.<channel> key. Channel ids
// stay as in the URL, like the English note.
const frenchMixText = "Aucune répartition publique du chiffre d’affaires d’OpenAI par canal\u00a0: chatgpt 70\u202f%, api 20\u202f%, api-partner 5\u202f%, frontier-aws 3\u202f%, bedrock-stateful 2\u202f%, à titre d’illustration."

// frenchRoundPrice is the note shared by m.sftb, m.nvda and m.amzn.
const frenchRoundPrice = "Au prix du tour\u00a0: 730 + 110 = 840\u00a0Md$ après opération suppose que toutes les tranches sont à ce prix."

// frenchSourceTexts returns the French text of every source note, keyed as
// model.Sources(): the reader's language for the report, the formula or the
// reason a figure is uncertain. Quotes (tag A) stay as the article wrote them.
func frenchSourceTexts() map[string]string {
	return map[string]string{
		"pre":     "Valorisation avant opération\u00a0: 730\u00a0Md$.",
		"post":    "Valorisation après opération\u00a0: 840\u00a0Md$ (présentée comme entièrement diluée), soit 730 + 110 avec toutes les tranches au prix du tour.",
		"raised":  "Argent frais, toutes tranches comprises\u00a0: 110\u00a0Md$ (SoftBank 30, Nvidia 30, Amazon jusqu’à 50).",
		"ipo":     "Introduction en bourse attendue fin 2026, à environ 1\u202f000\u00a0Md$.",
		"haircut": "Scénario de stress\u00a0: un effondrement anéantit les fonds propres (décote de 100\u202f% sur la valorisation).",
		"unpaid":  "Aucune source\u00a0: la part des engagements impayés en cas d’effondrement est une hypothèse du lecteur (50\u202f% comme point de départ neutre).",
		"gw":      "Sur les 50 à 60\u00a0Md$ que coûte un GW de centre de données d’IA, environ 35 reviennent à Nvidia (le PDG de Nvidia, lors de la présentation des résultats d’août 2025, selon la presse).",
		"gw.nvda": "Capacité de calcul sécurisée auprès de Nvidia\u00a0: 3 GW pour l’inférence + 2 GW pour l’entraînement sur les systèmes Vera Rubin.",

		"s.msft":   "Les 27\u202f% de Microsoft\u00a0: part diluée après conversion des titres, fixée lors de la recapitalisation du 28 octobre 2025 (environ 135\u00a0Md$), donc un chiffre d’avant le tour.",
		"s.fdn":    "Fondation OpenAI\u00a0: environ 26\u202f% lors de la recapitalisation d’octobre 2025\u00a0; «\u00a0plus de 180\u00a0Md$\u00a0» en valeur après le tour selon OpenAI (26\u202f% × 730 ≈ 190, cohérent).",
		"s.sftb":   "Part de SoftBank avant le tour\u00a0: environ 11\u202f%, après la clôture de son investissement de 22,5\u00a0Md$ le 26 décembre 2025.",
		"s.others": "Salariés et autres investisseurs\u00a0: le reste, 100 − 27 − 26 − 11 = 36\u202f% avant le tour.",

		"t.sftb":          "SoftBank apporte 30\u00a0Md$ à ce tour, ce qui porte son total à un peu moins de 65\u00a0Md$ (64,6 selon SoftBank) pour environ 13\u202f%.",
		"t.nvda":          "Nvidia apporte 30\u00a0Md$ à ce tour.",
		"t.amzn":          "Amazon\u00a0: jusqu’à 50\u00a0Md$, dont 15 immédiatement.",
		"t.amzn2":         "Amazon\u00a0: 35\u00a0Md$ supplémentaires sous conditions.",
		"q.sftb":          "Ferme\u00a0: annoncée sans condition\u00a0; payée en trois versements de 10\u00a0Md$ (SoftBank, 28 février 2026).",
		"q.nvda":          "Ferme\u00a0: annoncée sans condition (les trois versements étalés sur l’année viennent de la presse et ne sont pas confirmés).",
		"q.amzn":          "Ferme\u00a0: les 15\u00a0Md$ arrivent immédiatement.",
		"q.amzn2":         "Aucune source ne donne de probabilité pour les 35\u00a0Md$ conditionnels d’Amazon\u00a0: 50\u202f% est un point de départ neutre, à ajuster.",
		"m.sftb":          frenchRoundPrice,
		"m.nvda":          frenchRoundPrice,
		"m.amzn":          frenchRoundPrice,
		"m.amzn2":         "Au prix du tour, comme l’impliquent les 840\u00a0Md$ de l’article\u00a0; les 35\u00a0Md$ seraient versés en actions de préférence avant une introduction en bourse, en actions ordinaires après (formulaire 8-K d’Amazon, tel que résumé), donc un lecteur peut leur donner un prix plus élevé.",
		"date.sftb":       "Trois versements de 10\u00a0Md$, les 1er avril, 1er juillet et 1er octobre 2026\u00a0; une introduction en bourse avance le dernier (SoftBank, 28 février 2026, selon la presse).",
		"condition.amzn2": "Versés si OpenAI entre en bourse ou franchit une étape non divulguée avant la fin de 2028 (formulaire 8-K d’Amazon du 27 février 2026, tel que résumé par la presse\u00a0; «\u00a0étape de l’AGI\u00a0» est une formulation de la presse, démentie par OpenAI).",

		"inv.msft":    "Microsoft a investi environ 13,8\u00a0Md$ à ce jour (comptes rendus de la recapitalisation d’octobre 2025)\u00a0; il ne participe pas à ce tour.",
		"inv.amzn":    "Ce tour est la première prise de participation d’Amazon dans OpenAI.",
		"inv.nvda":    "La part antérieure de Nvidia était faible (une participation au tour d’octobre 2024)\u00a0: laissée de côté.",
		"inv.sftb":    "64,6\u00a0Md$ investis après le tour (selon SoftBank\u00a0; «\u00a0un peu moins de 65 milliards de dollars\u00a0» pour l’article) − 30 dans ce tour.",
		"commit.msft": "Engagement supplémentaire de 250\u00a0Md$ sur Azure (recapitalisation d’octobre 2025).",
		"commit.amzn": "Contrats AWS\u00a0: les 38\u00a0Md$ existants (sur 7 ans, novembre 2025) + 100\u00a0Md$ sur 8 ans.",
		"commit.nvda": "OpenAI doit à Nvidia la capacité de calcul sécurisée\u00a0: 5 GW × le prix d’un GW (aucun autre engagement n’est compté).",
		"commit.sftb": "Aucun engagement commercial d’OpenAI envers SoftBank n’est compté\u00a0: 0.",
		"cap.msft":    "Capitalisation boursière de Microsoft\u00a0: 3\u202f000\u00a0Md$, dans la fourchette de 2\u202f900 à 3\u202f070 donnée par la presse (février 2026).",
		"cap.amzn":    "Capitalisation boursière d’Amazon\u00a0: 2\u202f300\u00a0Md$, dans la fourchette de 2\u202f200 à 2\u202f470 donnée par la presse (janvier à mars 2026).",
		"cap.nvda":    "Capitalisation boursière de Nvidia\u00a0: 4\u202f610\u00a0Md$ (24 février 2026).",
		"cap.sftb":    "Capitalisation boursière du groupe SoftBank\u00a0: environ 160\u00a0Md$ (janvier-février 2026).",

		"rev":   "Chiffre d’affaires annualisé d’OpenAI\u00a0: environ 20\u00a0Md$ fin 2025 (déclarations de l’entreprise, selon la presse).",
		"share": "Le partage de revenus ne change pas\u00a0; la presse le situe à environ 20\u202f% de tout le chiffre d’affaires d’OpenAI (accord d’octobre 2025), quel que soit le cloud qui l’héberge.",

		"prev-round":    "Tour précédent\u00a0: 40\u00a0Md$ pour une valorisation de 300\u00a0Md$ (après opération, soit 260 avant opération), mars 2025.",
		"raised-before": "170\u00a0Md$ levés depuis la création, donc 60 avant ce tour (170 − 110).",
		"weekly-users":  "Plus de 900 millions d’utilisateurs hebdomadaires de ChatGPT.",
		"subscribers":   "59 millions d’abonnés payants\u00a0: 50 millions de particuliers + 9 millions d’utilisateurs professionnels, deux chiffres donnés par l’article.",

		"y.sftb":     "Versés en 2026\u00a0: trois versements de 10\u00a0Md$, les 1er avril, 1er juillet et 1er octobre 2026 (SoftBank, 28 février 2026, selon la presse).",
		"y.nvda":     "Versés en 2026\u00a0: des versements étalés sur l’année, selon la presse, non confirmés.",
		"y.amzn":     "Versés en 2026\u00a0: les 15\u00a0Md$ arrivent immédiatement.",
		"y.amzn2":    "2027 comme point de départ\u00a0: dus quand OpenAI entre en bourse ou franchit son étape, au plus tard fin 2028 (formulaire 8-K d’Amazon, tel que résumé)\u00a0; l’introduction en bourse est attendue fin 2026.",
		"years.msft": "Aucun calendrier n’est publié pour les 250\u00a0Md$ d’Azure\u00a0: étalés sur 7 ans, jusqu’en 2032, quand prennent fin les droits de Microsoft sur les modèles d’OpenAI.",
		"years.amzn": "Les 100\u00a0Md$ courent sur huit ans et les 38 antérieurs sur sept\u00a0: les 138 ensemble étalés sur 8 ans.",
		"years.nvda": "Aucun calendrier n’est publié pour les 5 GW de calcul\u00a0: étalés sur 5 ans.",
		"years.sftb": "Aucun engagement d’OpenAI envers SoftBank n’est compté\u00a0: sa durée ne change rien par défaut.",
		"growth":     "Hypothèse du lecteur\u00a0: 50\u202f% par an à partir des 20\u00a0Md$ de fin 2025 (30 en 2026, environ 152 en 2030), sous les projections d’OpenAI rapportées par la presse (environ 30 en 2026, 200 ou plus en 2030).",
		"other":      "Engagements d’OpenAI envers d’autres fournisseurs\u00a0: les 300\u00a0Md$ d’Oracle sur cinq ans à partir de 2027 et les 22,4 de CoreWeave (11,9 + 4 + 6,5), selon la presse. L’ensemble de ses engagements est estimé à environ 1\u202f400\u00a0Md$\u00a0: à relever pour tous les compter.",

		"route." + model.ChannelChatGPT:    "ChatGPT est un produit maison («\u00a0first party\u00a0»)\u00a0: hébergé sur Azure.",
		"route." + model.ChannelAPI:        "API «\u00a0stateless\u00a0»\u00a0: hébergées exclusivement sur Azure.",
		"route." + model.ChannelAPIPartner: "Appels API issus d’une collaboration avec un tiers, Amazon compris\u00a0: hébergés sur Azure, donc source de revenus pour Microsoft.",
		"route." + model.ChannelFrontier:   "Frontier, produit maison («\u00a0first party\u00a0»)\u00a0: hébergé sur Azure, bien qu’AWS en soit le distributeur tiers exclusif.",
		"route." + model.ChannelBedrock:    "Le Stateful Runtime Environment, codéveloppé avec AWS et proposé via Amazon Bedrock\u00a0: sur AWS («\u00a0stateful\u00a0», donc hors de l’exclusivité d’Azure sur le «\u00a0stateless\u00a0»).",

		"mix." + model.ChannelChatGPT:    frenchMixText,
		"mix." + model.ChannelAPI:        frenchMixText,
		"mix." + model.ChannelAPIPartner: frenchMixText,
		"mix." + model.ChannelFrontier:   frenchMixText,
		"mix." + model.ChannelBedrock:    frenchMixText,
	}
}
