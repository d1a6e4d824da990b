package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// articleText is the French article the figures come from, kept with the
// model's test data: the roles' quotes must be verbatim in it.
func articleText(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "model", "testdata", "article-2026-03-02-fr.txt"))
	require.NoError(t, err)
	return string(data)
}

func TestRolesRows(t *testing.T) {
	article := articleText(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			s := model.Default()
			r := computeOK(t, s)
			rows := rolesRows(lang, texts(lang), s, r.View(model.ViewAll))
			seen := map[string]bool{}
			partners := map[string]bool{}
			for _, row := range rows {
				id := row.Partner + "-" + row.Key
				assert.False(t, seen[id], "unique row %s", id)
				seen[id] = true
				partners[row.Partner] = true
				assert.NotEmpty(t, row.Name, id)
				assert.NotEmpty(t, row.Role, id)
				assert.NotEmpty(t, row.Detail, id)
				require.NotEmpty(t, row.Source.Tag, "%s has a source tag", id)
				for _, part := range strings.Split(row.Source.Tag, "/") {
					assert.Contains(t, []string{"A", "V", "R", "D", "U"}, strings.TrimSpace(part), id)
				}
				assert.NotEmpty(t, row.Source.Legend, id)
				assert.NotEmpty(t, row.Source.Text, id)
				if strings.Contains(row.Source.Tag, "A") {
					require.NotEmpty(t, row.Source.Quote, "%s: an A row quotes the article", id)
					assert.Contains(t, article, row.Source.Quote, "%s: verbatim", id)
				} else {
					assert.Empty(t, row.Source.Quote, "%s: a quote only for A", id)
				}
			}
			assert.Equal(t, map[string]bool{"msft": true, "amzn": true, "nvda": true, "sftb": true}, partners)
			for _, id := range []string{"msft-stake", "msft-ip", "msft-revshare", "msft-host-stateless", "msft-host-partner-api",
				"msft-host-first-party", "msft-compute", "msft-anthropic", "amzn-stake", "amzn-compute", "amzn-trainium",
				"amzn-dist-frontier", "amzn-dist-stateful", "amzn-consumer", "amzn-anthropic", "nvda-stake", "nvda-compute",
				"nvda-compute-value", "sftb-stake", "sftb-installments", "sftb-exposure"} {
				assert.True(t, seen[id], id)
			}
		})
	}
	if article == "" {
		t.Log("article not found: verbatim check skipped")
	}
}

func TestRolesStakesFollowTheModel(t *testing.T) {
	s := model.Default()
	r := computeOK(t, s)
	find := func(rows []roleRow, id string) roleRow {
		for _, row := range rows {
			if row.Partner+"-"+row.Key == id {
				return row
			}
		}
		t.Fatalf("no row %s", id)
		return roleRow{}
	}
	en := rolesRows("en", texts("en"), s, r.View(model.ViewAll))
	assert.Equal(t, "0.2346428571", find(en, "msft-stake").Value)
	assert.Contains(t, find(en, "msft-stake").Detail, "23.46%")
	assert.Contains(t, find(en, "msft-stake").Detail, "27.00% before")
	fr := rolesRows("fr", texts("fr"), s, r.View(model.ViewAll))
	assert.Contains(t, find(fr, "msft-stake").Detail, "23,46\u202f%")
	firm := rolesRows("en", texts("en"), s, r.View(model.ViewFirm))
	assert.Contains(t, find(firm, "msft-stake").Detail, "24.48%")
	assert.Contains(t, find(en, "amzn-stake").Detail, "5.95%")
	assert.Contains(t, find(en, "amzn-stake").Detail, "new shareholder")
	assert.Contains(t, find(en, "sftb-stake").Detail, "13.13%")
	assert.Contains(t, find(en, "nvda-compute-value").Detail, "$175B")
	assert.Contains(t, find(en, "amzn-compute").Detail, "$138B")
	assert.Contains(t, find(en, "msft-revshare").Detail, "$4B a year")
	assert.Equal(t, "64.6000000000", find(en, "sftb-invested").Value)

	// Moving the inputs moves the rows.
	s.Holders[0].Before = decimal.RequireFromString("0.3")
	s.PricePerGW = decimal.NewFromInt(50)
	r = computeOK(t, s)
	moved := rolesRows("en", texts("en"), s, r.View(model.ViewAll))
	assert.Equal(t, text.DataValue(r.All.Partners[0].Stake), find(moved, "msft-stake").Value)
	assert.NotEqual(t, "0.2346428571", find(moved, "msft-stake").Value)
	assert.Contains(t, find(moved, "nvda-compute-value").Detail, "$250B")
}

func TestRolesTableRender(t *testing.T) {
	s := model.Default()
	r := computeOK(t, s)
	rows := rolesRows("fr", texts("fr"), s, r.View(model.ViewAll))
	html := app.HTMLString(rolesTableFor(texts("fr").Texts, rows))
	assert.Contains(t, html, `data-testid="roles-table"`)
	for _, row := range rows {
		assert.Contains(t, html, `data-testid="role-`+row.Partner+`-`+row.Key+`"`)
	}
	assert.Contains(t, html, `data-value="0.2346428571"`)
	assert.Equal(t, len(rows), strings.Count(html, `<th scope="row"`))
	assert.Equal(t, 4, strings.Count(html, `<tbody`), "one group per partner")
	assert.Equal(t, len(rows), strings.Count(html, `class="src"`), "a source tag per row")
	assert.Contains(t, html, `lang="fr"`, "A quotes marked French")
	assert.NotContains(t, html, "style=")
}

// computeOK computes a scenario the test holds valid.
func computeOK(t testing.TB, s model.Scenario) model.Results {
	t.Helper()
	r, errs := model.Compute(s)
	require.Empty(t, errs, "scenario must be valid")
	return r
}
