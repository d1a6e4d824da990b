package model

import "github.com/shopspring/decimal"

// The years of the money-over-time view: ten calendar years from the round.
const (
	FirstYear = 2026
	LastYear  = 2035
	Span      = LastYear - FirstYear + 1
	// OpenAI's commitments to other suppliers (Oracle's 300 from 2027, …)
	// are spent evenly over these years.
	otherFirst = 2027
	otherLast  = 2031
	otherSpan  = otherLast - otherFirst + 1
)

// Timeline is the money of one closing view year by year, FirstYear to
// LastYear (index 0 is FirstYear). In the expected view the yearly flows
// are probability-weighted, and the years below (short, cover, payback)
// and the peak need are read from those weighted flows.
type Timeline struct {
	Partners []PartnerYears // msft, amzn, nvda, sftb

	Revenue   [Span]decimal.Decimal // rev × (1 + growth)^(y − 2025)
	Kept      [Span]decimal.Decimal // revenue after Microsoft's share: Revenue × (1 − share)
	OwedOther [Span]decimal.Decimal // other / 5 from 2027 to 2031
	Owed      [Span]decimal.Decimal // the partners' money back + OwedOther
	Raised    [Span]decimal.Decimal // the round's money paid that year, every tranche
	Cash      [Span]decimal.Decimal // running sum of Raised + Kept − Owed

	ShortYear int             // first year whose cash is below 0; 0 for never
	PeakNeed  decimal.Decimal // the largest −Cash, or 0
	PeakYear  int             // the year of PeakNeed (its first); 0 when PeakNeed is 0
	CoverYear int             // first year from which Kept ≥ Owed through LastYear; 0 for never
}

// PartnerYears is one partner's money in (its tranches) and back (what
// OpenAI spends with it) per year, and its cumulative position, which
// starts at minus what it invested before the round.
type PartnerYears struct {
	ID           string
	In, Out, Cum [Span]decimal.Decimal
	Payback      int // first year from which Cum stays ≥ 0 through LastYear; 0 for never
}

// YearAt returns the calendar year of index i.
func YearAt(i int) int { return FirstYear + i }

// yearsPrep is what every closing view's timeline shares: what does not
// depend on which tranches close.
type yearsPrep struct {
	year []int                   // tranche index → index of its year
	out  [][Span]decimal.Decimal // per partner
	t    Timeline                // Revenue, Kept, OwedOther, Owed, CoverYear
}

func prepareYears(s Scenario, commit []decimal.Decimal) yearsPrep {
	var y yearsPrep
	y.year = make([]int, len(s.Tranches))
	for i, t := range s.Tranches {
		y.year[i] = yearIndex(t.Year)
	}
	one := decimal.NewFromInt(1)
	y.out = make([][Span]decimal.Decimal, len(s.Partners))
	for pi, p := range s.Partners {
		n := int(p.Years.IntPart())
		if n < 1 || n > Span {
			n = 1
		}
		// Evenly: C/n a year, the last year taking what the rounding of
		// C/n left, so that the years add up to C exactly.
		each := decimal.Zero
		if c := commit[pi]; c.Sign() != 0 {
			each = c
			if n > 1 {
				each = c.DivRound(decimal.NewFromInt(int64(n)), prec)
			}
		}
		last := commit[pi].Sub(each.Mul(decimal.NewFromInt(int64(n - 1))))
		for i := 0; i < Span; i++ {
			switch {
			case i < n-1:
				y.out[pi][i] = each
			case i == n-1:
				y.out[pi][i] = last
			default:
				y.out[pi][i] = decimal.Zero
			}
		}
	}
	other := decimal.Zero
	if s.Other.Sign() != 0 {
		other = s.Other.DivRound(decimal.NewFromInt(otherSpan), prec)
	}
	otherLastYear := s.Other.Sub(other.Mul(decimal.NewFromInt(otherSpan - 1)))
	rev, grow, keep := s.Revenue, one.Add(s.Growth), one.Sub(s.RevShare)
	t := &y.t
	for i := 0; i < Span; i++ {
		rev = times(rev, grow)
		t.Revenue[i], t.Kept[i] = rev, times(rev, keep)
		t.OwedOther[i] = decimal.Zero
		switch yr := YearAt(i); {
		case yr >= otherFirst && yr < otherLast:
			t.OwedOther[i] = other
		case yr == otherLast:
			t.OwedOther[i] = otherLastYear
		}
		owed := t.OwedOther[i]
		for pi := range y.out {
			owed = plus(owed, y.out[pi][i])
		}
		t.Owed[i] = owed
	}
	for i := Span - 1; i >= 0 && t.Kept[i].GreaterThanOrEqual(t.Owed[i]); i-- {
		t.CoverYear = YearAt(i)
	}
	return y
}

// yearIndex is the index of a year, held within the span (a valid scenario
// has it there already).
func yearIndex(v decimal.Decimal) int {
	i := int(v.IntPart()) - FirstYear
	return min(max(i, 0), Span-1)
}

// timeline builds one closing view's years; probs[i] is tranche i's weight
// in the view, as for Outcome (1, 0 or its probability).
func (p *prepared) timeline(probs []decimal.Decimal) Timeline {
	s, y := p.s, &p.years
	t := y.t
	t.Partners = make([]PartnerYears, len(s.Partners))
	for i := range t.Raised {
		t.Raised[i] = decimal.Zero
	}
	for pi, pt := range s.Partners {
		py := &t.Partners[pi]
		py.ID, py.Out = pt.ID, y.out[pi]
		for i := range py.In {
			py.In[i] = decimal.Zero
		}
	}
	for i, q := range probs {
		if q.Sign() == 0 {
			continue
		}
		amount := s.Tranches[i].Amount
		if !q.Equal(p.one) {
			amount = q.Mul(amount)
		}
		yi := y.year[i]
		t.Raised[yi] = plus(t.Raised[yi], amount)
		for pi, pt := range s.Partners {
			if pt.ID == s.Tranches[i].Investor {
				t.Partners[pi].In[yi] = plus(t.Partners[pi].In[yi], amount)
			}
		}
	}
	for pi, pt := range s.Partners {
		py := &t.Partners[pi]
		cum := pt.Invested.Neg()
		for i := range py.Cum {
			cum = minus(plus(cum, py.Out[i]), py.In[i])
			py.Cum[i] = cum
		}
		for i := Span - 1; i >= 0 && py.Cum[i].Sign() >= 0; i-- {
			py.Payback = YearAt(i)
		}
	}
	cash := decimal.Zero
	t.PeakNeed = decimal.Zero
	for i := range t.Cash {
		cash = minus(plus(plus(cash, t.Raised[i]), t.Kept[i]), t.Owed[i])
		t.Cash[i] = cash
		if cash.Sign() < 0 {
			if t.ShortYear == 0 {
				t.ShortYear = YearAt(i)
			}
			if need := cash.Neg(); need.GreaterThan(t.PeakNeed) {
				t.PeakNeed, t.PeakYear = need, YearAt(i)
			}
		}
	}
	return t
}
