package main

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

// tablesCSV writes the cap table and the partner exposure of outcome o as
// CSV in the reader's conventions: French uses a semicolon between fields
// and a decimal comma, English a comma and a dot. UTF-8 with a BOM so that
// spreadsheet programs read the accents, and a header row per table.
func tablesCSV(lang string, t dict, s model.Scenario, o model.Outcome) string {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	if lang == "fr" {
		w.Comma = ';'
	}
	num := func(d decimal.Decimal, places int32) string {
		v := d.Round(places).String()
		if lang == "fr" {
			v = strings.Replace(v, ".", ",", 1)
		}
		return v
	}
	pct := func(d decimal.Decimal) string { return num(d.Mul(hundred()), 4) }
	_ = w.Write([]string{t.tr("col.holder"), t.tr("col.before") + " (%)", t.tr("col.after") + " (%)", t.tr("col.change") + " (pt)", t.tr("col.value") + " (" + t.tr("unit.money") + ")"})
	for _, h := range o.Holders {
		_ = w.Write([]string{t.holderName(s, h.ID), pct(h.Before), pct(h.After), pct(h.Change), num(h.Value, 4)})
	}
	_ = w.Write(nil)
	_ = w.Write([]string{t.tr("col.partner"), t.tr("col.equity"), t.tr("col.equityipo"), t.tr("col.stress"), t.tr("col.basis"),
		t.tr("col.gain"), t.tr("col.commit"), t.tr("col.netflow"), t.tr("col.loss"), t.tr("col.lossshare") + " (%)"})
	for _, p := range o.Partners {
		_ = w.Write([]string{t.holderName(s, p.ID), num(p.EquityRound, 4), num(p.EquityIPO, 4), num(p.EquityStress, 4), num(p.CostBasis, 4),
			num(p.PaperGain, 4), num(p.Commitments, 4), num(p.NetFlow, 4), num(p.CollapseLoss, 4), pct(p.CollapseShare)})
	}
	w.Flush()
	return buf.String()
}
