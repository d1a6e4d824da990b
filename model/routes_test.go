package model

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoutes(t *testing.T) {
	routes := Routes(Default())
	require.Len(t, routes, 5)
	hosts := map[string]string{}
	cut := decimal.Zero
	for _, r := range routes {
		hosts[r.ID] = r.Host
		cut = cut.Add(r.MicrosoftCut)
		assert.True(t, r.MicrosoftCut.Equal(d("20").Mul(r.Share).Mul(d("0.2"))), r.ID)
	}
	assert.Equal(t, map[string]string{ChannelChatGPT: "azure", ChannelAPI: "azure", ChannelAPIPartner: "azure",
		ChannelFrontier: "azure", ChannelBedrock: "aws"}, hosts)
	assert.True(t, cut.Equal(d("4")), "20 % of 20, whichever cloud hosts it")
	assert.True(t, routes[0].Amount.Equal(d("14")))
	assert.True(t, routes[4].MicrosoftCut.Equal(d("0.08")))
}

func TestSetMix(t *testing.T) {
	s := Default().SetMix(ChannelChatGPT, d("0.4"))
	want := []string{"0.4", "0.4", "0.1", "0.06", "0.04"} // others doubled: 0.3 → 0.6
	for i, c := range s.Mix {
		assert.True(t, c.Share.Equal(d(want[i])), "%s %s", c.ID, c.Share)
	}
	s = s.SetMix(ChannelChatGPT, d("1")).SetMix(ChannelChatGPT, d("0.6"))
	for _, c := range s.Mix[1:] {
		assert.True(t, c.Share.Equal(d("0.1")), "all 0: the others share equally")
	}
	assert.Empty(t, sameScenario(Default(), Default().SetMix("nope", d("0.5"))))
	assert.Empty(t, sameScenario(Default(), Default().SetMix(ChannelAPI, d("1.5"))))
}
