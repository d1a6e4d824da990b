package main

// The polite live region: what a screen reader hears after a change.

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// announceVerdict copies the verdicts to the polite live region once the
// input settles, so that a screen reader hears the result once.
func (p *page) announceVerdict() {
	if p.own.Context == nil {
		p.liveVerdict = p.spoken()
		return
	}
	p.jobs.debounce(p.own, jobVerdict, verdictQuiet, 0, func(ctx app.Context, _ func() bool) {
		if v := p.spoken(); v != p.liveVerdict {
			p.liveVerdict = v
			return
		}
		ctx.PreventUpdate() // the region says it already
	})
}

// spoken is what the live region says: the verdicts the page shows, the
// round's then whether OpenAI can pay (an embed says only those it shows).
func (p *page) spoken() string {
	var out []string
	for _, b := range []struct {
		block, text string
	}{{blockVerdict, p.d.Verdict}, {blockPay, p.d.Pay.Sentence}} {
		if !p.embed || slices.Contains(p.embedOpts.Blocks, b.block) {
			out = append(out, b.text)
		}
	}
	return strings.Join(out, " ")
}
