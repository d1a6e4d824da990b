package model

import (
	"iter"
	"strings"

	"github.com/shopspring/decimal"
)

// Unit is how a parameter's value reads in a URL, a field or a file.
type Unit int

const (
	Money    Unit = iota // billions of dollars
	Percent              // %; the scenario holds the fraction (27 % is 0.27)
	Multiple             // a price multiple (1 = the round price)
	Whole                // a whole year (2027) or a whole number of years
)

// Section is the part of the page that shows a parameter's slider.
type Section string

const (
	SectionValuation Section = "valuation" // the round's valuations: the main levers
	SectionCollapse  Section = "collapse"  // the stress assumptions: what a collapse wipes out
	SectionStakes    Section = "stakes"    // named stakes before the round
	SectionTranches  Section = "tranches"  // each tranche's amount, probability and multiple
	SectionTies      Section = "ties"      // each partner's investment, commitments and size
	SectionRoutes    Section = "routes"    // the revenue routed through the partnership map
	SectionPay       Section = "pay"       // whether OpenAI can pay what it owes: a main lever of the story
)

// Param is one numeric input as the URL, the sliders and the export file
// know it: the one place that says its name, unit, accepted range, slider
// track and step, section, and where it lives in a Scenario. A family
// stands for one parameter per id: "s" for s.msft, s.fdn and s.sftb.
type Param struct {
	Name   string // "pre", or a family's prefix: "s", "t", "q", "m", "inv", "commit", "cap", "mix"
	Family bool
	Unit   Unit
	// Min and Max are the accepted range, in the URL unit (% for Percent).
	Min, Max decimal.Decimal
	// Step is the slider's step; its track is Track's. A typed value may
	// lie anywhere in [Min, Max] and be finer than Step.
	Step    decimal.Decimal
	Section Section

	// track is the slider's range: a plausible range around the article's
	// value, so that a drag moves it usefully; tracks overrides it for a
	// member whose size is of another order (SoftBank's market cap).
	track  [2]decimal.Decimal
	tracks map[string][2]decimal.Decimal

	lo, hi int64 // Min and Max in tenths, for the range check's fast path
	// ids lists a family's members in s; ref points at the value of
	// member id (nil when s has no such member), in the scenario's unit.
	ids func(s *Scenario) []string
	ref func(s *Scenario, id string) *decimal.Decimal
	// internal: checked by Validate, not a URL parameter.
	internal bool
}

// Params yields the URL's numeric parameters in their canonical order.
// An iterator: the page reads the table on every change, so it copies
// nothing it does not need.
func Params() iter.Seq[Param] {
	return func(yield func(Param) bool) {
		for _, p := range paramTable {
			if !p.internal && !yield(p) {
				return
			}
		}
	}
}

// ParamOf returns the parameter of a URL name ("pre", "s.msft", "t.x1")
// and the member id ("" for a single parameter). It does not say whether a
// scenario has that member: Scenario.Value does.
func ParamOf(name string) (Param, string, bool) {
	kind, id, family := strings.Cut(name, ".")
	p, ok := paramNamed(kind, family)
	if !ok || p.internal || (family && id == "") {
		return Param{}, "", false
	}
	return p, id, true
}

// UnitOf returns the unit of a URL parameter, or of a family by its own
// name ("s" and "mix" name their sum rules in an Error).
func UnitOf(name string) (Unit, bool) {
	if p, _, ok := ParamOf(name); ok {
		return p.Unit, true
	}
	if p, ok := paramNamed(name, true); ok && !p.internal {
		return p.Unit, true
	}
	return 0, false
}

// Names lists the URL names of s's numeric parameters, in canonical order.
func (s Scenario) Names() []string {
	var out []string
	for _, p := range paramTable {
		if !p.internal {
			out = append(out, p.members(&s)...)
		}
	}
	return out
}

// With returns s with parameter name set to v, given in its URL unit, or
// the problem: the parameter and its range, or a rule across fields (named
// stakes over 100 %). s itself is not changed.
func (s Scenario) With(name string, v decimal.Decimal) (Scenario, []Error) {
	p, id, ok := ParamOf(name)
	if !ok {
		return s, []Error{{Code: ErrUnknownValue, Field: shorten(name), Value: v.String()}}
	}
	if e := p.check(name, v, v.String()); e != nil {
		return s, []Error{*e}
	}
	next := s.clone()
	ref := p.ref(&next, id)
	if ref == nil {
		return s, []Error{{Code: ErrUnknownValue, Field: shorten(name), Value: v.String()}}
	}
	*ref = p.fromURL(v)
	if errs := next.Validate(); errs != nil {
		return s, errs
	}
	return next, nil
}

// IsParam reports whether name is a parameter of the scenario: a numeric
// one (ParamOf) or an added investor's name (name.x1). Other parameters of
// a URL (the page's own, Pym.js's) are none of the model's business.
func IsParam(name string) bool {
	if id, ok := strings.CutPrefix(name, "name."); ok {
		return id != ""
	}
	_, _, ok := ParamOf(name)
	return ok
}

// Value returns s's value of a URL parameter in its URL unit (27 for
// s.msft), and false when s has no such parameter.
func (s Scenario) Value(name string) (decimal.Decimal, bool) {
	p, id, ok := ParamOf(name)
	if !ok {
		return decimal.Zero, false
	}
	v := p.ref(&s, id)
	if v == nil {
		return decimal.Zero, false
	}
	return p.toURL(*v), true
}

// Track returns the slider's range for member id ("" for a single
// parameter), in the URL unit. The article's value sits between 15 % and
// 85 % of it, except where it is an end of its scale (a 100 % haircut, a
// probability, a zero) or the revenue mix, whose shares move together.
func (p Param) Track(id string) (lo, hi decimal.Decimal) {
	if t, ok := p.tracks[id]; ok {
		return t[0], t[1]
	}
	return p.track[0], p.track[1]
}

// toURL converts a scenario value to the URL unit (fractions to %).
func (p Param) toURL(v decimal.Decimal) decimal.Decimal {
	if p.Unit == Percent {
		return v.Shift(2)
	}
	return v
}

// fromURL converts a URL-unit value to the scenario's unit.
func (p Param) fromURL(v decimal.Decimal) decimal.Decimal {
	if p.Unit == Percent {
		return v.Shift(-2)
	}
	return v
}

// members lists the URL names of p in s: p.Name, or one per member.
func (p Param) members(s *Scenario) []string {
	if !p.Family {
		return []string{p.Name}
	}
	ids := p.ids(s)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = p.Name + "." + id
	}
	return out
}

// paramNamed returns the row of a single parameter or of a family.
func paramNamed(name string, family bool) (Param, bool) {
	for _, p := range paramTable {
		if p.Name == name && p.Family == family {
			return p, true
		}
	}
	return Param{}, false
}

// paramTable is every input, in canonical order (URL encoding, messages).
// Read-only after initialisation.
var paramTable = []Param{
	row("pre", Money, "1", "10000", "100", "2000", "5", SectionValuation, scalar(func(s *Scenario) *decimal.Decimal { return &s.PreMoney })),
	row("ipo", Money, "1", "100000", "200", "3000", "5", SectionValuation, scalar(func(s *Scenario) *decimal.Decimal { return &s.IPO })),
	row("haircut", Percent, "0", "100", "0", "100", "1", SectionCollapse, scalar(func(s *Scenario) *decimal.Decimal { return &s.Haircut })),
	row("unpaid", Percent, "0", "100", "0", "100", "1", SectionCollapse, scalar(func(s *Scenario) *decimal.Decimal { return &s.Unpaid })),
	row("gw", Money, "0", "200", "0", "100", "1", SectionTies, scalar(func(s *Scenario) *decimal.Decimal { return &s.PricePerGW })),
	row("s", Percent, "0", "100", "0", "60", "0.1", SectionStakes, holders(func(h *Holder) *decimal.Decimal { return &h.Before })),
	row("t", Money, "0", "1000", "0", "80", "0.5", SectionTranches, tranches(func(t *Tranche) *decimal.Decimal { return &t.Amount })),
	row("q", Percent, "0", "100", "0", "100", "1", SectionTranches, tranches(func(t *Tranche) *decimal.Decimal { return &t.Prob })),
	row("m", Multiple, "0.1", "10", "0.1", "3", "0.05", SectionTranches, tranches(func(t *Tranche) *decimal.Decimal { return &t.Multiple })),
	row("y", Whole, "2026", "2035", "2026", "2031", "1", SectionTranches, tranches(func(t *Tranche) *decimal.Decimal { return &t.Year })),
	row("inv", Money, "0", "1000", "0", "80", "0.5", SectionTies, partners(func(p *Partner) *decimal.Decimal { return &p.Invested })),
	row("commit", Money, "0", "5000", "0", "800", "10", SectionTies, partners(func(p *Partner) *decimal.Decimal { return &p.Commit })),
	withTrack(row("cap", Money, "1", "100000", "500", "6000", "10", SectionTies, partners(func(p *Partner) *decimal.Decimal { return &p.MarketCap })),
		SoftBank, "10", "600"),
	row("years", Whole, "1", "10", "1", "10", "1", SectionTies, partners(func(p *Partner) *decimal.Decimal { return &p.Years })),
	row("other", Money, "0", "5000", "0", "1500", "1", SectionTies, scalar(func(s *Scenario) *decimal.Decimal { return &s.Other })),
	row("rev", Money, "0", "1000", "0", "100", "1", SectionRoutes, scalar(func(s *Scenario) *decimal.Decimal { return &s.Revenue })),
	row("share", Percent, "0", "50", "0", "50", "1", SectionRoutes, scalar(func(s *Scenario) *decimal.Decimal { return &s.RevShare })),
	row("mix", Percent, "0", "100", "0", "100", "1", SectionRoutes, channels(func(c *ChannelShare) *decimal.Decimal { return &c.Share })),
	row("growth", Percent, "0", "200", "0", "150", "1", SectionPay, scalar(func(s *Scenario) *decimal.Decimal { return &s.Growth })),
	// A partner's compute in GW is set in code only (Nvidia's 5 GW).
	internal(row("gw", Money, "0", "100", "0", "100", "1", SectionTies, partners(func(p *Partner) *decimal.Decimal { return &p.GW }))),
}

// place says where a parameter lives in a scenario.
type place struct {
	family bool
	ids    func(s *Scenario) []string
	ref    func(s *Scenario, id string) *decimal.Decimal
}

func scalar(f func(s *Scenario) *decimal.Decimal) place {
	return place{ref: func(s *Scenario, id string) *decimal.Decimal { return f(s) }}
}

func holders(f func(h *Holder) *decimal.Decimal) place {
	return members(func(s *Scenario) []Holder { return s.Holders }, func(h *Holder) string { return h.ID }, f)
}

func tranches(f func(t *Tranche) *decimal.Decimal) place {
	return members(func(s *Scenario) []Tranche { return s.Tranches }, func(t *Tranche) string { return t.ID }, f)
}

func partners(f func(p *Partner) *decimal.Decimal) place {
	return members(func(s *Scenario) []Partner { return s.Partners }, func(p *Partner) string { return p.ID }, f)
}

func channels(f func(c *ChannelShare) *decimal.Decimal) place {
	return members(func(s *Scenario) []ChannelShare { return s.Mix }, func(c *ChannelShare) string { return c.ID }, f)
}

// members is a family over one of a scenario's lists: its ids, and a
// pointer to the value of member id (nil when the list has none).
func members[T any](list func(s *Scenario) []T, idOf func(*T) string, f func(*T) *decimal.Decimal) place {
	m := memberList[T]{list, idOf, f}
	return place{true, m.ids, m.ref}
}

// memberList is members' family. Methods rather than closures: a method is
// compiled once per list type, where members' closures were compiled again
// in every row that calls it (15 KB of app.wasm).
type memberList[T any] struct {
	list func(s *Scenario) []T
	idOf func(*T) string
	f    func(*T) *decimal.Decimal
}

func (m memberList[T]) ids(s *Scenario) []string {
	xs := m.list(s)
	out := make([]string, len(xs))
	for i := range xs {
		out[i] = m.idOf(&xs[i])
	}
	return out
}

func (m memberList[T]) ref(s *Scenario, id string) *decimal.Decimal {
	xs := m.list(s)
	for i := range xs {
		if m.idOf(&xs[i]) == id {
			return m.f(&xs[i])
		}
	}
	return nil
}

// row builds a table row; bounds are written once, as decimal strings.
func row(name string, u Unit, lo, hi, trackLo, trackHi, step string, sec Section, at place) Param {
	return Param{
		Name: name, Family: at.family, Unit: u,
		Min: d(lo), Max: d(hi), track: [2]decimal.Decimal{d(trackLo), d(trackHi)}, Step: d(step), Section: sec,
		lo: tenths(lo), hi: tenths(hi), ids: at.ids, ref: at.ref,
	}
}

// withTrack gives member id its own slider range.
func withTrack(p Param, id, lo, hi string) Param {
	p.tracks = map[string][2]decimal.Decimal{id: {d(lo), d(hi)}}
	return p
}

func internal(p Param) Param {
	p.internal = true
	return p
}

// tenths reads a bound with at most one decimal as an integer of tenths.
func tenths(v string) int64 {
	return d(v).Shift(1).IntPart()
}

// ParamKeys lists the scenario's URL parameters as a script outside Go
// matches them: a single parameter by its name, a family by its prefix
// with the dot ("s."), the added investors' names ("name.") included.
func ParamKeys() []string {
	out := []string{"name."}
	for p := range Params() {
		if p.Family {
			out = append(out, p.Name+".")
		} else {
			out = append(out, p.Name)
		}
	}
	return out
}
