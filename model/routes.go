package model

import "github.com/shopspring/decimal"

// route returns who hosts and who sells a channel, per the article: every
// OpenAI channel stays on Azure except the Stateful Runtime Environment
// offered through Amazon Bedrock.
func route(id string) (host, distributor string) {
	switch id {
	case ChannelChatGPT, ChannelAPI:
		return "azure", "openai"
	case ChannelAPIPartner: // third parties' API calls, Amazon's included
		return "azure", "partner"
	case ChannelFrontier: // first-party product, AWS its exclusive distributor
		return "azure", "aws"
	case ChannelBedrock:
		return "aws", "aws"
	}
	return "", ""
}

// Routes returns the channels of the partnership map in display order.
// Microsoft's revenue share applies to every channel, whichever cloud hosts
// it (the share is reported on all of OpenAI's revenue): cut = Revenue ×
// Share × RevShare.
func Routes(s Scenario) []Route {
	out := make([]Route, 0, len(s.Mix))
	for _, c := range s.Mix {
		host, dist := route(c.ID)
		amount := s.Revenue.Mul(c.Share)
		out = append(out, Route{ID: c.ID, Host: host, Distributor: dist, Share: c.Share,
			Amount: amount, MicrosoftCut: amount.Mul(s.RevShare)})
	}
	return out
}

// SetMix sets channel id to share (fraction 0..1) and makes the other
// channels give way in proportion to their current shares (equally when
// they are all 0), keeping the sum exactly 1. An unknown id or a share
// outside 0..1 returns s unchanged. Shares keep at most 30 decimals; the
// rounding residue goes to the largest of the other channels.
func (s Scenario) SetMix(id string, share decimal.Decimal) Scenario {
	one := decimal.NewFromInt(1)
	target := -1
	for i, c := range s.Mix {
		if c.ID == id {
			target = i
		}
	}
	if target < 0 || share.Sign() < 0 || share.GreaterThan(one) || len(s.Mix) < 2 {
		return s
	}
	s = s.clone()
	share = share.Truncate(MaxDecimals)
	rest := one.Sub(share)
	old := decimal.Zero
	for i, c := range s.Mix {
		if i != target {
			old = old.Add(c.Share)
		}
	}
	s.Mix[target].Share = share
	given, largest := decimal.Zero, -1
	for i, c := range s.Mix {
		if i == target {
			continue
		}
		var v decimal.Decimal
		if old.Sign() == 0 {
			v = rest.DivRound(decimal.NewFromInt(int64(len(s.Mix)-1)), MaxDecimals)
		} else {
			v = rest.Mul(c.Share).DivRound(old, MaxDecimals)
		}
		if largest < 0 || v.GreaterThan(s.Mix[largest].Share) {
			largest = i
		}
		s.Mix[i].Share = v
		given = given.Add(v)
	}
	s.Mix[largest].Share = s.Mix[largest].Share.Add(rest.Sub(given))
	return s
}
