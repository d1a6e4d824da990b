package model

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// sameScenario reports the first difference between a and b ("" when equal),
// comparing numbers by value (decimal.Equal), not by representation.
func sameScenario(a, b Scenario) string {
	num := func(name string, x, y decimal.Decimal) string {
		if !x.Equal(y) {
			return fmt.Sprintf("%s: %s ≠ %s", name, x, y)
		}
		return ""
	}
	diffs := []string{
		num("pre", a.PreMoney, b.PreMoney), num("ipo", a.IPO, b.IPO), num("haircut", a.Haircut, b.Haircut),
		num("unpaid", a.Unpaid, b.Unpaid), num("gw", a.PricePerGW, b.PricePerGW),
		num("rev", a.Revenue, b.Revenue), num("share", a.RevShare, b.RevShare),
	}
	if len(a.Holders) != len(b.Holders) || len(a.Tranches) != len(b.Tranches) ||
		len(a.Partners) != len(b.Partners) || len(a.Mix) != len(b.Mix) {
		return fmt.Sprintf("lengths differ: %d/%d/%d/%d vs %d/%d/%d/%d", len(a.Holders), len(a.Tranches),
			len(a.Partners), len(a.Mix), len(b.Holders), len(b.Tranches), len(b.Partners), len(b.Mix))
	}
	for i, h := range a.Holders {
		g := b.Holders[i]
		if h.ID != g.ID || h.Name != g.Name {
			diffs = append(diffs, fmt.Sprintf("holder %d: %+v ≠ %+v", i, h, g))
		}
		diffs = append(diffs, num("s."+h.ID, h.Before, g.Before))
	}
	for i, t := range a.Tranches {
		u := b.Tranches[i]
		if t.ID != u.ID || t.Investor != u.Investor || t.Name != u.Name || t.Condition != u.Condition || t.Date != u.Date {
			diffs = append(diffs, fmt.Sprintf("tranche %d: %+v ≠ %+v", i, t, u))
		}
		diffs = append(diffs, num("t."+t.ID, t.Amount, u.Amount), num("q."+t.ID, t.Prob, u.Prob),
			num("m."+t.ID, t.Multiple, u.Multiple))
	}
	for i, p := range a.Partners {
		q := b.Partners[i]
		if p.ID != q.ID {
			diffs = append(diffs, fmt.Sprintf("partner %d: %s ≠ %s", i, p.ID, q.ID))
		}
		diffs = append(diffs, num("inv."+p.ID, p.Invested, q.Invested), num("commit."+p.ID, p.Commit, q.Commit),
			num("gw."+p.ID, p.GW, q.GW), num("cap."+p.ID, p.MarketCap, q.MarketCap))
	}
	for i, c := range a.Mix {
		if c.ID != b.Mix[i].ID {
			diffs = append(diffs, fmt.Sprintf("channel %d: %s ≠ %s", i, c.ID, b.Mix[i].ID))
		}
		diffs = append(diffs, num("mix."+c.ID, c.Share, b.Mix[i].Share))
	}
	var out []string
	for _, d := range diffs {
		if d != "" {
			out = append(out, d)
		}
	}
	return strings.Join(out, "; ")
}

// randDec returns a random number in [lo, hi] (URL unit) with up to maxDec
// decimals, biased towards the bounds and round figures.
func randDec(r *rand.Rand, lo, hi string, maxDec int) decimal.Decimal {
	l, h := d(lo), d(hi)
	switch r.IntN(12) {
	case 0:
		return l
	case 1:
		return h
	}
	dec := int32(r.IntN(maxDec + 1))
	span := h.Sub(l).Shift(dec).IntPart()
	v := l.Add(decimal.New(r.Int64N(span+1), -dec))
	if v.GreaterThan(h) {
		v = h
	}
	return v
}

// pctDec is randDec for a % parameter, returned as a fraction.
func pctDec(r *rand.Rand, lo, hi string, maxDec int) decimal.Decimal {
	return randDec(r, lo, hi, maxDec).Shift(-2)
}

// randName returns a valid added investor's name, awkward characters included.
func randName(r *rand.Rand) string {
	alphabet := []rune("abcXYZ éàç&=?#%+/\"'<>日本語🙂-._~0123456789")
	for {
		n := 1 + r.IntN(MaxNameLen)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		if s := string(rs); strings.TrimSpace(s) != "" {
			return s
		}
	}
}

// randomScenario returns a random valid scenario; maxCond bounds the
// number of conditional tranches (≤ MaxConditional).
func randomScenario(r *rand.Rand, maxCond int) Scenario {
	s := Default()
	maxDec := []int{0, 1, 2, 4, 8}[r.IntN(5)]
	s.PreMoney = randDec(r, "1", "10000", maxDec)
	s.IPO = randDec(r, "1", "100000", maxDec)
	s.Haircut = pctDec(r, "0", "100", maxDec)
	s.Unpaid = pctDec(r, "0", "100", maxDec)
	s.PricePerGW = randDec(r, "0", "200", maxDec)
	for {
		sum := decimal.Zero
		for i := range s.Holders {
			s.Holders[i].Before = pctDec(r, "0", []string{"100", "50", "30"}[r.IntN(3)], maxDec)
			sum = sum.Add(s.Holders[i].Before)
		}
		if sum.LessThanOrEqual(decimal.NewFromInt(1)) {
			break
		}
	}
	// Added tranches: a random subset of x1…x99, a few of them.
	for n := 1; n <= MaxAdded; n++ {
		if r.IntN(40) == 0 {
			id := "x" + strconv.Itoa(n)
			name := AddedName(id)
			if r.IntN(2) == 0 {
				name = randName(r)
			}
			s.Tranches = append(s.Tranches, Tranche{ID: id, Investor: id, Name: name, Prob: decimal.NewFromInt(1)})
		}
	}
	cond := 0
	for i := range s.Tranches {
		t := &s.Tranches[i]
		t.Amount = randDec(r, "0", []string{"1000", "100", "40"}[r.IntN(3)], maxDec)
		t.Multiple = decimal.NewFromInt(1)
		if r.IntN(3) == 0 {
			t.Multiple = randDec(r, "0.1", "10", maxDec)
		}
		t.Year = decimal.NewFromInt(int64(FirstYear + r.IntN(Span)))
		t.Prob = decimal.NewFromInt(1)
		switch k := r.IntN(10); {
		case k == 0 && cond < maxCond:
			t.Prob = decimal.Zero
			cond++
		case k < 5 && cond < maxCond:
			t.Prob = pctDec(r, "0", "100", maxDec)
			if !t.Firm() {
				cond++
			}
		}
	}
	for i := range s.Partners {
		s.Partners[i].Invested = randDec(r, "0", "1000", maxDec)
		s.Partners[i].Commit = randDec(r, "0", "5000", maxDec)
		s.Partners[i].MarketCap = randDec(r, "1", "100000", maxDec)
		s.Partners[i].Years = decimal.NewFromInt(int64(1 + r.IntN(Span)))
	}
	s.Growth = pctDec(r, "0", "200", maxDec)
	s.Other = randDec(r, "0", "5000", maxDec)
	s.Revenue = randDec(r, "0", "1000", maxDec)
	s.RevShare = pctDec(r, "0", "50", maxDec)
	// A mix summing to exactly 100 %: cut points on a grid of 0.01 %.
	cuts := []int64{0, r.Int64N(10001), r.Int64N(10001), r.Int64N(10001), r.Int64N(10001), 10000}
	for i := 1; i < len(cuts)-1; i++ {
		for j := i + 1; j < len(cuts)-1; j++ {
			if cuts[j] < cuts[i] {
				cuts[i], cuts[j] = cuts[j], cuts[i]
			}
		}
	}
	for i := range s.Mix {
		s.Mix[i].Share = decimal.New(cuts[i+1]-cuts[i], -4)
	}
	if r.IntN(4) == 0 { // and SetMix's output, with its long decimals
		s = s.SetMix(ChannelIDs()[r.IntN(5)], pctDec(r, "0", "100", 3))
	}
	return s
}
