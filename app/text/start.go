package text

// StartTexts are what the page says before its program runs (the script
// web/pending.js shows them; the prerendered page hands them over).
type StartTexts struct {
	_       noCompare
	Loading string `json:"-"`       // the loading bar's label, prerendered
	Pending string `json:"pending"` // the note over figures computed for another scenario
	Early   string `json:"early"`   // beside a value moved or typed before the start
	Kept    string `json:"kept"`    // a button or link pressed before the start
	Inert   string `json:"inert"`   // a control the program's page cannot find again
	// A page whose program will not run: in a sandboxed frame, or switched
	// off (wasm=false, an automated browser); %s says whose figures show.
	Sandbox string `json:"sandbox"`
	Off     string `json:"off"`
	// Whose figures show: the article's, this scenario's, or the article's
	// where the address asks for another.
	ShownArticle string `json:"shownArticle"`
	ShownThis    string `json:"shownThis"`
	ShownNotLink string `json:"shownNotLink"`
	OpenFull     string `json:"openFull"` // the link to the full calculator
}

// Languages are the languages the page speaks, its default first.
func Languages() []string { return []string{"fr", "en"} }

func frenchStart() StartTexts {
	return StartTexts{
		Loading:      "Chargement du calculateur…",
		Pending:      "Calcul des chiffres de ce lien…",
		Early:        "S’appliquera dès le démarrage du calculateur.",
		Kept:         "S’appliquera dès le démarrage du calculateur",
		Inert:        "Disponible dès le démarrage du calculateur",
		Sandbox:      "Ce cadre est isolé (sandbox sans allow-same-origin)\u00a0: %s, mais le calcul ne peut pas démarrer. ",
		Off:          "Le calculateur ne démarre pas sur cette page (wasm=false dans l’adresse, ou navigateur automatisé)\u00a0: %s. ",
		ShownArticle: "les chiffres de l’article s’affichent",
		ShownThis:    "les chiffres de ce scénario s’affichent",
		ShownNotLink: "les chiffres affichés sont ceux de l’article, pas ceux de ce lien",
		OpenFull:     "Ouvrir le calculateur complet",
	}
}

func englishStart() StartTexts {
	return StartTexts{
		Loading:      "Loading the calculator…",
		Pending:      "Computing this link’s figures…",
		Early:        "Applies as soon as the calculator starts.",
		Kept:         "Applies as soon as the calculator starts",
		Inert:        "Available as soon as the calculator starts",
		Sandbox:      "This frame is sandboxed (sandbox without allow-same-origin): %s, but the calculator cannot start. ",
		Off:          "The calculator does not start on this page (wasm=false in the address, or an automated browser): %s. ",
		ShownArticle: "the article’s figures show",
		ShownThis:    "this scenario’s figures show",
		ShownNotLink: "the figures shown are the article’s, not this link’s",
		OpenFull:     "Open the full calculator",
	}
}
