package chart

// Random valid scenarios, for the pictures' geometry checks.

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/model"
)

// chartRandomScenario draws a valid scenario: every field of model.Default
// varied within its range, extremes included, 0 to 20 added tranches.
func chartRandomScenario(rng *rand.Rand) model.Scenario {
	d := func(lo, hi float64, dec int32) decimal.Decimal {
		switch rng.IntN(12) {
		case 0:
			return decimal.NewFromFloat(lo).Round(dec)
		case 1:
			return decimal.NewFromFloat(hi).Round(dec)
		}
		return decimal.NewFromFloat(lo + rng.Float64()*(hi-lo)).Round(dec)
	}
	one := decimal.NewFromInt(1)
	s := model.Default()
	s.PreMoney = d(1, 10000, 2)
	if rng.IntN(3) == 0 {
		s.PreMoney = d(1, 1000, 1)
	}
	s.IPO = d(1, 100000, 0)
	if rng.IntN(2) == 0 {
		s.IPO = d(1, 3000, 0)
	}
	s.Haircut, s.Unpaid = d(0, 1, 2), d(0, 1, 2)
	s.PricePerGW = d(0, 200, 1)
	left := one
	for i := range s.Holders {
		v := decimal.Min(d(0, 1, 3), left)
		if rng.IntN(3) > 0 {
			v = v.Mul(decimal.NewFromFloat(0.5)).Round(4)
		}
		s.Holders[i].Before = v
		left = left.Sub(v)
	}
	rng.Shuffle(len(s.Holders), func(i, j int) { s.Holders[i].Before, s.Holders[j].Before = s.Holders[j].Before, s.Holders[i].Before })
	if rng.IntN(10) == 0 { // named stakes take everything: no remainder
		s.Holders[2].Before = s.Holders[2].Before.Add(one.Sub(s.Holders[0].Before).Sub(s.Holders[1].Before).Sub(s.Holders[2].Before))
	}
	names := []string{"Thrive", "MGX", "Fonds d'investissement souverain d'Abu D", "<T&C> \"quoted\" 'fund'",
		"孫正義ファンド", "Ünïcödé Ça", "A", "Investor with a rather long name, 40 ch"}
	conditional := 0
	add := rng.IntN(21)
	if rng.IntN(3) > 0 {
		add = rng.IntN(4)
	}
	for i := range s.Tranches {
		s.Tranches[i].Amount = d(0, 1000, 1)
		if rng.IntN(2) == 0 {
			s.Tranches[i].Amount = d(0, 60, 1)
		}
		if rng.IntN(2) == 0 {
			s.Tranches[i].Prob = d(0, 1, 2)
		}
		if rng.IntN(4) == 0 {
			s.Tranches[i].Multiple = d(0.1, 10, 2)
		}
	}
	for i := 1; i <= add; i++ {
		id := "x" + strconv.Itoa(i)
		s.Tranches = append(s.Tranches, model.Tranche{ID: id, Investor: id, Name: names[rng.IntN(len(names))],
			Amount: d(0, 1000, 1), Prob: one, Multiple: one, Year: decimal.NewFromInt(int64(model.FirstYear + rng.IntN(model.Span)))})
		if rng.IntN(2) == 0 {
			s.Tranches[len(s.Tranches)-1].Prob = d(0, 1, 2)
		}
		if rng.IntN(5) == 0 {
			s.Tranches[len(s.Tranches)-1].Multiple = d(0.1, 10, 2)
		}
	}
	for i := range s.Tranches {
		if !s.Tranches[i].Firm() {
			conditional++
			if conditional > model.MaxConditional {
				s.Tranches[i].Prob = one
			}
		}
	}
	for i := range s.Partners {
		s.Partners[i].Invested = d(0, 1000, 1)
		s.Partners[i].Commit = d(0, 5000, 0)
		s.Partners[i].MarketCap = d(1, 100000, 0)
		if rng.IntN(2) == 0 {
			s.Partners[i] = model.Default().Partners[i]
		}
	}
	if rng.IntN(4) == 0 {
		s.Partners[2].GW = d(0, 100, 1)
	}
	return s
}

func TestChartRandomScenarios(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 5))
	for i := 0; i < 200; i++ {
		s := chartRandomScenario(rng)
		lang := []string{"fr", "en"}[i%2]
		view := chartViews[rng.IntN(3)]
		t.Run(fmt.Sprintf("%03d-%s-%s", i, lang, view), func(t *testing.T) {
			checkAllCharts(t, lang, s, view)
		})
	}
}
