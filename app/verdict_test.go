package main

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/model"
)

// The verdict states the figures exactly as the headline and the cap table
// show them, in both languages, and follows the scenario.
func TestVerdictAgreesWithFigures(t *testing.T) {
	want := map[string]string{
		"en": "After the round, OpenAI is worth $840B; Microsoft holds 23.46% of it, down from 27% before.",
	}
	for _, lang := range []string{"fr", "en"} {
		view := func(s model.Scenario) display {
			r, errs := model.Compute(s)
			require.Empty(t, errs)
			tx := texts(lang)
			return buildView(viewInput{lang: lang, t: tx, view: model.ViewAll, s: s, r: r, article: model.Default(),
				articleParams: paramsOf(model.Default()), sources: localSources(tx)})
		}
		d := view(model.Default())
		require.Contains(t, d.Verdict, d.Post.Text)
		var after string
		for _, h := range d.Holders {
			if h.ID == model.Microsoft {
				after = h.After.Text
			}
		}
		require.Contains(t, d.Verdict, after)
		if lang == "en" {
			require.Equal(t, want[lang], d.Verdict)
		}
		s, problems := model.Default().With("pre", decimal.NewFromInt(1000))
		require.Empty(t, problems)
		d2 := view(s)
		require.NotEqual(t, d.Verdict, d2.Verdict)
		require.Contains(t, d2.Verdict, d2.Post.Text)
	}
}
