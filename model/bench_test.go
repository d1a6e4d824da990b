package model

import (
	"net/url"
	"testing"
)

func BenchmarkComputeDefault(b *testing.B) {
	s := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Compute(s); errs != nil {
			b.Fatal(errs)
		}
	}
}

// expected10 is the default scenario with 10 conditional tranches: the four
// default ones and six added, so the expected view averages 1,024
// combinations.
func expected10(tb testing.TB) Scenario {
	q := url.Values{}
	for _, kv := range [][2]string{
		{"q.sftb", "90"}, {"q.nvda", "80"}, {"q.amzn", "70"}, {"q.amzn2", "33.3"},
		{"t.x1", "5"}, {"q.x1", "10"}, {"t.x2", "12.5"}, {"q.x2", "25"}, {"m.x2", "1.5"},
		{"t.x3", "7"}, {"q.x3", "40"}, {"t.x4", "20"}, {"q.x4", "55"}, {"m.x4", "0.8"},
		{"t.x5", "3"}, {"q.x5", "65"}, {"t.x6", "40"}, {"q.x6", "95"}, {"m.x6", "3"},
	} {
		q.Set(kv[0], kv[1])
	}
	s, errs := ParseQuery(Default(), q)
	if errs != nil {
		tb.Fatal(errs)
	}
	return s
}

func BenchmarkExpected10(b *testing.B) {
	s := expected10(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Compute(s); errs != nil {
			b.Fatal(errs)
		}
	}
}
