package model

import (
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParamOf(t *testing.T) {
	for _, c := range []struct {
		name, want, id string
		unit           Unit
		ok             bool
	}{
		{"pre", "pre", "", Money, true},
		{"haircut", "haircut", "", Percent, true},
		{"s.msft", "s", "msft", Percent, true},
		{"t.x7", "t", "x7", Money, true},
		{"m.amzn2", "m", "amzn2", Multiple, true},
		{"mix.api-partner", "mix", "api-partner", Percent, true},
		{"s", "", "", 0, false},       // a family needs an id
		{"s.", "", "", 0, false},      // and a non-empty one
		{"pre.x", "", "", 0, false},   // a single parameter has none
		{"gw.nvda", "", "", 0, false}, // a partner's GW is not a URL parameter
		{"name.x1", "", "", 0, false}, // text, not a number
		{"view", "", "", 0, false},    // the page's
		{"childId", "", "", 0, false}, // Pym.js's
	} {
		p, id, ok := ParamOf(c.name)
		assert.Equal(t, c.ok, ok, c.name)
		if ok {
			assert.Equal(t, c.want, p.Name, c.name)
			assert.Equal(t, c.id, id, c.name)
			assert.Equal(t, c.unit, p.Unit, c.name)
		}
	}
	for name, want := range map[string]bool{"pre": true, "s.msft": true, "name.x1": true, "name.": false,
		"view": false, "lang": false, "initialWidth": false, "gw.nvda": false} {
		assert.Equal(t, want, IsParam(name), name)
	}
	for name, want := range map[string]Unit{"s": Percent, "mix": Percent, "q.x1": Percent, "cap.msft": Money, "m": Multiple} {
		u, ok := UnitOf(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, u, name)
	}
	_, ok := UnitOf("name.x1")
	assert.False(t, ok)
}

// Every row is consistent: the slider's track lies within the accepted
// range, the step is positive, and the article's value is accepted.
func TestParamTable(t *testing.T) {
	def := Default()
	for p := range Params() {
		assert.True(t, p.Min.LessThan(p.Max), p.Name)
		assert.True(t, p.Step.IsPositive(), p.Name)
		assert.NotEmpty(t, p.Section, p.Name)
		for _, name := range p.members(&def) {
			v, ok := def.Value(name)
			require.True(t, ok, name)
			assert.Nil(t, p.check(name, v, v.String()), name)
			_, id, _ := ParamOf(name)
			lo, hi := p.Track(id)
			assert.False(t, lo.LessThan(p.Min), name)
			assert.False(t, hi.GreaterThan(p.Max), name)
			// A browser puts a range input's values on lo + k × step.
			assert.True(t, lo.Mod(p.Step).IsZero() || lo.Equal(p.Min), "%s: track starts off the step", name)
			// The article's value sits well inside the track, so that a
			// drag moves it usefully; not for what sits at an end of its
			// scale or moves with others.
			at := v.Sub(lo).Div(hi.Sub(lo))
			exempt := p.Name == "q" || p.Name == "mix" || v.IsZero() || v.Equal(p.Min) || v.Equal(p.Max)
			if !exempt {
				assert.True(t, at.GreaterThanOrEqual(d("0.15")) && at.LessThanOrEqual(d("0.85")),
					"%s = %s sits at %s of its track [%s, %s]", name, v, at.StringFixed(2), lo, hi)
			}
		}
	}
}

// The table drives the URL form: every numeric parameter the export
// writes is one of the scenario's Names, and each reads back as Value.
func TestNamesAreTheURLForm(t *testing.T) {
	s, errs := ParseQuery(Default(), url.Values{"t.x1": {"5"}, "q.x1": {"40"}, "s.msft": {"20"}})
	require.Empty(t, errs)
	var names []string
	for k, vs := range s.params(true) {
		if strings.HasPrefix(k, "name.") {
			continue
		}
		names = append(names, k)
		v, ok := s.Value(k)
		require.True(t, ok, k)
		assert.Equal(t, vs[0], v.String(), k)
	}
	sort.Strings(names)
	got := s.Names()
	sort.Strings(got)
	assert.Equal(t, names, got)
	v, _ := s.Value("q.x1")
	assert.Equal(t, "40", v.String())
}

func TestWith(t *testing.T) {
	def := Default()
	for _, c := range []struct {
		name, value string
		code        string // "" when accepted
	}{
		{"pre", "900", ""},
		{"s.msft", "27.5", ""},
		{"q.amzn2", "100", ""},
		{"pre", "0", ErrRange},
		{"s.msft", "70", ErrStakesSum}, // 70 + 26 + 11 > 100
		{"t.x1", "5", ErrUnknownValue}, // adding a tranche is ParseQuery's
		{"name.x1", "1", ErrUnknownValue},
	} {
		got, errs := def.With(c.name, d(c.value))
		if c.code == "" {
			require.Empty(t, errs, c.name)
			v, _ := got.Value(c.name)
			assert.True(t, v.Equal(d(c.value)), c.name)
			assert.Empty(t, got.Validate())
			continue
		}
		require.NotEmpty(t, errs, c.name)
		assert.Equal(t, c.code, errs[0].Code, c.name)
		assert.Empty(t, sameScenario(def, got), "%s: a refusal keeps the scenario", c.name)
	}
	// With never changes its receiver.
	before := Default()
	_, _ = before.With("s.msft", decimal.NewFromInt(20))
	assert.Empty(t, sameScenario(Default(), before))
}
