package model

import (
	"net/url"
	"reflect"
	"testing"
)

// checkParsed is what any parse must give: a scenario that validates,
// computes, and survives its own URL round trip.
func checkParsed(t *testing.T, s Scenario) {
	if errs := s.Validate(); errs != nil {
		t.Fatalf("parsed scenario does not validate: %v", errs)
	}
	if _, errs := Compute(s); errs != nil {
		t.Fatalf("compute: %v", errs)
	}
	again, errs := ParseQuery(Default(), s.Query())
	if errs != nil {
		t.Fatalf("round trip of %s: %v", s.Query().Encode(), errs)
	}
	if diff := sameScenario(s, again); diff != "" {
		t.Fatalf("round trip of %s: %s", s.Query().Encode(), diff)
	}
}

// The seed corpus is in testdata/fuzz/FuzzParseQuery and below, plus f.Add.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"", "pre=800&view=firm", "s.msft=50&s.fdn=40", "mix.chatgpt=60&mix.api=30",
		"t.x1=10&q.x1=50&m.x1=2&name.x1=Mubadala", "haircut=80&unpaid=100&gw=200&q.amzn2=75",
		"pre=1e999999999", "pre=NaN&ipo=-Inf", "t.x20=1000&q.x20=0.000001", "name.x1=%00&t.x1=1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		// The page reads its address with ReadQuery: the same pairs as
		// url.ParseQuery, and a refusal exactly when it drops one.
		q, bad := ReadQuery(raw)
		want, err := url.ParseQuery(raw)
		if !reflect.DeepEqual(q, want) {
			t.Fatalf("ReadQuery(%q) = %v, url.ParseQuery %v", raw, q, want)
		}
		if (err != nil) != (len(bad) > 0) {
			t.Fatalf("ReadQuery(%q) refuses %v, url.ParseQuery says %v", raw, bad, err)
		}
		s, errs := ParseQuery(Default(), q)
		for _, e := range append(errs, bad...) {
			if e.Code == "" || e.Field == "" {
				t.Fatalf("error without code or field: %+v", e)
			}
		}
		checkParsed(t, s)
	})
}

func FuzzParseJSON(f *testing.F) {
	full, _ := withAdded().MarshalJSON()
	for _, seed := range []string{
		string(full), "", "{}", "null", `{"format":"roundcalc-scenario","version":1,"params":{}}`,
		`{"format":"roundcalc-scenario","version":1,"params":{"pre":"800","s.msft":1e999999999,"name.x1":3,"t.x1":2}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		base := withAdded()
		s, errs := ParseJSON(base, data)
		for _, e := range errs {
			if e.Code == "" || e.Field == "" {
				t.Fatalf("error without code or field: %+v", e)
			}
		}
		checkParsed(t, s)
	})
}
