package text

// The messages of the model's refusals, by error code. Arguments: %[1]s the
// field's label, %[2]s its parameter, %[3]s the value, %[4]s and %[5]s the
// range.

func frenchErrors() map[string]string {
	return map[string]string{
		"not-number":           "«\u00a0%[1]s\u00a0»\u00a0: «\u00a0%[3]s\u00a0» n’est pas un nombre. Valeurs permises\u00a0: %[4]s à %[5]s.",
		"range":                "«\u00a0%[1]s\u00a0»\u00a0: %[3]s est hors limites. Valeurs permises\u00a0: %[4]s à %[5]s.",
		"stakes-sum":           "Parts nommées avant l’opération\u00a0: leur total (%[3]s\u202f%%) dépasse 100\u202f%%. Valeurs permises\u00a0: 0 à 100\u202f%% au total\u00a0; les valeurs précédentes sont conservées.",
		"mix-sum":              "Répartition du chiffre d’affaires\u00a0: le total (%[3]s\u202f%%) doit faire 100\u202f%%.",
		"too-many-conditional": "Trop de tranches conditionnelles (%[3]s)\u00a0: 10 au plus.",
		"name-empty":           "«\u00a0%[1]s\u00a0»\u00a0: le nom est vide ou ne montre aucun caractère visible.",
		"name-long":            "«\u00a0%[1]s\u00a0»\u00a0: le nom dépasse %[5]s caractères.",
		"name-control":         "«\u00a0%[1]s\u00a0»\u00a0: le nom contient un caractère de contrôle (%[3]s).",
		"name-bidi":            "«\u00a0%[1]s\u00a0»\u00a0: le nom contient un caractère qui change le sens de l’écriture autour de lui (%[3]s).",
		"name-invalid":         "«\u00a0%[1]s\u00a0»\u00a0: le nom n’est pas un texte valide.",
		"duplicate":            "«\u00a0%[1]s\u00a0»\u00a0: «\u00a0%[3]s\u00a0» figure deux fois dans le fichier. Le scénario actuel est conservé.",
		"typed-form":           "«\u00a0%[1]s\u00a0»\u00a0: «\u00a0%[3]s\u00a0» n’est pas un nombre écrit à la française\u00a0; écrivez par exemple 1\u202f000,5 ou 1000,5 (une espace entre groupes de trois chiffres, une virgule ou un point décimal). Valeurs permises\u00a0: %[4]s à %[5]s.",
		"unknown-value":        "«\u00a0%[1]s\u00a0»\u00a0: «\u00a0%[3]s\u00a0» n’est pas une valeur reconnue.",
		"json":                 "Fichier refusé\u00a0: ce n’est pas un scénario roundcalc (%[3]s). Le scénario actuel est conservé.",
		"too-many-added":       "Fichier refusé\u00a0: il ajoute %[3]s tranches, %[5]s au plus. Le scénario actuel est conservé.",
		"file-size":            "Fichier «\u00a0%[3]s\u00a0» refusé\u00a0: il dépasse %[5]s Mo, la taille maximale d’un scénario. Le scénario actuel est conservé.",
		"malformed":            "«\u00a0%[1]s\u00a0»\u00a0: «\u00a0%[3]s\u00a0» est illisible dans l’adresse (codage\u202f%% invalide ou point-virgule)\u00a0; la valeur par défaut est conservée.",
		"generic":              "«\u00a0%[1]s\u00a0»\u00a0: valeur «\u00a0%[3]s\u00a0» refusée.",
	}
}

func englishErrors() map[string]string {
	return map[string]string{
		"not-number":           "“%[1]s”: “%[3]s” is not a number. Allowed: %[4]s to %[5]s.",
		"range":                "“%[1]s”: %[3]s is out of range. Allowed: %[4]s to %[5]s.",
		"stakes-sum":           "Named stakes before the round: their total (%[3]s%%) passes 100%%. Allowed: 0 to 100%% in total; the previous values stay.",
		"mix-sum":              "Revenue mix: the total (%[3]s%%) must be 100%%.",
		"too-many-conditional": "Too many conditional tranches (%[3]s): 10 at most.",
		"name-empty":           "“%[1]s”: the name is empty or shows no visible character.",
		"name-long":            "“%[1]s”: the name is longer than %[5]s characters.",
		"name-control":         "“%[1]s”: the name holds a control character (%[3]s).",
		"name-bidi":            "“%[1]s”: the name holds a character that changes the direction of the text around it (%[3]s).",
		"name-invalid":         "“%[1]s”: the name is not valid text.",
		"duplicate":            "“%[1]s”: “%[3]s” is given twice in the file. The current scenario stays.",
		"typed-form":           "“%[1]s”: “%[3]s” is not a number as English writes it; write it like 1,000.5 or 1000.5 (a comma between groups of three digits, a decimal point). Allowed: %[4]s to %[5]s.",
		"unknown-value":        "“%[1]s”: “%[3]s” is not a recognised value.",
		"json":                 "File refused: it is not a roundcalc scenario (%[3]s). The current scenario stays.",
		"too-many-added":       "File refused: it adds %[3]s tranches, %[5]s at most. The current scenario stays.",
		"file-size":            "File “%[3]s” refused: it is larger than %[5]s MB, the most a scenario file may be. The current scenario stays.",
		"malformed":            "“%[1]s”: “%[3]s” cannot be read in the address (a bad %% escape or a semicolon); the default stays.",
		"generic":              "“%[1]s”: value “%[3]s” refused.",
	}
}
