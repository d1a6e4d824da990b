package model

import "github.com/shopspring/decimal"

// prec is the number of decimals kept by divisions and by products that
// would otherwise grow across the 2^k closing combinations. With P at most
// a few hundred thousand, 1/P keeps at least 24 significant digits.
const prec = 30

// Context figures of MODEL.md §Outputs (FACTS.md: history and outlook).
const (
	raisedBefore = 60  // $B raised before this round (170 − 110)
	prevPost     = 300 // $B, post-money of the March 2025 round
)

// Compute returns the three closing views of a valid scenario. It returns
// the validation errors and zero Results when s is invalid.
func Compute(s Scenario) (Results, []Error) {
	if errs := s.Validate(); errs != nil {
		return Results{}, errs
	}
	p := prepare(s)
	one := decimal.NewFromInt(1)
	firm := make([]decimal.Decimal, len(s.Tranches))
	all := make([]decimal.Decimal, len(s.Tranches))
	expected := make([]decimal.Decimal, len(s.Tranches))
	for i, t := range s.Tranches {
		all[i] = one
		expected[i] = t.Prob
		firm[i] = decimal.Zero
		if t.Firm() {
			firm[i] = one
		}
	}
	return Results{Firm: p.view(firm), All: p.view(all), Expected: p.view(expected)}, nil
}

// View returns the outcome of closing view v (all close for an unknown v).
func (r Results) View(v View) Outcome {
	switch v {
	case ViewFirm:
		return r.Firm
	case ViewExpected:
		return r.Expected
	}
	return r.All
}

// prepared holds what every closing view of a scenario shares.
type prepared struct {
	s      Scenario
	n      []decimal.Decimal // new shares × p of each tranche: amount / m
	holder []int             // tranche index → row of its investor
	rows   []HolderOutcome   // ID, Name, Before of every row, others last
	base   []decimal.Decimal // each row's pre-round shares × p: s_i × V
}

func prepare(s Scenario) *prepared {
	p := &prepared{s: s, n: make([]decimal.Decimal, len(s.Tranches)), holder: make([]int, len(s.Tranches))}
	one := decimal.NewFromInt(1)
	for _, h := range s.Holders {
		p.rows = append(p.rows, HolderOutcome{ID: h.ID, Name: h.Name, Before: h.Before})
		p.base = append(p.base, h.Before.Mul(s.PreMoney))
	}
	for i, t := range s.Tranches {
		if t.Multiple.Equal(one) {
			p.n[i] = t.Amount
		} else {
			p.n[i] = t.Amount.DivRound(t.Multiple, prec)
		}
		p.holder[i] = -1
		for r, row := range p.rows {
			if row.ID == t.Investor {
				p.holder[i] = r
			}
		}
		if p.holder[i] < 0 { // a new investor
			p.holder[i] = len(p.rows)
			p.rows = append(p.rows, HolderOutcome{ID: t.Investor, Name: t.Name, Before: decimal.Zero})
			p.base = append(p.base, decimal.Zero)
		}
	}
	others := s.Others()
	p.rows = append(p.rows, HolderOutcome{ID: Others, Name: OthersName, Before: others})
	p.base = append(p.base, others.Mul(s.PreMoney))
	return p
}

// view computes one closing view. probs[i] is the probability that tranche
// i closes in this view: 1 closes always, 0 never, anything between makes it
// one of the k tranches whose 2^k combinations are averaged.
//
// Every figure is a weighted average over the combinations. Figures that
// are affine in what closes (P, R, each holder's shares, cost basis, equity
// value at the round, losses) have that average in closed form; those that
// divide by P (stakes, dilution, upside) come from E[1/P] and, for each
// conditional tranche t, E[1/P · 1{t closes}], summed over the combinations.
// That is the same average, regrouped, with one division per combination.
func (p *prepared) view(probs []decimal.Decimal) Outcome {
	s := p.s
	one := decimal.NewFromInt(1)
	fixed := s.PreMoney // P of the tranches that always close
	var cond []int
	for i, q := range probs {
		switch {
		case q.Equal(one):
			fixed = fixed.Add(p.n[i])
		case q.Sign() > 0:
			cond = append(cond, i)
		}
	}

	e := enum{one: one, n: make([]decimal.Decimal, len(cond)), q: make([]decimal.Decimal, len(cond)),
		qc: make([]decimal.Decimal, len(cond)), acc: make([]decimal.Decimal, len(cond))}
	for j, i := range cond {
		e.n[j], e.q[j], e.qc[j] = p.n[i], probs[i], one.Sub(probs[i])
	}
	invP := e.walk(0, one, fixed) // E[1/P]

	post, raised := s.PreMoney, decimal.Zero
	num := append([]decimal.Decimal(nil), p.base...)      // E[shares × p] of each row
	fixedNum := append([]decimal.Decimal(nil), p.base...) // shares × p that never vary
	cost := make([]decimal.Decimal, len(p.rows))          // E[money put in this round]
	for i, q := range probs {
		if q.Sign() == 0 {
			continue
		}
		r := p.holder[i]
		add := p.n[i]
		amount := s.Tranches[i].Amount
		if !q.Equal(one) {
			add = mul(q, add)
			amount = mul(q, amount)
		} else {
			fixedNum[r] = fixedNum[r].Add(add)
		}
		post = post.Add(add)
		raised = raised.Add(amount)
		num[r] = num[r].Add(add)
		cost[r] = cost[r].Add(amount)
	}
	stake := make([]decimal.Decimal, len(p.rows))
	for r := range p.rows {
		stake[r] = mul(fixedNum[r], invP)
	}
	for j, i := range cond {
		r := p.holder[i]
		stake[r] = stake[r].Add(mul(p.n[i], e.acc[j]))
	}

	o := Outcome{
		PostMoney:     post,
		Raised:        raised,
		Dilution:      one.Sub(mul(s.PreMoney, invP)),
		Holders:       make([]HolderOutcome, len(p.rows)),
		TotalRaised:   decimal.NewFromInt(raisedBefore).Add(raised),
		MultiplePrev:  post.DivRound(decimal.NewFromInt(prevPost), prec),
		UpsideIPO:     mul(s.IPO, invP).Sub(one),
		PerWeeklyUser: post.Shift(1).DivRound(decimal.NewFromInt(9), prec),  // P × 1e9 / 900e6
		PerSubscriber: post.Shift(3).DivRound(decimal.NewFromInt(59), prec), // P × 1e9 / 59e6
	}
	for r, row := range p.rows {
		row.After = stake[r]
		row.Change = stake[r].Sub(row.Before)
		row.Value = num[r]
		o.Holders[r] = row
	}
	keep := one.Sub(s.Haircut)
	for _, pt := range s.Partners {
		po := PartnerOutcome{ID: pt.ID, Stake: decimal.Zero, EquityRound: decimal.Zero}
		basis := pt.Invested
		for r, row := range p.rows {
			if row.ID == pt.ID {
				po.Stake, po.EquityRound = stake[r], num[r]
				basis = basis.Add(cost[r])
			}
		}
		po.EquityIPO = mul(po.Stake, s.IPO)
		po.EquityStress = mul(po.EquityRound, keep)
		po.CostBasis = basis
		po.PaperGain = po.EquityRound.Sub(basis)
		po.Commitments = pt.Commit.Add(mul(pt.GW, s.PricePerGW))
		po.NetFlow = po.Commitments.Sub(basis)
		po.CollapseLoss = mul(po.EquityRound, s.Haircut).Add(mul(po.Commitments, s.Unpaid))
		po.CollapseShare = po.CollapseLoss.DivRound(pt.MarketCap, prec)
		o.Partners = append(o.Partners, po)
	}
	return o
}

// mul multiplies and drops decimals beyond prec, so that sizes stay bounded.
func mul(a, b decimal.Decimal) decimal.Decimal { return a.Mul(b).Truncate(prec) }

// enum walks the closing combinations of the conditional tranches.
type enum struct {
	one      decimal.Decimal
	n, q, qc []decimal.Decimal // each conditional tranche's amount / m, q and 1 − q
	acc      []decimal.Decimal // Σ weight / P over the combinations where tranche j closes
}

// walk returns Σ weight × 1/P over the combinations below tranche j, given
// the weight w and P so far, and adds to acc[j] the part where j closes.
// One division per combination; a branch of weight 0 is skipped.
func (e *enum) walk(j int, w, post decimal.Decimal) decimal.Decimal {
	if w.Sign() == 0 {
		return w
	}
	if j == len(e.n) {
		return mul(w, e.one.DivRound(post, prec))
	}
	in := e.walk(j+1, mul(w, e.q[j]), post.Add(e.n[j]))
	e.acc[j] = e.acc[j].Add(in)
	return in.Add(e.walk(j+1, mul(w, e.qc[j]), post))
}
