// Package model is the pure heart of roundcalc: OpenAI's February 2026 round
// and its partnerships as a [Scenario], and every figure the page shows.
// It imports neither go-app nor syscall/js, so it builds and tests natively
// and as wasm.
//
// # Units and arithmetic
//
// Money is in billions of US dollars; stakes, probabilities, the haircut,
// the unpaid share, the revenue share and the channel mix are fractions
// (0.27 is 27 %). Every figure is a decimal.Decimal
// (github.com/shopspring/decimal): no binary floating point touches money
// or stakes.
// Divisions keep 30 decimals, so a stake keeps far more than 16 significant
// digits. Nothing is rounded here except by the display helpers
// [DisplayStakes] and [Fixed].
//
// # The scenario
//
// [Default] returns the article's scenario; every field of [Scenario] can be
// changed by the reader within its range:
//
//   - the pre-money valuation V (730, from 1 to 10,000);
//   - the named stakes before the round, fully diluted (Microsoft 27 %,
//     OpenAI Foundation 26 %, SoftBank 11 %), each 0 to 100 % and together
//     at most 100 %; the remainder row "Employees and other investors"
//     ([OthersName]) is not stored but is 1 − Σ named stakes
//     ([Scenario.Others]), 36 % by default;
//   - the tranches of new money ([Tranche]): SoftBank 30, Nvidia 30 and
//     Amazon 15, all firm, and Amazon's conditional 35 (IPO or an
//     undisclosed milestone before the end of 2028) with a closing
//     probability of 50 %. Each has an amount (0 to 1,000), a closing
//     probability q (0 to 100 %; exactly 100 % is firm, see
//     [Tranche.Firm], anything below is conditional, 0 included) and a
//     price multiple m over the round price (0.1 to 10, default 1). A reader
//     may add tranches x1 … x99 ([MaxAdded]); each is its own new holder,
//     named by the reader (1 to [MaxNameLen] characters) or [AddedName];
//   - the IPO valuation (1,000), the stress haircut h on the valuation
//     (100 %: a collapse wipes out the equity) and the share u of
//     commitments left unpaid in a collapse (50 %);
//   - each partner's ties ([Partner]): invested before the round (0 to
//     1,000), the commercial commitments OpenAI owes it (0 to 5,000; for
//     Nvidia 5 GW priced at [Scenario.PricePerGW], 35 a GW by default) and
//     its market capitalisation (1 to 100,000);
//   - OpenAI's annual revenue (20), Microsoft's revenue share (20 %, at most
//     50 %) and the revenue mix over five channels ([ChannelIDs]), summing to
//     100 %.
//
// [Sources] says where each default figure comes from, with a source tag:
// A stated in the article (with its French sentence), V a first-party
// statement, R a press report, D derived by arithmetic, U uncertain (an
// assumption the reader is invited to move).
//
// # Shares, post-money and stakes
//
// The pre-round fully diluted share count is normalised to S0 = 1, so the
// round price per share is p = V. A tranche that closes issues
// n = amount / (m × p) new shares. For a set C of closed tranches:
//
//	S1        = S0 + Σ n                 (over C)
//	post-money P = S1 × p = V + Σ amount / m
//	raised    R = Σ amount
//	stake after of holder i = (s_i × V + Σ amount / m over i's tranches in C) / P
//	dilution  = 1 − S0 / S1 = (P − V) / P  (the same for every pre-round holder)
//
// The code works in "shares × p" (amount / m for a tranche, s_i × V for a
// holder before the round), so each combination of closed tranches needs
// a single division, 1 / P. Every stake is computed from its own shares,
// none as a remainder of the others; the stakes of any combination add up
// to 1 within 1e-12. [HolderOutcome] also gives each row's change in
// percentage points and its value at the round price (stake × P).
//
// # Closing views
//
// [Compute] returns [Results] with three closing views ([View]):
//
//   - firm only ([ViewFirm]): only the tranches at q = 100 % close;
//   - all close ([ViewAll]): every tranche closes, whatever its q; this is
//     the opening view, which gives the article's 110 raised and 840
//     post-money;
//   - expected ([ViewExpected]): the exact probability-weighted average over
//     all 2^k combinations of the k tranches with 0 < q < 1, taken as
//     independent (a combination weighs the product of q for the tranches
//     that close and 1 − q for the others). A tranche at q = 0 never closes
//     in this view. More than [MaxConditional] (10) conditional tranches
//     make a scenario invalid ([ErrConditional]).
//
// In the expected view every figure of the [Outcome] (post-money, raised,
// dilution, stakes, cost basis, equity values, losses, context figures) is
// the average of that same figure over the combinations, never a product of
// averages: with the defaults the post-money is 822.5, the money raised
// 92.5, and Amazon's equity at the round 15 + 0.5 × 35 = 32.5, not its
// expected stake times the expected post-money. Figures that are affine in
// what closes (P, R, shares, cost basis, equity at the round, losses) have
// that average in closed form; stakes, dilution and the upside to the IPO
// come from the average of 1 / P and, for each conditional tranche, of
// 1 / P over the combinations where it closes.
//
// The reference cases, with the defaults (stakes in %, to 4 decimals):
//
//	view      post-money  raised  Microsoft  SoftBank  Nvidia  Amazon  Foundation  others  dilution
//	all         840        110     23.4643   13.1310   3.5714  5.9524   22.5952   31.2857   13.0952
//	firm        805         75     24.4845   13.7019   3.7267  1.8634   23.5776   32.6460    9.3168
//	expected    822.5       92.5   23.9744   13.4164   3.6491  3.9079   23.0864   31.9658   11.2060
//
// # Partner exposure
//
// For Microsoft, Amazon, Nvidia and SoftBank ([PartnerIDs]), in each view,
// [PartnerOutcome] holds:
//
//	equity at the round  = stake after × P
//	equity at the IPO    = stake after × IPO valuation
//	equity under stress  = stake after × P × (1 − h)
//	cost basis           = invested before + the partner's tranches that close
//	                       (in the expected view, each weighted by its q)
//	paper gain           = equity at the round − cost basis
//	commitments          = what OpenAI owes the partner (+ GW × price per GW)
//	net flow             = commitments − cost basis
//	collapse loss        = equity at the round × h + commitments × u
//	collapse share       = collapse loss / market capitalisation
//
// The net flow is the circularity the article describes: Amazon puts in up
// to 50 and is owed 138 by its AWS contracts, a net flow of +88. With the
// defaults, all close: Microsoft's equity is 197.1, its paper gain 183.3 and
// its net flow 236.2; SoftBank 110.3, 45.7 and −64.6; Nvidia 30, 0 and 145.
//
// # Context figures
//
// Each [Outcome] also carries the total raised since OpenAI's creation
// (60 before this round + R), the multiple of the post-money over the
// previous round's 300 (P / 300), the upside to the IPO valuation
// (IPO / P − 1), and the valuation per weekly ChatGPT user (P / 900 million)
// and per paying subscriber (P / 59 million: 50 million consumers and
// 9 million business users), in dollars. In the expected view each is
// averaged over the combinations too (the upside is 21.6356 %, not
// 1000 / 822.5 − 1).
//
// # Routes
//
// [Routes] follows a dollar of revenue through each channel of the
// partnership map: who hosts it (every channel on Azure except the Stateful
// Runtime Environment sold through Amazon Bedrock, on AWS), the amount
// (revenue × the channel's share) and Microsoft's cut (that amount × the
// revenue share, which applies to all of OpenAI's revenue whichever cloud
// hosts it). [Scenario.SetMix] moves one channel and makes the others give
// way in proportion to their shares, so the mix stays at exactly 100 %.
//
// # Display rounding
//
// Rounding is half away from zero and happens only when a figure is shown.
// [DisplayStakes] rounds a table's stakes with largest-remainder rounding:
// each percentage is rounded down, then the units missing to reach the
// rounded total go to the largest remainders (on equal remainders, to the
// row listed first), so a cap table shows exactly 100 %, never 99.99 % or
// 100.01 %. [Fixed] writes a figure with a given number of decimals, dot
// separator, no minus sign on a zero; with 10 decimals it is the machine form
// the page's data-value attributes carry. The page shows percentages with two
// decimals and money with up to two, trailing zeros dropped ("840", "32.5").
//
// # Bad input
//
// Values arrive from sliders, typed fields, a shared URL
// ([Scenario.Query], [ParseQuery]), an exported file ([Scenario.MarshalJSON],
// [ParseJSON]) or one field alone ([ParseValue], [ParseView]). None may
// crash the app or show a wrong number silently: a value that is not a
// number (dot as separator, no exponent, at most [MaxDecimals] decimals) or
// that is out of range is refused, never clamped. The previous value (or
// the default) stays, and an [Error] names the field, the value and the
// allowed range (Code one of the Err* constants), for the page to show.
// Named stakes that pass 100 % together are all refused ([ErrStakesSum]),
// as are channel shares that do not sum to 100 % ([ErrMixSum]); the rest of
// the scenario applies. Unknown parameters are ignored. [Scenario.Validate]
// checks every range and the scenario's shape, and [Compute] returns its
// errors (and no figures) for an invalid scenario rather than compute one.
package model
