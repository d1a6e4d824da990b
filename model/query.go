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

// ReadQuery splits a raw query string (after the "?") into its parameters.
// url.ParseQuery drops a pair it cannot read and says so only as one error
// for the whole string, so ?pre=%zz showed the article's figures as the
// link's. Here every such pair is refused, with ErrMalformed naming its key:
// a key or a value whose %-escapes do not decode, or a semicolon anywhere
// in the pair (net/url no longer takes it for a separator, and guessing
// would apply what the link may not mean). The other pairs read as
// url.ParseQuery reads them. An identical refusal is reported once.
func ReadQuery(raw string) (url.Values, []Error) {
	q := url.Values{}
	var errs []Error
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		key, kerr := url.QueryUnescape(rawKey)
		value, verr := url.QueryUnescape(rawValue)
		if kerr != nil || verr != nil || strings.Contains(pair, ";") {
			name := rawKey
			if kerr == nil && !strings.Contains(rawKey, ";") {
				name = key // the name the page knows the parameter by
			}
			errs = append(errs, Error{Code: ErrMalformed, Field: keyName(name), Value: shorten(rawValue)})
			continue
		}
		q[key] = append(q[key], value)
	}
	return q, dedupe(errs)
}

// Query encodes s canonically as URL parameters: only those that differ
// from Default(), numbers with a dot, percentages in %. Added tranches
// always carry t.xN.
func (s Scenario) Query() url.Values { return s.params(false) }

// params encodes s's parameters; all=false leaves out those equal to the
// default. An added tranche always carries its amount, and its name when
// it differs from AddedName.
func (s Scenario) params(all bool) url.Values {
	q := url.Values{}
	def := Default()
	for _, p := range paramTable {
		if p.internal {
			continue
		}
		for _, field := range p.members(&s) {
			_, id, _ := strings.Cut(field, ".")
			v := *p.ref(&s, id)
			_, added := addedNum(id)
			var base *decimal.Decimal
			if added && p.Section == SectionTranches {
				base = addedDefault(p.Name)
			} else {
				base = p.ref(&def, id)
			}
			if all || base == nil || !v.Equal(*base) || (added && p.Name == "t") {
				q.Set(field, formatNumber(p.toURL(v)))
			}
		}
	}
	for _, t := range s.Tranches {
		if _, added := addedNum(t.ID); added && (all || t.Name != AddedName(t.ID)) {
			q.Set("name."+t.ID, t.Name)
		}
	}
	return q
}

// addedDefault is the value an added tranche takes when its URL leaves a
// parameter out: amount 0 (never left out), firm, at the round price, paid
// in the first year.
func addedDefault(name string) *decimal.Decimal {
	v := decimal.NewFromInt(1)
	switch name {
	case "t":
		v = decimal.Zero
	case "y":
		v = decimal.NewFromInt(FirstYear)
	}
	return &v
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
	if _, _, ok := ParamOf(field); !ok {
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
	param, _, _ := ParamOf(field)
	raw := vs[0]
	n, ok := parseNumber(raw)
	if !ok {
		p.errs = append(p.errs, Error{Code: ErrNotNumber, Field: field, Value: shorten(raw), Min: param.Min.String(), Max: param.Max.String()})
		return decimal.Zero, false
	}
	if e := param.check(field, n, shorten(raw)); e != nil {
		p.errs = append(p.errs, *e)
		return decimal.Zero, false
	}
	return param.fromURL(n), true
}

// set applies field to *dst when present and valid.
func (p *parser) set(field string, dst *decimal.Decimal) {
	if v, ok := p.number(field); ok {
		*dst = v
	}
}

// group applies every member of prm present in the query to s, and reports
// whether any was.
func (p *parser) group(prm Param, s *Scenario) bool {
	changed := false
	for _, field := range prm.members(s) {
		_, id, _ := strings.Cut(field, ".")
		if v, ok := p.number(field); ok {
			*prm.ref(s, id) = v
			changed = true
		}
	}
	return changed
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
// rejected in tranche order, with one ErrConditional (Field "q", Value the
// count asked for). An identical refusal is reported once.
func ParseQuery(base Scenario, q url.Values) (Scenario, []Error) {
	if base.Validate() != nil {
		base = Default()
	}
	s := base.clone()
	p := &parser{q: q}
	for _, prm := range paramTable {
		switch {
		case prm.internal:
		case prm.Name == "s":
			// Named stakes: apply together or not at all.
			next := append([]Holder(nil), s.Holders...)
			if p.group(prm, &Scenario{Holders: next}) {
				if e := stakesProblem(next); e != nil {
					p.errs = append(p.errs, *e)
				} else {
					s.Holders = next
				}
			}
		case prm.Name == "mix":
			// Channel mix: apply together or not at all.
			next := append([]ChannelShare(nil), s.Mix...)
			p.group(prm, &Scenario{Mix: next})
			if e := mixProblem(next); e != nil {
				p.errs = append(p.errs, *e)
			} else {
				s.Mix = next
			}
		case prm.Name == "t":
			p.tranches(&s) // t, q and m, with the added tranches and their names
		case prm.Section == SectionTranches:
		default:
			p.group(prm, &s)
		}
	}

	if errs := s.Validate(); errs != nil { // cannot happen; never return an invalid scenario
		return base, dedupe(append(p.errs, errs...))
	}
	return s, dedupe(p.errs)
}

// tranches applies t.*, q.*, m.*, y.* and name.* and creates the added tranches.
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
				Amount: v, Prob: one, Multiple: one, Year: *addedDefault("y")})
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
		p.set("y."+t.ID, &t.Year)
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
	refused := 0
	for i := range s.Tranches {
		t := &s.Tranches[i]
		w := wanted[i]
		if w == nil {
			continue
		}
		if !w.Equal(one) && t.Firm() {
			if count >= MaxConditional {
				refused++
				continue
			}
			count++
		}
		t.Prob = *w
	}
	// One refusal for them all, with the count asked for: a message per
	// refused tranche said the same thing up to 89 times.
	if refused > 0 {
		p.errs = append(p.errs, conditionalError("q", count+refused))
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
