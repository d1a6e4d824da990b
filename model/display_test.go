package model

import (
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixed(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int32
		want string
	}{
		{"840", 10, "840.0000000000"},
		{"0.23464285714285714285", 10, "0.2346428571"},
		{"2.5", 0, "3"},
		{"-2.5", 0, "-3"},
		{"0.00005", 4, "0.0001"},
		{"-0.00005", 4, "-0.0001"},
		{"-0.00004", 4, "0.0000"},
		{"-64.6", 2, "-64.60"},
		{"1.005", 2, "1.01"},
		{"0", 2, "0.00"},
	} {
		assert.Equal(t, c.want, Fixed(d(c.in), c.n), c.in)
	}
}

func TestDisplayStakes(t *testing.T) {
	third := decimal.NewFromInt(1).DivRound(decimal.NewFromInt(3), 30)
	got := DisplayStakes([]decimal.Decimal{third, third, third}, 2)
	assert.Equal(t, []string{"33.34", "33.33", "33.33"}, strs(got, 2), "ties go to the row listed first")

	got = DisplayStakes([]decimal.Decimal{d("0.12345"), d("0.87655")}, 2)
	assert.Equal(t, []string{"12.35", "87.65"}, strs(got, 2), "equal remainders: the first row")
	got = DisplayStakes([]decimal.Decimal{d("0.12344"), d("0.87656")}, 2)
	assert.Equal(t, []string{"12.34", "87.66"}, strs(got, 2))

	got = DisplayStakes([]decimal.Decimal{d("0.5"), d("0.5")}, 0)
	assert.Equal(t, []string{"50", "50"}, strs(got, 0))

	assert.Empty(t, DisplayStakes(nil, 2))

	r, _ := Compute(Default())
	got = DisplayStakes(stakes(r.All), 2)
	assert.Equal(t, []string{"23.46", "22.60", "13.13", "3.57", "5.95", "31.29"}, strs(got, 2))
}

func strs(ds []decimal.Decimal, n int32) []string {
	out := make([]string, len(ds))
	for i, x := range ds {
		out[i] = x.StringFixed(n)
	}
	return out
}

func TestRoutes(t *testing.T) {
	routes := Routes(Default())
	require.Len(t, routes, 5)
	hosts := map[string]string{}
	cut := decimal.Zero
	for _, r := range routes {
		hosts[r.ID] = r.Host
		cut = cut.Add(r.MicrosoftCut)
		assert.True(t, r.MicrosoftCut.Equal(d("20").Mul(r.Share).Mul(d("0.2"))), r.ID)
	}
	assert.Equal(t, map[string]string{ChannelChatGPT: "azure", ChannelAPI: "azure", ChannelAPIPartner: "azure",
		ChannelFrontier: "azure", ChannelBedrock: "aws"}, hosts)
	assert.True(t, cut.Equal(d("4")), "20 % of 20, whichever cloud hosts it")
	assert.True(t, routes[0].Amount.Equal(d("14")))
	assert.True(t, routes[4].MicrosoftCut.Equal(d("0.08")))
}

func TestSetMix(t *testing.T) {
	s := Default().SetMix(ChannelChatGPT, d("0.4"))
	want := []string{"0.4", "0.4", "0.1", "0.06", "0.04"} // others doubled: 0.3 → 0.6
	for i, c := range s.Mix {
		assert.True(t, c.Share.Equal(d(want[i])), "%s %s", c.ID, c.Share)
	}
	s = s.SetMix(ChannelChatGPT, d("1")).SetMix(ChannelChatGPT, d("0.6"))
	for _, c := range s.Mix[1:] {
		assert.True(t, c.Share.Equal(d("0.1")), "all 0: the others share equally")
	}
	assert.Empty(t, sameScenario(Default(), Default().SetMix("nope", d("0.5"))))
	assert.Empty(t, sameScenario(Default(), Default().SetMix(ChannelAPI, d("1.5"))))
}

// Every default figure has a source; a tag A carries the article's own
// words, verbatim.
func TestSources(t *testing.T) {
	article, err := os.ReadFile("testdata/article-2026-03-02-fr.txt")
	require.NoError(t, err)
	src := Sources()
	keys := []string{"post", "raised", "prev-round", "raised-before", "weekly-users", "subscribers", "s.others", "gw.nvda"}
	for k := range withAdded().params(true) {
		if !strings.HasSuffix(k, ".x1") {
			keys = append(keys, k)
		}
	}
	for _, c := range ChannelIDs() {
		keys = append(keys, "route."+c)
	}
	for _, k := range keys {
		s, ok := src[k]
		if !assert.True(t, ok, "no source for %s", k) {
			continue
		}
		assert.NotEmpty(t, s.Text, k)
		assert.Regexp(t, `^[AVRDU]( / [AVRDU])*$`, s.Tag, k)
		if strings.Contains(s.Tag, "A") {
			assert.NotEmpty(t, s.Quote, k)
			assert.Contains(t, string(article), s.Quote, k)
		} else {
			assert.Empty(t, s.Quote, k)
		}
	}
	src["pre"] = Source{}
	assert.Equal(t, "A", Sources()["pre"].Tag, "a fresh map each call")
}

func TestValidateShape(t *testing.T) {
	for name, mutate := range map[string]func(*Scenario){
		"holder missing":   func(s *Scenario) { s.Holders = s.Holders[:2] },
		"holder renamed":   func(s *Scenario) { s.Holders[0].ID = "goog" },
		"tranche missing":  func(s *Scenario) { s.Tranches = s.Tranches[1:] },
		"investor changed": func(s *Scenario) { s.Tranches[1].Investor = Microsoft },
		"added not own":    func(s *Scenario) { s.Tranches[4].Investor = Amazon },
		"added bad id":     func(s *Scenario) { s.Tranches[4].ID, s.Tranches[4].Investor = "x100", "x100" },
		"added out of order": func(s *Scenario) {
			s.Tranches = append(s.Tranches, s.Tranches[4])
		},
		"partner missing": func(s *Scenario) { s.Partners = s.Partners[:3] },
		"channel missing": func(s *Scenario) { s.Mix = s.Mix[:4] },
	} {
		s := withAdded().clone()
		mutate(&s)
		errs := s.Validate()
		require.NotEmpty(t, errs, name)
		assert.Equal(t, ErrUnknownValue, errs[0].Code, name)
		_, cerrs := Compute(s)
		assert.Equal(t, errs, cerrs, name)
	}
	s := Default()
	s.PreMoney = decimal.Zero
	s.Tranches[0].Amount = d("-1")
	s.Holders[0].Before = d("0.9")
	errs := s.Validate()
	require.Len(t, errs, 3)
	assert.Equal(t, Error{Code: ErrRange, Field: "pre", Value: "0", Min: "1", Max: "10000"}, errs[0])
	assert.Equal(t, Error{Code: ErrStakesSum, Field: "s", Value: "127", Min: "0", Max: "100"}, errs[1])
	assert.Equal(t, Error{Code: ErrRange, Field: "t.sftb", Value: "-1", Min: "0", Max: "1000"}, errs[2])
	r, errs2 := Compute(s)
	assert.Equal(t, errs, errs2)
	assert.Empty(t, r.All.Holders, "no figures for an invalid scenario")
	s = Default()
	s.Tranches[0].Multiple = d("0.1000000000000000000000000000001")
	assert.Equal(t, ErrNotNumber, s.Validate()[0].Code, "more than 30 decimals cannot go through a URL")
}
