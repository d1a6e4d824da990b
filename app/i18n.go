package main

import (
	"fmt"
	"strings"

	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

// dict is one language's interface text, keyed by a short id.
type dict map[string]string

// tr returns the text for key, or the key itself so a missing translation
// shows up in review instead of as an empty label.
func (d dict) tr(key string) string {
	if v, ok := d[key]; ok {
		return v
	}
	return key
}

// supportedLang maps a browser or URL language to fr or en ("" if neither).
func supportedLang(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case strings.HasPrefix(v, "fr"):
		return "fr"
	case strings.HasPrefix(v, "en"):
		return "en"
	}
	return ""
}

func texts(lang string) dict {
	if lang == "en" {
		return englishTexts()
	}
	return frenchTexts()
}

func frenchTexts() dict {
	return dict{
		"title":                 "La levée d'OpenAI, scénario par scénario",
		"subtitle":              "110 milliards de dollars levés sur une valorisation de 730 milliards avant opération : déplacez les curseurs, les parts, la dilution et l'exposition de chaque partenaire se recalculent.",
		"lang.switch":           "English",
		"lang.code":             "en",
		"view":                  "Scénario de clôture",
		"view.all":              "Toutes les tranches",
		"view.firm":             "Tranches fermes seulement",
		"view.expected":         "Espérance (pondérée)",
		"copy":                  "Copier le lien",
		"copied":                "Lien copié",
		"copy.failed":           "Copie impossible : sélectionnez l'adresse de la page",
		"import.refused":        "Fichier non importé : rien n'a changé",
		"reset":                 "Revenir à l'article",
		"post":                  "Valorisation après l'opération",
		"raised":                "Montant levé",
		"dilution":              "Dilution des actionnaires existants",
		"views.short":           "ferme %s · toutes %s · espérance %s",
		"implicit":              "Les 27\u202f%% de Microsoft cités par l'article sont une part d'avant l'opération : la levée les dilue à %s.",
		"implicit.gen":          "La part de Microsoft avant l'opération (%s) est diluée à %s par la levée.",
		"sec.round":             "Le tour de table",
		"sec.stakes":            "Parts avant l'opération",
		"sec.tranches":          "Tranches d'argent frais",
		"sec.captable":          "Table de capitalisation",
		"sec.exposure":          "Exposition des partenaires",
		"sec.ties":              "Liens des partenaires",
		"sec.context":           "Mise en perspective",
		"sec.sources":           "Sources",
		"sources.intro":         "Chaque chiffre par défaut, son étiquette et sa source : citation de l'article (A), déclaration (V), presse (R), calcul (D) ou hypothèse incertaine (U).",
		"col.figure":            "Chiffre",
		"col.tag":               "Étiquette",
		"col.source":            "Source",
		"srck.post":             "Valorisation après l'opération",
		"srck.raised":           "Montant levé",
		"srck.gw.nvda":          "Nvidia : capacité de calcul (GW)",
		"srck.s.others":         "Salariés et autres investisseurs, avant l'opération",
		"srck.date.sftb":        "SoftBank : calendrier des versements",
		"srck.condition.amzn2":  "Amazon : condition des 35 Md$",
		"srck.prev-round":       "Tour de mars 2025",
		"srck.raised-before":    "Levé avant ce tour",
		"srck.weekly-users":     "Utilisateurs hebdomadaires",
		"srck.subscribers":      "Abonnés payants",
		"sec.share":             "Partager, exporter, intégrer",
		"export.json":           "Exporter le scénario (JSON)",
		"export.csv":            "Exporter les tableaux (CSV)",
		"import":                "Importer un scénario",
		"print":                 "Imprimer",
		"embed":                 "Intégrer dans un article",
		"embed.help":            "Collez ce code dans l'article : le cadre garde ce scénario et cette langue, et s'ajuste à sa hauteur.",
		"embed.open":            "Ouvrir le calculateur complet",
		"sec.routes":            "Suivre un dollar : qui héberge, qui distribue, qui encaisse",
		"routes.intro":          "Le chiffre d'affaires d'OpenAI passe par cinq canaux. Déplacer un canal fait céder les autres en proportion de leur part, et le total reste à 100 %.",
		"col.channel":           "Canal",
		"col.host":              "Hébergé sur",
		"col.dist":              "Distribué par",
		"col.amount":            "Chiffre d'affaires",
		"col.cut":               "Part de Microsoft",
		"ch.chatgpt":            "ChatGPT (abonnements)",
		"ch.api":                "API stateless vendue en direct",
		"ch.api-partner":        "Appels API via un tiers (Amazon compris)",
		"ch.frontier-aws":       "Frontier vendu par AWS",
		"ch.bedrock-stateful":   "Environnement avec mémoire (Bedrock)",
		"dist.chatgpt":          "OpenAI",
		"dist.api":              "OpenAI",
		"dist.api-partner":      "Le partenaire (Amazon…)",
		"dist.frontier-aws":     "AWS, distributeur tiers exclusif",
		"dist.bedrock-stateful": "AWS (Amazon Bedrock)",
		"host.azure":            "Azure",
		"host.aws":              "AWS",
		"tot.azure":             "Hébergé sur Azure",
		"tot.aws":               "Hébergé sur AWS",
		"tot.msft":              "Reversé à Microsoft (partage de revenus)",
		"col.holder":            "Actionnaire",
		"col.before":            "Avant",
		"col.after":             "Après",
		"col.change":            "Écart",
		"col.value":             "Valeur",
		"col.partner":           "Partenaire",
		"col.equity":            "Valeur de la part",
		"col.equityipo":         "À l'IPO",
		"col.stress":            "Sous stress",
		"col.basis":             "Coût",
		"col.gain":              "Plus-value latente",
		"col.commit":            "Engagements dus",
		"col.netflow":           "Flux net",
		"col.loss":              "Perte si effondrement",
		"col.lossshare":         "En % de sa capitalisation",
		"total":                 "Total",
		"ctx.total":             "Total levé depuis la création",
		"ctx.multiple":          "Multiple sur le tour de mars 2025 (300 Md$)",
		"ctx.upside":            "Potentiel jusqu'à l'IPO",
		"ctx.peruser":           "Valorisation par utilisateur hebdomadaire (900 M)",
		"ctx.persub":            "Valorisation par abonné payant (59 M)",
		"changed":               "modifié",
		"restore":               "Rétablir %s",
		"source":                "Source",
		"tag.A":                 "A : dans l'article",
		"tag.V":                 "V : déclaration officielle ou document déposé",
		"tag.R":                 "R : information de presse",
		"tag.D":                 "D : calculé à partir d'autres chiffres",
		"tag.U":                 "U : incertain, hypothèse à modifier",
		"tags.legend":           "Chaque chiffre par défaut porte une étiquette ; activez-la pour voir sa source.",
		"remove":                "Retirer",
		"add.title":             "Ajouter une tranche pour un autre investisseur",
		"add.name":              "Nom de l'investisseur",
		"added.default":         "Investisseur %d",
		"add.amount":            "Montant (Md$)",
		"add.prob":              "Probabilité de clôture (%)",
		"add.button":            "Ajouter",
		"firm":                  "ferme",
		"conditional":           "conditionnelle",
		"amount":                "montant",
		"prob":                  "probabilité de clôture",
		"mult":                  "multiple de prix",
		"invested":              "investi avant l'opération",
		"commitments":           "engagements dus par OpenAI",
		"cap":                   "capitalisation boursière",
		"remainder":             "Salariés et autres investisseurs (le reste) : %s",
		"pending":               "calcul…",
		"footer":                "roundcalc : calculs exacts en décimal, dans votre navigateur, sans serveur. Chiffres par défaut : article du 2 mars 2026 et sources citées.",
		"unit.money":            "Md$",
		"unit.pct":              "%",
		"unit.mult":             "×",
		"tranche":               "Tranche",
		"investor":              "Investisseur",
		"condition":             "Condition",
		"date":                  "Date",
		"install":               "Installer",
		"name.x":                "Investisseur %s",
		"gw.hint":               "en plus : %s GW × %s = %s de calcul",
		// Holders.
		"h.msft":   "Microsoft",
		"h.fdn":    "Fondation OpenAI",
		"h.sftb":   "SoftBank",
		"h.nvda":   "Nvidia",
		"h.amzn":   "Amazon",
		"h.others": "Salariés et autres investisseurs",
		// Tranches.
		"tr.sftb":        "SoftBank",
		"tr.nvda":        "Nvidia",
		"tr.amzn":        "Amazon, immédiat",
		"tr.amzn2":       "Amazon, sous conditions",
		"cond.amzn2":     "Introduction en bourse ou étape non divulguée avant fin 2028",
		"date.sftb":      "3 versements de 10 Md$ : 1er avril, 1er juillet, 1er octobre 2026 (une IPO avance le dernier)",
		"date.nvda":      "Trois versements sur l'année (non confirmé)",
		"cond.firm":      "Ferme",
		"field.pre":      "Valorisation avant l'opération",
		"field.ipo":      "Valorisation à l'introduction en bourse",
		"field.haircut":  "Décote de la valorisation en cas d'effondrement",
		"field.unpaid":   "Part des engagements impayés en cas d'effondrement",
		"field.gw":       "Prix d'un GW de calcul Nvidia",
		"field.view":     "Scénario de clôture",
		"field.lang":     "Langue",
		"field.s":        "Parts nommées avant l'opération",
		"field.mix":      "Répartition du chiffre d'affaires",
		"field.rev":      "Chiffre d'affaires annuel",
		"field.share":    "Part des revenus reversée à Microsoft",
		"field.file":     "Fichier importé",
		"field.tranches": "Tranches conditionnelles",
		"of":             "%s : %s",
		// Errors: %[1]s field label, %[2]s parameter, %[3]s value, %[4]s min, %[5]s max.
		"err.not-number":           "« %[1]s » (%[2]s) : « %[3]s » n'est pas un nombre. Valeurs permises : %[4]s à %[5]s.",
		"err.range":                "« %[1]s » (%[2]s) : %[3]s est hors limites. Valeurs permises : %[4]s à %[5]s.",
		"err.stakes-sum":           "Parts nommées avant l'opération : leur total (%[3]s %%) dépasse 100 %%. Valeurs permises : 0 à 100 %% au total ; les valeurs précédentes sont conservées.",
		"err.mix-sum":              "Répartition du chiffre d'affaires : le total (%[3]s %%) doit faire 100 %%.",
		"err.too-many-conditional": "Trop de tranches conditionnelles (%[3]s) : 10 au plus.",
		"err.name":                 "« %[1]s » (%[2]s) : le nom doit compter de 1 à 40 caractères.",
		"err.unknown-value":        "« %[1]s » (%[2]s) : « %[3]s » n'est pas une valeur reconnue.",
		"err.json":                 "Fichier refusé : ce n'est pas un scénario roundcalc (%[3]s). Le scénario actuel est conservé.",
		"err.too-many-added":       "Fichier refusé : il ajoute %[3]s tranches, %[5]s au plus. Le scénario actuel est conservé.",
		"err.file-size":            "Fichier « %[3]s » refusé : il dépasse %[5]s Mo, la taille maximale d'un scénario. Le scénario actuel est conservé.",
		"err.malformed":            "« %[1]s » (%[2]s) : « %[3]s » est illisible dans l'adresse (codage %% invalide ou point-virgule) ; la valeur par défaut est conservée.",
		"err.generic":              "« %[1]s » (%[2]s) : valeur « %[3]s » refusée.",
	}
}

func englishTexts() dict {
	return dict{
		"title":                    "OpenAI's round, scenario by scenario",
		"subtitle":                 "$110B raised at a $730B pre-money valuation: move the sliders and the stakes, the dilution and each partner's exposure recompute.",
		"lang.switch":              "Français",
		"lang.code":                "fr",
		"view":                     "Closing view",
		"view.all":                 "All tranches close",
		"view.firm":                "Firm tranches only",
		"view.expected":            "Expected (probability-weighted)",
		"copy":                     "Copy link",
		"copied":                   "Link copied",
		"copy.failed":              "Could not copy: select the page address",
		"import.refused":           "File not imported: nothing changed",
		"reset":                    "Back to the article",
		"post":                     "Post-money valuation",
		"raised":                   "Money raised",
		"dilution":                 "Dilution of existing holders",
		"views.short":              "firm %s · all %s · expected %s",
		"implicit":                 "The article's 27%% for Microsoft is a pre-round stake: the round dilutes it to %s.",
		"implicit.gen":             "Microsoft's stake before the round (%s) is diluted to %s by the round.",
		"sec.round":                "The round",
		"sec.stakes":               "Stakes before the round",
		"sec.tranches":             "Tranches of new money",
		"sec.captable":             "Cap table",
		"sec.exposure":             "Partner exposure",
		"sec.ties":                 "Partners' ties",
		"sec.context":              "Context",
		"sec.sources":              "Sources",
		"sources.intro":            "Every default figure, its tag and its source: the article's words (A), a statement (V), the press (R), arithmetic (D) or an uncertain assumption (U).",
		"col.figure":               "Figure",
		"col.tag":                  "Tag",
		"col.source":               "Source",
		"srck.post":                "Post-money valuation",
		"srck.raised":              "Money raised",
		"srck.gw.nvda":             "Nvidia: compute secured (GW)",
		"srck.s.others":            "Employees and other investors, before the round",
		"srck.date.sftb":           "SoftBank: payment schedule",
		"srck.condition.amzn2":     "Amazon: the condition of the $35B",
		"srck.prev-round":          "March 2025 round",
		"srck.raised-before":       "Raised before this round",
		"srck.weekly-users":        "Weekly users",
		"srck.subscribers":         "Paying subscribers",
		"sec.share":                "Share, export, embed",
		"export.json":              "Export the scenario (JSON)",
		"export.csv":               "Export the tables (CSV)",
		"import":                   "Import a scenario",
		"print":                    "Print",
		"embed":                    "Embed in an article",
		"embed.help":               "Paste this code into the article: the frame keeps this scenario and language, and sizes itself.",
		"embed.open":               "Open the full calculator",
		"sec.routes":               "Follow a dollar: who hosts, who sells, who earns",
		"routes.intro":             "OpenAI's revenue flows through five channels. Moving one makes the others give way in proportion to their shares; the total stays 100%.",
		"col.channel":              "Channel",
		"col.host":                 "Hosted on",
		"col.dist":                 "Sold by",
		"col.amount":               "Revenue",
		"col.cut":                  "Microsoft's cut",
		"ch.chatgpt":               "ChatGPT (subscriptions)",
		"ch.api":                   "Stateless API sold directly",
		"ch.api-partner":           "API calls through a third party (Amazon's included)",
		"ch.frontier-aws":          "Frontier sold by AWS",
		"ch.bedrock-stateful":      "Stateful Runtime (Bedrock)",
		"dist.chatgpt":             "OpenAI",
		"dist.api":                 "OpenAI",
		"dist.api-partner":         "The partner (Amazon…)",
		"dist.frontier-aws":        "AWS, exclusive third-party distributor",
		"dist.bedrock-stateful":    "AWS (Amazon Bedrock)",
		"host.azure":               "Azure",
		"host.aws":                 "AWS",
		"tot.azure":                "Hosted on Azure",
		"tot.aws":                  "Hosted on AWS",
		"tot.msft":                 "Paid to Microsoft (revenue share)",
		"col.holder":               "Holder",
		"col.before":               "Before",
		"col.after":                "After",
		"col.change":               "Change",
		"col.value":                "Value",
		"col.partner":              "Partner",
		"col.equity":               "Equity value",
		"col.equityipo":            "At the IPO",
		"col.stress":               "Under stress",
		"col.basis":                "Cost basis",
		"col.gain":                 "Paper gain",
		"col.commit":               "Commitments owed",
		"col.netflow":              "Net flow",
		"col.loss":                 "Loss in a collapse",
		"col.lossshare":            "As a share of its market cap",
		"total":                    "Total",
		"ctx.total":                "Total raised since creation",
		"ctx.multiple":             "Multiple over the March 2025 round ($300B)",
		"ctx.upside":               "Upside to the IPO",
		"ctx.peruser":              "Valuation per weekly user (900M)",
		"ctx.persub":               "Valuation per paying subscriber (59M)",
		"changed":                  "changed",
		"restore":                  "Restore %s",
		"source":                   "Source",
		"tag.A":                    "A: stated in the article",
		"tag.V":                    "V: first-party statement or filing",
		"tag.R":                    "R: press report",
		"tag.D":                    "D: derived from other figures",
		"tag.U":                    "U: uncertain, an assumption to move",
		"tags.legend":              "Every default figure carries a tag; activate it to see its source.",
		"remove":                   "Remove",
		"add.title":                "Add a tranche for another investor",
		"add.name":                 "Investor's name",
		"added.default":            "Investor %d",
		"add.amount":               "Amount ($B)",
		"add.prob":                 "Closing probability (%)",
		"add.button":               "Add",
		"firm":                     "firm",
		"conditional":              "conditional",
		"amount":                   "amount",
		"prob":                     "closing probability",
		"mult":                     "price multiple",
		"invested":                 "invested before the round",
		"commitments":              "commitments OpenAI owes it",
		"cap":                      "market capitalisation",
		"remainder":                "Employees and other investors (the remainder): %s",
		"pending":                  "computing…",
		"footer":                   "roundcalc: exact decimal arithmetic, in your browser, no server. Default figures: article of 2 March 2026 and the sources cited.",
		"unit.money":               "$B",
		"unit.pct":                 "%",
		"unit.mult":                "×",
		"tranche":                  "Tranche",
		"investor":                 "Investor",
		"condition":                "Condition",
		"date":                     "Date",
		"install":                  "Install",
		"name.x":                   "Investor %s",
		"gw.hint":                  "plus %s GW × %s = %s of compute",
		"h.msft":                   "Microsoft",
		"h.fdn":                    "OpenAI Foundation",
		"h.sftb":                   "SoftBank",
		"h.nvda":                   "Nvidia",
		"h.amzn":                   "Amazon",
		"h.others":                 "Employees and other investors",
		"tr.sftb":                  "SoftBank",
		"tr.nvda":                  "Nvidia",
		"tr.amzn":                  "Amazon, now",
		"tr.amzn2":                 "Amazon, conditional",
		"cond.amzn2":               "IPO or undisclosed milestone before end of 2028",
		"date.sftb":                "3 installments of $10B: 1 April, 1 July, 1 October 2026 (an IPO brings the last forward)",
		"date.nvda":                "Three installments over the year (unconfirmed)",
		"cond.firm":                "Firm",
		"field.pre":                "Pre-money valuation",
		"field.ipo":                "IPO valuation",
		"field.haircut":            "Stress haircut on the valuation",
		"field.unpaid":             "Share of commitments unpaid in a collapse",
		"field.gw":                 "Price of one GW of Nvidia compute",
		"field.view":               "Closing view",
		"field.lang":               "Language",
		"field.s":                  "Named stakes before the round",
		"field.mix":                "Revenue mix",
		"field.rev":                "Annual revenue",
		"field.share":              "Microsoft's revenue share",
		"field.file":               "Imported file",
		"field.tranches":           "Conditional tranches",
		"of":                       "%s: %s",
		"err.not-number":           "“%[1]s” (%[2]s): “%[3]s” is not a number. Allowed: %[4]s to %[5]s.",
		"err.range":                "“%[1]s” (%[2]s): %[3]s is out of range. Allowed: %[4]s to %[5]s.",
		"err.stakes-sum":           "Named stakes before the round: their total (%[3]s%%) passes 100%%. Allowed: 0 to 100%% in total; the previous values stay.",
		"err.mix-sum":              "Revenue mix: the total (%[3]s%%) must be 100%%.",
		"err.too-many-conditional": "Too many conditional tranches (%[3]s): 10 at most.",
		"err.name":                 "“%[1]s” (%[2]s): the name must have 1 to 40 characters.",
		"err.unknown-value":        "“%[1]s” (%[2]s): “%[3]s” is not a recognised value.",
		"err.json":                 "File refused: it is not a roundcalc scenario (%[3]s). The current scenario stays.",
		"err.too-many-added":       "File refused: it adds %[3]s tranches, %[5]s at most. The current scenario stays.",
		"err.file-size":            "File “%[3]s” refused: it is larger than %[5]s MB, the most a scenario file may be. The current scenario stays.",
		"err.malformed":            "“%[1]s” (%[2]s): “%[3]s” cannot be read in the address (a bad %% escape or a semicolon); the default stays.",
		"err.generic":              "“%[1]s” (%[2]s): value “%[3]s” refused.",
	}
}

// fieldLabel names a URL parameter in the reader's language.
func (d dict) fieldLabel(s model.Scenario, param string) string {
	if v, ok := d["field."+param]; ok {
		return v
	}
	kind, id, ok := strings.Cut(param, ".")
	if !ok {
		return param
	}
	switch kind {
	case "s":
		return fmt.Sprintf(d.tr("of"), d.holderName(s, id), d.tr("col.before"))
	case "t":
		return fmt.Sprintf(d.tr("of"), d.trancheName(s, id), d.tr("amount"))
	case "q":
		return fmt.Sprintf(d.tr("of"), d.trancheName(s, id), d.tr("prob"))
	case "m":
		return fmt.Sprintf(d.tr("of"), d.trancheName(s, id), d.tr("mult"))
	case "name":
		return d.tr("add.name")
	case "inv":
		return fmt.Sprintf(d.tr("of"), d.holderName(s, id), d.tr("invested"))
	case "commit":
		return fmt.Sprintf(d.tr("of"), d.holderName(s, id), d.tr("commitments"))
	case "cap":
		return fmt.Sprintf(d.tr("of"), d.holderName(s, id), d.tr("cap"))
	case "mix":
		return fmt.Sprintf(d.tr("of"), d.tr("field.mix"), d.tr("ch."+id))
	}
	return param
}

// holderName localises a known holder and keeps a reader's own names.
func (d dict) holderName(s model.Scenario, id string) string {
	if v, ok := d["h."+id]; ok {
		return v
	}
	for _, t := range s.Tranches {
		if t.ID != id || t.Name == "" {
			continue
		}
		if n, added := model.AddedNumber(id); added && t.Name == model.AddedName(id) {
			return fmt.Sprintf(d.tr("added.default"), n)
		}
		return t.Name
	}
	return id
}

func (d dict) trancheName(s model.Scenario, id string) string {
	if v, ok := d["tr."+id]; ok {
		return v
	}
	return d.holderName(s, id)
}

// errorText localises a model error: it names the field, the value and the
// allowed range.
func (d dict) errorText(lang string, s model.Scenario, e model.Error) string {
	tmpl, ok := d["err."+e.Code]
	if !ok {
		tmpl = d.tr("err.generic")
	}
	minV, maxV := rangeText(lang, e.Field, e.Min), rangeText(lang, e.Field, e.Max)
	if e.Code == model.ErrFileSize || e.Code == model.ErrTooManyAdded {
		// Megabytes and a count of tranches, not the field's unit.
		minV, maxV = e.Min, e.Max
	}
	value := e.Value
	if len([]rune(value)) > 40 {
		value = string([]rune(value)[:40]) + "…"
	}
	return fmt.Sprintf(tmpl, d.fieldLabel(s, e.Field), e.Field, value, minV, maxV)
}

// rangeText shows a range bound in the field's unit.
func rangeText(lang, param, bound string) string {
	if bound == "" {
		return ""
	}
	if d, err := decimal.NewFromString(bound); err == nil {
		bound = number(lang, d, 10, false)
	}
	u, ok := model.UnitOf(param)
	if !ok {
		return bound
	}
	switch u {
	case model.Percent:
		if lang == "fr" {
			return bound + nnbsp + "%"
		}
		return bound + "%"
	case model.Multiple:
		return bound + "×"
	}
	if lang == "fr" {
		return bound + "\u00a0Md$"
	}
	return "$" + bound + "B"
}
