package model

import (
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// maxNumberLen is the longest number string parsed; longer ones are refused
// before any decimal parsing ("1e999999999" and friends never reach it).
const maxNumberLen = 40

// parseNumber reads a URL number: optional minus, digits, optional dot and
// digits; no exponent, no comma. Surrounding spaces are ignored.
func parseNumber(v string) (decimal.Decimal, bool) {
	v = strings.TrimSpace(v)
	if len(v) == 0 || len(v) > maxNumberLen {
		return decimal.Zero, false
	}
	digits, dot := 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && i == 0:
		case c == '.' && !dot && digits > 0 && i < len(v)-1:
			dot = true
		default:
			return decimal.Zero, false
		}
	}
	if digits == 0 {
		return decimal.Zero, false
	}
	n, err := decimal.NewFromString(v)
	return n, err == nil
}

// Query encodes s canonically as URL parameters: only those that differ
// from Default(), numbers with a dot, percentages in %. Added tranches
// always carry t.xN.
func (s Scenario) Query() url.Values { return s.params(false) }

// params encodes s's parameters; all=false leaves out those equal to the
// default.
func (s Scenario) params(all bool) url.Values {
	q := url.Values{}
	def := Default()
	put := func(field string, v, base decimal.Decimal, always bool) {
		if all || always || !v.Equal(base) {
			sp, _ := specOf(field)
			q.Set(field, formatNumber(sp.urlUnit(v)))
		}
	}
	put("pre", s.PreMoney, def.PreMoney, false)
	put("ipo", s.IPO, def.IPO, false)
	put("haircut", s.Haircut, def.Haircut, false)
	put("unpaid", s.Unpaid, def.Unpaid, false)
	put("gw", s.PricePerGW, def.PricePerGW, false)
	for i, h := range s.Holders {
		if i < len(def.Holders) && h.ID == def.Holders[i].ID {
			put("s."+h.ID, h.Before, def.Holders[i].Before, false)
		}
	}
	one := decimal.NewFromInt(1)
	for i, t := range s.Tranches {
		base := Tranche{Amount: decimal.Zero, Prob: one, Multiple: one, Name: AddedName(t.ID)}
		added := true
		if i < len(def.Tranches) && t.ID == def.Tranches[i].ID {
			base, added = def.Tranches[i], false
		}
		put("t."+t.ID, t.Amount, base.Amount, added)
		put("q."+t.ID, t.Prob, base.Prob, false)
		put("m."+t.ID, t.Multiple, base.Multiple, false)
		if added && (all || t.Name != base.Name) {
			q.Set("name."+t.ID, t.Name)
		}
	}
	for i, p := range s.Partners {
		if i < len(def.Partners) && p.ID == def.Partners[i].ID {
			b := def.Partners[i]
			put("inv."+p.ID, p.Invested, b.Invested, false)
			put("commit."+p.ID, p.Commit, b.Commit, false)
			put("cap."+p.ID, p.MarketCap, b.MarketCap, false)
		}
	}
	put("rev", s.Revenue, def.Revenue, false)
	put("share", s.RevShare, def.RevShare, false)
	for i, c := range s.Mix {
		if i < len(def.Mix) && c.ID == def.Mix[i].ID {
			put("mix."+c.ID, c.Share, def.Mix[i].Share, false)
		}
	}
	return q
}

// ParseView reads the `view` parameter: "" (absent) is the all-close view,
// an unknown value is refused with ErrUnknownValue.
func ParseView(v string) (View, []Error) {
	switch View(v) {
	case ViewAll, ViewFirm, ViewExpected:
		return View(v), nil
	case "":
		return ViewAll, nil
	}
	return ViewAll, []Error{{Code: ErrUnknownValue, Field: "view", Value: shorten(v)}}
}

// ParseValue reads one numeric parameter as it comes from a URL, a field
// or a slider (pre=900, mix.chatgpt=50) and returns it in the scenario's
// unit (0.5 for 50 %), or the problem, naming the field and its range. It
// checks the value alone: rules across fields (stakes or mix summing to
// 100 %) are ParseQuery's and SetMix's.
func ParseValue(field, raw string) (decimal.Decimal, *Error) {
	if _, ok := specOf(field); !ok {
		return decimal.Zero, &Error{Code: ErrUnknownValue, Field: field, Value: shorten(raw)}
	}
	p := parser{q: url.Values{field: {raw}}}
	v, ok := p.number(field)
	if !ok {
		return decimal.Zero, &p.errs[0]
	}
	return v, nil
}

// parser applies parameters to a scenario, collecting the refusals.
type parser struct {
	q    url.Values
	errs []Error
}

// number returns the value of field in the scenario's unit, or ok=false
// when absent or refused (the refusal is recorded).
func (p *parser) number(field string) (decimal.Decimal, bool) {
	vs, present := p.q[field]
	if !present || len(vs) == 0 {
		return decimal.Zero, false
	}
	sp, _ := specOf(field)
	raw := vs[0]
	n, ok := parseNumber(raw)
	if !ok {
		p.errs = append(p.errs, Error{Code: ErrNotNumber, Field: field, Value: shorten(raw), Min: sp.min, Max: sp.max})
		return decimal.Zero, false
	}
	if e := sp.check(field, n, shorten(raw)); e != nil {
		p.errs = append(p.errs, *e)
		return decimal.Zero, false
	}
	return sp.fromURL(n), true
}

// set applies field to *dst when present and valid.
func (p *parser) set(field string, dst *decimal.Decimal) {
	if v, ok := p.number(field); ok {
		*dst = v
	}
}

// ParseQuery applies the scenario parameters of q on top of base. Rejected
// values keep base's value and are reported; unknown parameters (lang, view,
// embed, Pym.js's …) are ignored. Never panics. The result always validates;
// an invalid base is replaced by Default() first.
//
// Named stakes passing 100 % together reject every s.* (ErrStakesSum); mix.*
// not summing to 100 reject every mix.* (ErrMixSum). An added tranche xN is
// created by t.xN (q.xN defaults to 100, m.xN to 1, name.xN to "Investor
// N"); q values that would make more than 10 tranches conditional are
// rejected in tranche order (ErrConditional).
func ParseQuery(base Scenario, q url.Values) (Scenario, []Error) {
	if base.Validate() != nil {
		base = Default()
	}
	s := base.clone()
	p := &parser{q: q}
	p.set("pre", &s.PreMoney)
	p.set("ipo", &s.IPO)
	p.set("haircut", &s.Haircut)
	p.set("unpaid", &s.Unpaid)
	p.set("gw", &s.PricePerGW)

	// Named stakes: apply together or not at all.
	stakes := make([]decimal.Decimal, len(s.Holders))
	sum, changed := decimal.Zero, false
	for i, h := range s.Holders {
		stakes[i] = h.Before
		if v, ok := p.number("s." + h.ID); ok {
			stakes[i], changed = v, true
		}
		sum = sum.Add(stakes[i])
	}
	if sum.GreaterThan(decimal.NewFromInt(1)) {
		p.errs = append(p.errs, *stakesSumError(sum))
	} else if changed {
		for i := range s.Holders {
			s.Holders[i].Before = stakes[i]
		}
	}

	p.tranches(&s)

	for i := range s.Partners {
		id := s.Partners[i].ID
		p.set("inv."+id, &s.Partners[i].Invested)
		p.set("commit."+id, &s.Partners[i].Commit)
		p.set("cap."+id, &s.Partners[i].MarketCap)
	}
	p.set("rev", &s.Revenue)
	p.set("share", &s.RevShare)

	// Channel mix: apply together or not at all.
	mix := make([]decimal.Decimal, len(s.Mix))
	sum, changed = decimal.Zero, false
	for i, c := range s.Mix {
		mix[i] = c.Share
		if v, ok := p.number("mix." + c.ID); ok {
			mix[i], changed = v, true
		}
		sum = sum.Add(mix[i])
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		p.errs = append(p.errs, *mixSumError(sum))
	} else if changed {
		for i := range s.Mix {
			s.Mix[i].Share = mix[i]
		}
	}

	if errs := s.Validate(); errs != nil { // cannot happen; never return an invalid scenario
		return base, append(p.errs, errs...)
	}
	return s, p.errs
}

// tranches applies t.*, q.*, m.* and name.* and creates the added tranches.
func (p *parser) tranches(s *Scenario) {
	// Added tranches named by t.xN, in increasing N.
	have := map[string]bool{}
	for _, t := range s.Tranches {
		have[t.ID] = true
	}
	var nums []int
	for k := range p.q {
		if id, ok := strings.CutPrefix(k, "t."); ok {
			if n, ok := addedNum(id); ok && !have[id] {
				nums = append(nums, n)
			}
		}
	}
	sort.Ints(nums)
	one := decimal.NewFromInt(1)
	for _, n := range nums {
		id := "x" + strconv.Itoa(n)
		if v, ok := p.number("t." + id); ok {
			s.Tranches = append(s.Tranches, Tranche{ID: id, Investor: id, Name: AddedName(id),
				Amount: v, Prob: one, Multiple: one})
		}
	}
	sort.SliceStable(s.Tranches, func(a, b int) bool { return trancheOrder(s.Tranches[a].ID) < trancheOrder(s.Tranches[b].ID) })

	// Amounts, multiples, names; probabilities wait for the count below.
	wanted := make([]*decimal.Decimal, len(s.Tranches))
	for i := range s.Tranches {
		t := &s.Tranches[i]
		if have[t.ID] {
			p.set("t."+t.ID, &t.Amount)
		}
		if v, ok := p.number("q." + t.ID); ok {
			wanted[i] = &v
		}
		p.set("m."+t.ID, &t.Multiple)
		if _, added := addedNum(t.ID); added {
			if vs, ok := p.q["name."+t.ID]; ok && len(vs) > 0 {
				if e := checkName("name."+t.ID, vs[0]); e != nil {
					p.errs = append(p.errs, *e)
				} else {
					t.Name = vs[0]
				}
			}
		}
	}

	// At most MaxConditional conditional tranches: a tranche that stays
	// conditional whatever happens counts first; then q values that would
	// make a firm tranche conditional are taken in order while room is left.
	count := 0
	for i, t := range s.Tranches {
		if !t.Firm() && (wanted[i] == nil || !wanted[i].Equal(one)) {
			count++
		}
	}
	for i := range s.Tranches {
		t := &s.Tranches[i]
		w := wanted[i]
		if w == nil {
			continue
		}
		if !w.Equal(one) && t.Firm() {
			if count >= MaxConditional {
				p.errs = append(p.errs, conditionalError("q."+t.ID, count+1))
				continue
			}
			count++
		}
		t.Prob = *w
	}
}

// trancheOrder sorts default tranches first, then added ones by number.
func trancheOrder(id string) int {
	if n, ok := addedNum(id); ok {
		return 100 + n
	}
	for i, d := range []string{TrancheSoftBank, TrancheNvidia, TrancheAmazon, TrancheAmazon2} {
		if id == d {
			return i
		}
	}
	return 1000
}
