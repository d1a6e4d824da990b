//go:build !js

package wasmtest

// End-to-end tests of the partnership map's "follow a dollar": the
// route-<channel> hooks (data-value: the cloud that hosts the channel, azure
// or aws) and route-cut-<channel> (Microsoft's cut in $B: rev × mix × share).

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

var routeChannels = []string{"chatgpt", "api", "api-partner", "frontier-aws", "bedrock-stateful"}

// wantRouteHosts is who hosts each channel per the article: all of
// OpenAI's routeChannels stay on Azure except the Stateful Runtime on Bedrock.
var wantRouteHosts = map[string]string{
	"chatgpt": "azure", "api": "azure", "api-partner": "azure", "frontier-aws": "azure", "bedrock-stateful": "aws",
}

// checkRouteCuts checks every channel's host and Microsoft's cut (in $B, to 4
// decimals) and that the cuts add to rev × share.
func checkRouteCuts(t *testing.T, ctx context.Context, cuts map[string]string, total string) {
	t.Helper()
	sum := decimal.Zero
	for _, ch := range routeChannels {
		if got := dataValue(t, ctx, "route-"+ch); got != wantRouteHosts[ch] {
			t.Errorf("route-%s = %q, want %q", ch, got, wantRouteHosts[ch])
		}
		if got := roundedValue(t, ctx, "route-cut-"+ch, 4); got != cuts[ch] {
			t.Errorf("route-cut-%s = %s (data-value %s), want %s", ch, got, dataValue(t, ctx, "route-cut-"+ch), cuts[ch])
		}
		sum = sum.Add(mustDecimal(t, dataValue(t, ctx, "route-cut-"+ch)))
	}
	if sum.Round(8).StringFixed(4) != total {
		t.Errorf("the cuts add to %s, want %s (rev × share)", sum, total)
	}
}

// mixFieldValues returns the typed fields of the mix, in percent.
func mixFieldValues(t *testing.T, ctx context.Context) map[string]decimal.Decimal {
	t.Helper()
	out := map[string]decimal.Decimal{}
	for _, ch := range routeChannels {
		out[ch] = mustDecimal(t, valueOf(t, ctx, "field-mix-"+ch))
	}
	return out
}

func TestRoutes(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)

	t.Run("defaults", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		// rev 20 × mix × share 20 %.
		checkRouteCuts(t, ctx, map[string]string{
			"chatgpt": "2.8000", "api": "0.8000", "api-partner": "0.2000", "frontier-aws": "0.1200", "bedrock-stateful": "0.0800",
		}, "4.0000")
		if got := dataValue(t, ctx, "route-cut-chatgpt"); got != "2.8000000000" {
			t.Errorf("route-cut-chatgpt data-value %q, want 2.8000000000", got)
		}
	})

	t.Run("moved mix gives way in proportion", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		waitDataValue(t, ctx, "route-cut-chatgpt", "2.8000000000")
		setSlider(t, ctx, "input-mix-chatgpt", "50")
		waitDataValue(t, ctx, "route-cut-chatgpt", "2.0000000000")
		// The other 30 % (20, 5, 3, 2) share the remaining 50 %:
		// api 50 × 20/30, api-partner 50 × 5/30, frontier 50 × 3/30, bedrock 50 × 2/30.
		checkRouteCuts(t, ctx, map[string]string{
			"chatgpt": "2.0000", "api": "1.3333", "api-partner": "0.3333", "frontier-aws": "0.2000", "bedrock-stateful": "0.1333",
		}, "4.0000")
		mix := mixFieldValues(t, ctx)
		sum := decimal.Zero
		for _, ch := range routeChannels {
			sum = sum.Add(mix[ch])
		}
		if !sum.Equal(decimal.NewFromInt(100)) {
			t.Errorf("the mix fields add to %s, want exactly 100: %v", sum, mix)
		}
		for ch, want := range map[string]string{"chatgpt": "50.0000", "api": "33.3333", "api-partner": "8.3333", "frontier-aws": "5.0000", "bedrock-stateful": "3.3333"} {
			if got := mix[ch].Round(4).StringFixed(4); got != want {
				t.Errorf("field-mix-%s = %s %%, want %s %%", ch, mix[ch], want)
			}
		}
		// Hosts do not move with the mix; totals per cloud do.
		q := waitAddress(t, ctx, 2*time.Second, "mix.chatgpt=50", func(q url.Values) bool { return q.Get("mix.chatgpt") == "50" })
		// The address carries the whole mix, and reopening it gives the same cuts.
		for _, ch := range routeChannels {
			if !q.Has("mix." + ch) {
				t.Errorf("address %q lacks mix.%s", q.Encode(), ch)
			}
		}
		cuts := map[string]string{}
		for _, ch := range routeChannels {
			cuts[ch] = dataValue(t, ctx, "route-cut-"+ch)
		}
		openApp(t, ctx, eval[string](t, ctx, `location.href`))
		waitDataValue(t, ctx, "route-cut-chatgpt", "2.0000000000")
		for _, ch := range routeChannels {
			if got := dataValue(t, ctx, "route-cut-"+ch); got != cuts[ch] {
				t.Errorf("reopened link: route-cut-%s = %s, want %s", ch, got, cuts[ch])
			}
		}
		if got := textOf(t, ctx, "error"); got != "" {
			t.Errorf("reopened link: error %q", got)
		}

		// Moving a second channel: the others, chatgpt included, give way.
		setSlider(t, ctx, "input-mix-bedrock-stateful", "20")
		waitDataValue(t, ctx, "route-cut-bedrock-stateful", "0.8000000000")
		mix = mixFieldValues(t, ctx)
		sum = decimal.Zero
		for _, ch := range routeChannels {
			sum = sum.Add(mix[ch])
		}
		if !sum.Equal(decimal.NewFromInt(100)) {
			t.Errorf("the mix fields add to %s, want exactly 100: %v", sum, mix)
		}
		// chatgpt had 50 of the 96.6667 % that gave way: 50 × 80 / 96.6667.
		if got := mix["chatgpt"].Round(4).StringFixed(4); got != "41.3793" {
			t.Errorf("field-mix-chatgpt = %s %%, want 41.3793 %%", mix["chatgpt"])
		}
	})

	t.Run("rev and share from the URL", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&rev=40&share=10")
		checkRouteCuts(t, ctx, map[string]string{
			"chatgpt": "2.8000", "api": "0.8000", "api-partner": "0.2000", "frontier-aws": "0.1200", "bedrock-stateful": "0.0800",
		}, "4.0000")
		openApp(t, ctx, srv.URL+"/?open=all&lang=en&rev=50&share=15&mix.chatgpt=60&mix.api=25&mix.api-partner=5&mix.frontier-aws=6&mix.bedrock-stateful=4")
		// 50 × 15 % = 7.5 split 60/25/5/6/4.
		checkRouteCuts(t, ctx, map[string]string{
			"chatgpt": "4.5000", "api": "1.8750", "api-partner": "0.3750", "frontier-aws": "0.4500", "bedrock-stateful": "0.3000",
		}, "7.5000")
		if got := textOf(t, ctx, "error"); got != "" {
			t.Errorf("error %q for a valid link", got)
		}
	})

	t.Run("typed share and revenue", func(t *testing.T) {
		openApp(t, ctx, srv.URL+"/?open=all&lang=en")
		setField(t, ctx, "field-rev", "100")
		waitDataValue(t, ctx, "route-cut-chatgpt", "14.0000000000")
		setField(t, ctx, "field-share", "50")
		waitDataValue(t, ctx, "route-cut-chatgpt", "35.0000000000")
		checkRouteCuts(t, ctx, map[string]string{
			"chatgpt": "35.0000", "api": "10.0000", "api-partner": "2.5000", "frontier-aws": "1.5000", "bedrock-stateful": "1.0000",
		}, "50.0000")
		// A share above 50 % is refused and changes nothing.
		setField(t, ctx, "field-share", "60")
		waitErrorText(t, ctx)
		if got := dataValue(t, ctx, "route-cut-chatgpt"); got != "35.0000000000" {
			t.Errorf("after a refused share, route-cut-chatgpt = %s", got)
		}
	})
}
