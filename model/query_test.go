package model

import (
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withAdded is the default scenario plus an added tranche x1.
func withAdded() Scenario {
	s := Default()
	s.Tranches = append(s.Tranches, Tranche{ID: "x1", Investor: "x1", Name: "Mubadala", Amount: d("10"),
		Prob: d("1"), Multiple: d("1"), Year: d("2026")})
	return s
}

func TestQueryCanonical(t *testing.T) {
	assert.Empty(t, Default().Query(), "the article's scenario is the bare URL")
	s := Default()
	s.Haircut = d("0.8")
	s.Holders[0].Before = d("0.30")
	s.Tranches[3].Prob = d("0.75")
	s.PreMoney = d("800.50")
	s.Partners[2].MarketCap = d("4610.0") // equal to the default: left out
	s.Mix = s.SetMix(ChannelChatGPT, d("0.6")).Mix
	// The rounding residue (−1e-30) goes to the largest other channel, api.
	assert.Equal(t, "haircut=80&mix.api=26.6666666666666666666666666666&mix.api-partner=6.6666666666666666666666666667"+
		"&mix.bedrock-stateful=2.6666666666666666666666666667&mix.chatgpt=60&mix.frontier-aws=4&pre=800.5&q.amzn2=75&s.msft=30",
		s.Query().Encode())
	a := withAdded()
	assert.Equal(t, "name.x1=Mubadala&t.x1=10", a.Query().Encode())
	a.Tranches[4].Name = AddedName("x1")
	a.Tranches[4].Prob = d("0.5")
	a.Tranches[4].Multiple = d("1.25")
	assert.Equal(t, "m.x1=1.25&q.x1=50&t.x1=10", a.Query().Encode())
}

func TestParseQueryApplies(t *testing.T) {
	q, _ := url.ParseQuery("pre=800&ipo=1200.5&haircut=80&unpaid=25&gw=40&s.msft=30&s.fdn=20&s.sftb=10" +
		"&t.sftb=40&q.sftb=90&m.sftb=1.5&t.amzn2=0&q.amzn2=0&inv.msft=20&commit.amzn=150&cap.nvda=5000" +
		"&rev=30&share=15&mix.chatgpt=50&mix.api=30&mix.api-partner=10&mix.frontier-aws=5&mix.bedrock-stateful=5" +
		"&t.x2=12&q.x2=40&m.x2=2&name.x2=Mubadala+%26+co&t.x1=3&lang=en&view=firm&embed=1&childId=c&initialWidth=600")
	s, errs := ParseQuery(Default(), q)
	require.Empty(t, errs)
	want := Default()
	want.PreMoney, want.IPO, want.Haircut, want.Unpaid, want.PricePerGW = d("800"), d("1200.5"), d("0.8"), d("0.25"), d("40")
	want.Holders[0].Before, want.Holders[1].Before, want.Holders[2].Before = d("0.3"), d("0.2"), d("0.1")
	want.Tranches[0].Amount, want.Tranches[0].Prob, want.Tranches[0].Multiple = d("40"), d("0.9"), d("1.5")
	want.Tranches[3].Amount, want.Tranches[3].Prob = d("0"), d("0")
	want.Tranches = append(want.Tranches,
		Tranche{ID: "x1", Investor: "x1", Name: "Investor 1", Amount: d("3"), Prob: d("1"), Multiple: d("1"), Year: d("2026")},
		Tranche{ID: "x2", Investor: "x2", Name: "Mubadala & co", Amount: d("12"), Prob: d("0.4"), Multiple: d("2"), Year: d("2026")})
	want.Partners[0].Invested, want.Partners[1].Commit, want.Partners[2].MarketCap = d("20"), d("150"), d("5000")
	want.Revenue, want.RevShare = d("30"), d("0.15")
	for i, v := range []string{"0.5", "0.3", "0.1", "0.05", "0.05"} {
		want.Mix[i].Share = d(v)
	}
	assert.Empty(t, sameScenario(want, s))
	r, errs := Compute(s)
	require.Empty(t, errs)
	assert.Equal(t, "x2", r.All.Holders[6].ID)
	assert.Equal(t, "Mubadala & co", r.All.Holders[6].Name)
	assert.Equal(t, Others, r.All.Holders[7].ID)
}

func TestParseQueryIgnoresOthers(t *testing.T) {
	q, _ := url.ParseQuery("lang=fr&view=nope&embed=1&parentUrl=x&foo=bar&s.others=50&t.y1=3&t.x0=1&t.x100=5&t.x01=2&q.x3=50&m.x4=2&name.x5=Z")
	s, errs := ParseQuery(Default(), q)
	assert.Empty(t, errs)
	assert.Empty(t, sameScenario(Default(), s))
}

// Every numeric parameter refuses an out-of-range, a non-numeric, an empty
// or a too precise value with its own error, and keeps the base value.
func TestParseQueryRefusals(t *testing.T) {
	base := withAdded()
	var params []string
	for k := range base.params(true) {
		if !strings.HasPrefix(k, "name.") {
			params = append(params, k)
		}
	}
	sort.Strings(params)
	require.Len(t, params, 5+3+4*4+4+4*4+2+5+2) // scalars, s.*, 4+1 tranches × t/q/m/y, partners × 4, rev/share, mix, growth/other
	for _, k := range params {
		sp, _, ok := ParamOf(k)
		require.True(t, ok, k)
		lo, hi := sp.Min, sp.Max
		below := lo.Sub(d("1"))
		if lo.LessThan(d("1")) && lo.IsPositive() {
			below = lo.Sub(d("0.01"))
		}
		cases := []struct{ value, code string }{
			{"", ErrNotNumber}, {" ", ErrNotNumber}, {"abc", ErrNotNumber}, {"1,5", ErrNotNumber},
			{"1e3", ErrNotNumber}, {"1E2", ErrNotNumber}, {"NaN", ErrNotNumber}, {"Inf", ErrNotNumber},
			{"-Inf", ErrNotNumber}, {"0x10", ErrNotNumber}, {"1.2.3", ErrNotNumber}, {"--1", ErrNotNumber},
			{"+1", ErrNotNumber}, {".5", ErrNotNumber}, {"5.", ErrNotNumber}, {"１", ErrNotNumber},
			{"1e999999999", ErrNotNumber}, {strings.Repeat("9", 41), ErrNotNumber},
			{"1.0000000000000000000000000000001", ErrNotNumber}, // 31 decimals
			{"1−1", ErrNotNumber},
			{hi.Add(d("1")).String(), ErrRange}, {hi.Add(d("0.001")).String(), ErrRange},
			{below.String(), ErrRange}, {"-1000000", ErrRange}, {strings.Repeat("9", 40), ErrRange},
		}
		for _, c := range cases {
			s, errs := ParseQuery(base, url.Values{k: {c.value}})
			require.Len(t, errs, 1, "%s=%q: %v", k, c.value, errs)
			e := errs[0]
			assert.Equal(t, Error{Code: c.code, Field: k, Value: shorten(c.value), Min: sp.Min.String(), Max: sp.Max.String()}, e, "%s=%q", k, c.value)
			assert.Contains(t, e.Error(), k)
			assert.Empty(t, sameScenario(base, s), "%s=%q", k, c.value)
		}
		// The bounds themselves are allowed (named stakes and the mix also
		// have a sum rule, tested below).
		if !strings.HasPrefix(k, "s.") && !strings.HasPrefix(k, "mix.") {
			for _, v := range []decimal.Decimal{lo, hi} {
				_, errs := ParseQuery(base, url.Values{k: {v.String()}})
				assert.Empty(t, errs, "%s=%s", k, v)
			}
		}
	}
}

func TestParseQuerySums(t *testing.T) {
	q, _ := url.ParseQuery("s.msft=50&s.fdn=40&pre=800")
	s, errs := ParseQuery(Default(), q)
	assert.Equal(t, []Error{{Code: ErrStakesSum, Field: "s", Value: "101", Min: "0", Max: "100"}}, errs)
	assert.True(t, s.Holders[0].Before.Equal(d("0.27")) && s.Holders[1].Before.Equal(d("0.26")), "every s.* rejected")
	assert.True(t, s.PreMoney.Equal(d("800")), "the rest applies")

	s, errs = ParseQuery(Default(), url.Values{"s.msft": {"63"}})
	assert.Empty(t, errs)
	assert.True(t, s.Others().IsZero())

	s, errs = ParseQuery(Default(), url.Values{"s.msft": {"abc"}, "s.fdn": {"10"}})
	assert.Len(t, errs, 1)
	assert.True(t, s.Holders[1].Before.Equal(d("0.1")), "a valid s.* applies beside a refused one")

	q, _ = url.ParseQuery("mix.chatgpt=60&rev=30")
	s, errs = ParseQuery(Default(), q)
	assert.Equal(t, []Error{{Code: ErrMixSum, Field: "mix", Value: "90", Min: "100", Max: "100"}}, errs)
	assert.True(t, s.Mix[0].Share.Equal(d("0.7")))
	assert.True(t, s.Revenue.Equal(d("30")))

	q, _ = url.ParseQuery("mix.chatgpt=60&mix.api=30")
	s, errs = ParseQuery(Default(), q)
	assert.Empty(t, errs)
	assert.True(t, s.Mix[0].Share.Equal(d("0.6")) && s.Mix[1].Share.Equal(d("0.3")))
}

func TestParseQueryNames(t *testing.T) {
	for bad, code := range map[string]string{"": ErrNameEmpty, "   ": ErrNameEmpty, strings.Repeat("a", 41): ErrNameLong,
		"a\x01b": ErrNameControl, "line\nbreak": ErrNameControl, "\xff": ErrNameInvalid} {
		s, errs := ParseQuery(Default(), url.Values{"t.x1": {"5"}, "name.x1": {bad}})
		require.Len(t, errs, 1, "%q", bad)
		assert.Equal(t, code, errs[0].Code, "%q", bad)
		assert.Equal(t, "name.x1", errs[0].Field)
		assert.Equal(t, "Investor 1", s.Tranches[4].Name, "the tranche is created with the default name")
	}
	s, errs := ParseQuery(Default(), url.Values{"t.x1": {"5"}, "name.x1": {strings.Repeat("é", 40)}})
	assert.Empty(t, errs)
	assert.Equal(t, strings.Repeat("é", 40), s.Tranches[4].Name)

	// A refused amount creates no tranche; its other parameters are moot.
	s, errs = ParseQuery(Default(), url.Values{"t.x1": {"-5"}, "q.x1": {"50"}})
	assert.Len(t, errs, 1)
	assert.Len(t, s.Tranches, 4)
}

func TestParseQueryConditionalLimit(t *testing.T) {
	q := url.Values{}
	for n := 1; n <= 11; n++ {
		id := "x" + string(rune('0'+n%10))
		if n >= 10 {
			id = "x1" + string(rune('0'+n%10))
		}
		q.Set("t."+id, "1")
		q.Set("q."+id, "50")
	}
	// amzn2 is conditional already: x1…x9 fit, x10 and x11 do not; one
	// refusal says that 12 were asked for.
	s, errs := ParseQuery(Default(), q)
	assert.Equal(t, []Error{{Code: ErrConditional, Field: "q", Value: "12", Min: "0", Max: "10"}}, errs)
	assert.Empty(t, s.Validate())
	assert.True(t, s.Tranches[13].Firm() && s.Tranches[14].Firm())

	// Making amzn2 firm leaves room for one more.
	q.Set("q.amzn2", "100")
	s, errs = ParseQuery(Default(), q)
	assert.Equal(t, []Error{{Code: ErrConditional, Field: "q", Value: "11", Min: "0", Max: "10"}}, errs)
	assert.Empty(t, s.Validate())
	assert.True(t, s.Tranches[14].Firm())

	// 99 conditional tranches: still one refusal, not 89.
	q = url.Values{}
	for n := 1; n <= MaxAdded; n++ {
		id := "x" + strconv.Itoa(n)
		q.Set("t."+id, "1")
		q.Set("q."+id, "50")
	}
	s, errs = ParseQuery(Default(), q)
	assert.Equal(t, []Error{{Code: ErrConditional, Field: "q", Value: "100", Min: "0", Max: "10"}}, errs)
	assert.Empty(t, s.Validate())
}

func TestParseView(t *testing.T) {
	for in, want := range map[string]View{"": ViewAll, "all": ViewAll, "firm": ViewFirm, "expected": ViewExpected} {
		v, errs := ParseView(in)
		assert.Empty(t, errs)
		assert.Equal(t, want, v)
	}
	v, errs := ParseView("foo")
	assert.Equal(t, ViewAll, v)
	assert.Equal(t, []Error{{Code: ErrUnknownValue, Field: "view", Value: "foo"}}, errs)
}

func TestInvalidBase(t *testing.T) {
	bad := Default()
	bad.PreMoney = d("0")
	s, errs := ParseQuery(bad, url.Values{"pre": {"900"}})
	assert.Empty(t, errs)
	assert.Empty(t, s.Validate())
	assert.True(t, s.PreMoney.Equal(d("900")))
}

func TestJSONFile(t *testing.T) {
	data, err := json.Marshal(withAdded())
	require.NoError(t, err)
	var f map[string]any
	require.NoError(t, json.Unmarshal(data, &f))
	assert.Equal(t, FileFormat, f["format"])
	assert.EqualValues(t, 1, f["version"])
	params := f["params"].(map[string]any)
	assert.EqualValues(t, 730, params["pre"])
	assert.EqualValues(t, 50, params["q.amzn2"])
	assert.Equal(t, "Mubadala", params["name.x1"])
	assert.Len(t, params, 5+3+5*4+1+4*4+2+5+2)

	// Numbers as strings; an unknown key and refused values refuse the
	// whole file, each named once.
	s, errs := ParseJSON(Default(), []byte(`{"format":"roundcalc-scenario","version":1,"params":{"pre":"800","ipo":true,"x":1,"haircut":{"a":1}}}`))
	require.Len(t, errs, 3)
	assert.Equal(t, Error{Code: ErrNotNumber, Field: "haircut", Value: `{"a":1}`, Min: "0", Max: "100"}, errs[2])
	assert.Equal(t, Error{Code: ErrNotNumber, Field: "ipo", Value: "true", Min: "1", Max: "100000"}, errs[1])
	assert.Equal(t, Error{Code: ErrUnknownValue, Field: "x", Value: "1"}, errs[0])
	assert.Equal(t, Default(), s)
	s, errs = ParseJSON(Default(), []byte(`{"format":"roundcalc-scenario","version":1,"params":{"pre":"800"}}`))
	assert.Empty(t, errs)
	assert.True(t, s.PreMoney.Equal(d("800")))

	_, errs = ParseJSON(Default(), []byte(`{"format":"roundcalc-scenario","version":1,"params":{"t.x1":5,"name.x1":12}}`))
	require.Len(t, errs, 1)
	assert.Equal(t, ErrNameInvalid, errs[0].Code)

	base := withAdded()
	for _, bad := range []string{"", "null", "[]", "{", `"x"`, `{"format":"other","version":1,"params":{}}`,
		`{"format":"roundcalc-scenario","version":2,"params":{}}`, `{"format":"roundcalc-scenario","version":1}`,
		`{"format":"roundcalc-scenario","version":1,"params":[]}`, `{"format":"roundcalc-scenario","version":"1","params":{}}`,
		`{"format":"roundcalc-scenario","version":1,"params":{"pre":` + strings.Repeat("9", MaxFileSize) + `}}`} {
		s, errs := ParseJSON(base, []byte(bad))
		require.Len(t, errs, 1, "%.60s", bad)
		assert.Equal(t, ErrJSON, errs[0].Code, "%.60s", bad)
		assert.Equal(t, "file", errs[0].Field)
		assert.Empty(t, sameScenario(base, s), "%.60s", bad)
	}
}

func TestErrorMessages(t *testing.T) {
	for _, c := range []struct {
		e    Error
		want string
	}{
		{Error{Code: ErrRange, Field: "pre", Value: "0", Min: "1", Max: "10000"}, "pre: 0 is out of range; allowed 1 to 10000"},
		{Error{Code: ErrRange, Field: "s.msft", Value: "120", Min: "0", Max: "100"}, "s.msft: 120 % is out of range; allowed 0 to 100 %"},
		{Error{Code: ErrNotNumber, Field: "q.amzn2", Value: "abc", Min: "0", Max: "100"}, `q.amzn2: "abc" is not a number (dot as separator, at most 30 decimals); allowed 0 to 100 %`},
		{Error{Code: ErrStakesSum, Field: "s", Value: "101"}, "s: the named stakes add up to 101 %, more than 100 %"},
		{Error{Code: ErrMixSum, Field: "mix", Value: "90"}, "mix: the channels' shares add up to 90 %, not 100 %"},
		{Error{Code: ErrConditional, Field: "q.x10", Value: "11", Max: "10"}, "q.x10: 11 conditional tranches, at most 10"},
		{Error{Code: ErrNameEmpty, Field: "name.x1", Min: "1", Max: "40"}, `name.x1: the name has no visible character`},
		{Error{Code: ErrNameBidi, Field: "name.x1", Value: "U+202E", Min: "1", Max: "40"}, `name.x1: the name holds a bidirectional control character (U+202E)`},
		{Error{Code: ErrDuplicate, Field: "pre", Value: "pre"}, `pre: "pre" is given more than once`},
		{Error{Code: ErrUnknownValue, Field: "view", Value: "foo"}, `view: unknown value "foo"`},
		{Error{Code: ErrJSON, Field: "file", Value: "no params"}, "file: not a roundcalc scenario file (no params)"},
		{Error{Code: ErrTooManyAdded, Field: "t", Value: "1000", Min: "0", Max: "99"}, "t: 1000 added tranches, at most 99"},
		{Error{Code: ErrFileSize, Field: "file", Value: "big.json", Max: "1"}, `file: "big.json" is larger than 1 MB`},
		{Error{Code: ErrMalformed, Field: "pre", Value: "%zz"}, `pre: "%zz" cannot be read (a bad %-escape or a semicolon)`},
	} {
		assert.Equal(t, c.want, c.e.Error())
	}
}

func TestParseValue(t *testing.T) {
	for _, c := range []struct {
		field, raw, want, code string
	}{
		{"pre", "900", "900", ""},
		{"mix.chatgpt", "50", "0.5", ""},
		{"q.amzn2", "12.5", "0.125", ""},
		{"mix.api", "101", "", ErrRange},
		{"pre", "0", "", ErrRange},
		{"pre", "1e3", "", ErrNotNumber},
		{"mix.api", "−5", "", ErrNotNumber},
		{"pre", "", "", ErrNotNumber},
		{"nope", "1", "", ErrUnknownValue},
	} {
		v, problem := ParseValue(c.field, c.raw)
		if c.code != "" {
			require.NotNil(t, problem, "%s=%s", c.field, c.raw)
			assert.Equal(t, c.code, problem.Code, "%s=%s", c.field, c.raw)
			assert.Equal(t, c.field, problem.Field)
			continue
		}
		require.Nil(t, problem, "%s=%s", c.field, c.raw)
		assert.True(t, v.Equal(decimal.RequireFromString(c.want)), "%s=%s gives %s", c.field, c.raw, v)
	}
}
