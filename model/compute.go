package model

import "github.com/shopspring/decimal"

// prec is the model's one precision rule: every division keeps prec
// decimals (DivRound), and so does every product inside the walk over the
// 2^k closing combinations (mul), whose operands would otherwise grow with
// k; a product computed once per view is exact (times). With P at most a
// few hundred thousand, 1/P keeps at least 24 significant digits. It is not
// MaxDecimals, which bounds what an input may carry so that its URL form
// stays short.
const prec = 30

// Context figures from the article's history of OpenAI's rounds.
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
	firm := make([]decimal.Decimal, len(s.Tranches))
	all := make([]decimal.Decimal, len(s.Tranches))
	expected := make([]decimal.Decimal, len(s.Tranches))
	for i, t := range s.Tranches {
		all[i] = p.one
		expected[i] = t.Prob
		firm[i] = decimal.Zero
		if p.firm[i] {
			firm[i] = p.one
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
	s       Scenario
	one     decimal.Decimal
	n       []decimal.Decimal // new shares × p of each tranche: amount / m
	firm    []bool            // each tranche's Firm()
	holder  []int             // tranche index → row of its investor
	rows    []HolderOutcome   // ID, Name, Before of every row, others last
	base    []decimal.Decimal // each row's pre-round shares × p: s_i × V
	partner []int             // partner index → its row (-1: none)
	commit  []decimal.Decimal // each partner's commitments
	compute []decimal.Decimal // GW × price per GW
	unpaid  []decimal.Decimal // commitments × u
	keep    decimal.Decimal   // 1 − h
	years   yearsPrep         // what every view's timeline shares
}

func prepare(s Scenario) *prepared {
	one := decimal.NewFromInt(1)
	nt, nr, np := len(s.Tranches), len(s.Holders)+len(s.Tranches)+1, len(s.Partners)
	p := &prepared{s: s, one: one, keep: one.Sub(s.Haircut),
		n: make([]decimal.Decimal, nt), firm: make([]bool, nt), holder: make([]int, nt),
		rows: make([]HolderOutcome, 0, nr), base: make([]decimal.Decimal, 0, nr),
		partner: make([]int, 0, np), commit: make([]decimal.Decimal, 0, np), unpaid: make([]decimal.Decimal, 0, np)}
	for _, h := range s.Holders {
		p.rows = append(p.rows, HolderOutcome{ID: h.ID, Name: h.Name, Before: h.Before})
		p.base = append(p.base, h.Before.Mul(s.PreMoney))
	}
	for i, t := range s.Tranches {
		p.firm[i] = t.Prob.Equal(one)
		if t.Multiple.Equal(one) {
			p.n[i] = t.Amount
		} else {
			p.n[i] = t.Amount.DivRound(t.Multiple, prec)
		}
		p.holder[i] = p.row(t.Investor)
		if p.holder[i] < 0 { // a new investor
			p.holder[i] = len(p.rows)
			p.rows = append(p.rows, HolderOutcome{ID: t.Investor, Name: t.Name, Before: decimal.Zero})
			p.base = append(p.base, decimal.Zero)
		}
	}
	others := s.Others()
	p.rows = append(p.rows, HolderOutcome{ID: Others, Name: OthersName, Before: others})
	p.base = append(p.base, others.Mul(s.PreMoney))
	for _, pt := range s.Partners {
		gw := times(pt.GW, s.PricePerGW)
		c := plus(pt.Commit, gw)
		p.partner = append(p.partner, p.row(pt.ID))
		p.compute = append(p.compute, gw)
		p.commit = append(p.commit, c)
		p.unpaid = append(p.unpaid, c.Mul(s.Unpaid))
	}
	p.years = prepareYears(s, p.commit)
	return p
}

// row returns the row of holder id, or -1.
func (p *prepared) row(id string) int {
	for r, row := range p.rows {
		if row.ID == id {
			return r
		}
	}
	return -1
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
	s, one := p.s, p.one
	fixed := s.PreMoney // P of the tranches that always close
	var cond []int
	always := make([]bool, len(probs))
	for i, q := range probs {
		switch {
		case q.Equal(one):
			always[i] = true
			fixed = plus(fixed, p.n[i])
		case q.Sign() > 0:
			cond = append(cond, i)
		}
	}

	var invP decimal.Decimal // E[1/P]
	var e enum
	if len(cond) == 0 {
		invP = one.DivRound(fixed, prec)
	} else {
		e = enum{one: one, n: make([]decimal.Decimal, len(cond)), q: make([]decimal.Decimal, len(cond)),
			qc: make([]decimal.Decimal, len(cond)), acc: make([]decimal.Decimal, len(cond))}
		for j, i := range cond {
			e.n[j], e.q[j], e.qc[j] = p.n[i], probs[i], one.Sub(probs[i])
		}
		invP = e.walk(0, one, fixed)
	}

	nr := len(p.rows)
	buf := make([]decimal.Decimal, 4*nr)
	fixedNum := buf[:nr:nr]         // shares × p that do not vary, per row
	num := buf[nr : 2*nr : 2*nr]    // E[shares × p]
	cost := buf[2*nr : 3*nr : 3*nr] // E[money put in this round]
	stake := buf[3*nr:]             // E[stake after]
	copy(fixedNum, p.base)
	raised := decimal.Zero
	for i, q := range probs {
		if q.Sign() == 0 {
			continue
		}
		r, amount := p.holder[i], s.Tranches[i].Amount
		if always[i] {
			fixedNum[r] = plus(fixedNum[r], p.n[i])
		} else {
			amount = q.Mul(amount)
		}
		raised = plus(raised, amount)
		cost[r] = plus(cost[r], amount)
	}
	copy(num, fixedNum)
	post := fixed
	for r := range stake {
		stake[r] = times(fixedNum[r], invP)
	}
	// Dilution 1 − V/P, written (P − V)/P so that it is exactly 0 when
	// nothing closes and never negative after rounding 1/P.
	dilution := times(fixed.Sub(s.PreMoney), invP)
	for j, i := range cond {
		r, add, part := p.holder[i], probs[i].Mul(p.n[i]), p.n[i].Mul(e.acc[j])
		post, num[r] = plus(post, add), plus(num[r], add)
		stake[r], dilution = plus(stake[r], part), plus(dilution, part)
	}

	o := Outcome{
		PostMoney:     post,
		Raised:        raised,
		Dilution:      dilution,
		Holders:       make([]HolderOutcome, len(p.rows)),
		Partners:      make([]PartnerOutcome, len(s.Partners)),
		TotalRaised:   raised.Add(decimal.New(raisedBefore, 0)),
		MultiplePrev:  post.DivRound(decimal.New(prevPost, 0), prec),
		UpsideIPO:     s.IPO.Mul(invP).Sub(one),
		PerWeeklyUser: post.Shift(1).DivRound(decimal.New(9, 0), prec),  // P × 1e9 / 900e6
		PerSubscriber: post.Shift(3).DivRound(decimal.New(59, 0), prec), // P × 1e9 / 59e6
		Time:          p.timeline(probs),
	}
	for r, row := range p.rows {
		row.After = stake[r]
		row.Change = minus(stake[r], row.Before)
		row.Value = num[r]
		o.Holders[r] = row
	}
	for i, pt := range s.Partners {
		po := PartnerOutcome{ID: pt.ID, Stake: decimal.Zero, EquityRound: decimal.Zero, CostBasis: pt.Invested}
		if r := p.partner[i]; r >= 0 {
			po.Stake, po.EquityRound = stake[r], num[r]
			po.CostBasis = plus(po.CostBasis, cost[r])
		}
		po.EquityIPO = times(po.Stake, s.IPO)
		po.EquityStress = times(po.EquityRound, p.keep)
		po.PaperGain = minus(po.EquityRound, po.CostBasis)
		po.Compute = p.compute[i]
		po.Commitments = p.commit[i]
		po.NetFlow = minus(po.Commitments, po.CostBasis)
		po.CollapseEquity, po.CollapseUnpaid = times(po.EquityRound, s.Haircut), p.unpaid[i]
		po.CollapseLoss = plus(po.CollapseEquity, po.CollapseUnpaid)
		po.CollapseShare = po.CollapseLoss.DivRound(pt.MarketCap, prec)
		o.Partners[i] = po
	}
	return o
}

// mul is a product inside the walk over the combinations: it drops
// decimals beyond prec (see prec).
func mul(a, b decimal.Decimal) decimal.Decimal { return a.Mul(b).Truncate(prec) }

// plus, minus and times skip the arithmetic (and its allocations) when an
// operand is zero, as many are: new investors' pre-round shares, partners
// without a tranche, the stressed equity under a 100 % haircut.
func plus(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case b.Sign() == 0:
		return a
	case a.Sign() == 0:
		return b
	}
	return a.Add(b)
}

func minus(a, b decimal.Decimal) decimal.Decimal {
	if b.Sign() == 0 {
		return a
	}
	return a.Sub(b)
}

func times(a, b decimal.Decimal) decimal.Decimal {
	if a.Sign() == 0 || b.Sign() == 0 {
		return decimal.Zero
	}
	return a.Mul(b)
}

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
