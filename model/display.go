package model

import (
	"sort"

	"github.com/shopspring/decimal"
)

// DisplayStakes rounds fractions to percentages with `decimals` decimals
// using largest-remainder rounding so that, when the fractions sum to 1, the
// results sum to exactly 100; ties go to the row listed first. Returns
// percentages (23.46 for 0.2346…).
//
// Each percentage is first rounded down; the units missing to reach the
// rounded total (half away from zero) go to the largest remainders.
func DisplayStakes(stakes []decimal.Decimal, decimals int32) []decimal.Decimal {
	out := make([]decimal.Decimal, len(stakes))
	rem := make([]decimal.Decimal, len(stakes))
	total, floors := decimal.Zero, decimal.Zero
	for i, f := range stakes {
		pct := f.Shift(2)
		out[i] = pct.RoundFloor(decimals)
		rem[i] = pct.Sub(out[i])
		total = total.Add(pct)
		floors = floors.Add(out[i])
	}
	unit := decimal.New(1, -decimals)
	missing := total.Round(decimals).Sub(floors).Shift(decimals).IntPart() // 0 ≤ missing ≤ len
	order := make([]int, len(stakes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]].GreaterThan(rem[order[b]]) })
	for _, i := range order[:max(0, min(int(missing), len(order)))] {
		out[i] = out[i].Add(unit)
	}
	return out
}

// Fixed formats d with exactly n decimals, rounded half away from zero, dot
// separator (the data-value form: Fixed(x, 10)). A figure that rounds to
// zero is written without a minus sign.
func Fixed(d decimal.Decimal, n int32) string {
	return d.StringFixed(n) // Round: half away from zero; a zero has no sign
}
