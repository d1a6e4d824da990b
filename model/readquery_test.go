package model

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every pair of an address that cannot be read is refused by name; the
// pairs that can are read as url.ParseQuery reads them.
func TestReadQuery(t *testing.T) {
	long := strings.Repeat("k", 50)
	for _, c := range []struct {
		raw  string
		good string  // the readable pairs, as a query url.ParseQuery reads
		errs []Error // Code ErrMalformed
	}{
		{"", "", nil},
		{"pre=900&&lang=en&name.x1=A+%26+B&flag", "pre=900&lang=en&name.x1=A+%26+B&flag", nil},
		{"pre=%zz", "", []Error{{Field: "pre", Value: "%zz"}}},
		{"pre=6%0&ipo=%", "", []Error{{Field: "pre", Value: "6%0"}, {Field: "ipo", Value: "%"}}},
		{"pre=600;ipo=2000", "", []Error{{Field: "pre", Value: "600;ipo=2000"}}},
		{"pre;ipo=2000&gw=40", "gw=40", []Error{{Field: "pre;ipo", Value: "2000"}}},
		{"gw=40&%zz=1", "gw=40", []Error{{Field: "%zz", Value: "1"}}},
		{"p%72e=%zz", "", []Error{{Field: "pre", Value: "%zz"}}},
		{"pre=%zz&pre=%zz&pre=800", "pre=800", []Error{{Field: "pre", Value: "%zz"}}},
		{"=%zz", "", []Error{{Field: `""`, Value: "%zz"}}},
		{long + "=%", "", []Error{{Field: long[:40] + "…", Value: "%"}}},
	} {
		q, errs := ReadQuery(c.raw)
		want, err := url.ParseQuery(c.good)
		assert.NoError(t, err)
		assert.Equal(t, want, q, c.raw)
		for i := range c.errs {
			c.errs[i].Code = ErrMalformed
		}
		assert.Equal(t, c.errs, errs, c.raw)
		if c.errs != nil {
			// What the page read before: the refused pair vanished, and
			// nothing said so beside one error for the whole string.
			bare, err := url.ParseQuery(c.raw)
			assert.Error(t, err, c.raw)
			assert.Equal(t, want, bare, c.raw)
		}
	}

	// The readable pairs apply; the refused one keeps the default.
	q, bad := ReadQuery("pre=%zz&ipo=2000")
	s, errs := ParseQuery(Default(), q)
	assert.Empty(t, errs)
	assert.Len(t, bad, 1)
	assert.True(t, s.PreMoney.Equal(d("730")))
	assert.True(t, s.IPO.Equal(d("2000")))
}
