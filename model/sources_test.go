package model

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every default figure has a source; a tag A carries the article's own
// words, verbatim.
func TestSources(t *testing.T) {
	article, err := os.ReadFile("testdata/article-2026-03-02-fr.txt")
	require.NoError(t, err)
	src := Sources()
	keys := []string{"post", "raised", "prev-round", "raised-before", "weekly-users", "subscribers", "s.others", "gw.nvda"}
	for k := range withAdded().params(true) {
		if !strings.HasSuffix(k, ".x1") {
			keys = append(keys, k)
		}
	}
	for _, c := range ChannelIDs() {
		keys = append(keys, "route."+c)
	}
	for _, k := range keys {
		s, ok := src[k]
		if !assert.True(t, ok, "no source for %s", k) {
			continue
		}
		assert.NotEmpty(t, s.Text, k)
		assert.Regexp(t, `^[AVRDU]( / [AVRDU])*$`, s.Tag, k)
		if strings.Contains(s.Tag, "A") {
			assert.NotEmpty(t, s.Quote, k)
			assert.Contains(t, string(article), s.Quote, k)
		} else {
			assert.Empty(t, s.Quote, k)
		}
	}
	src["pre"] = Source{}
	assert.Equal(t, "A", Sources()["pre"].Tag, "a fresh map each call")
}
