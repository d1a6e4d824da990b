package main

import (
	"bytes"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// tablesCSV writes the cap table and the partner exposure of outcome o as
// CSV in the reader's conventions: French uses a semicolon between fields
// and a decimal comma, English a comma and a dot. UTF-8 with a BOM so that
// spreadsheet programs read the accents, and a header row per table.
func tablesCSV(lang string, t dict, s model.Scenario, o model.Outcome) string {
	w := csvWriter{comma: ','}
	if lang == "fr" {
		w.comma = ';'
	}
	w.buf.WriteString("\ufeff")
	num := func(d decimal.Decimal, places int32) csvCell {
		v := d.Round(places).String()
		if lang == "fr" {
			v = strings.Replace(v, ".", ",", 1)
		}
		return csvCell{v, false}
	}
	pct := func(d decimal.Decimal) csvCell { return num(d.Mul(hundred()), 4) }
	text := func(v string) csvCell { return csvCell{v, true} }
	w.row(text(t.ColHolder), text(t.ColBefore+" (%)"), text(t.ColAfter+" (%)"), text(t.ColChange+" (pt)"), text(t.ColValue+" ("+t.UnitMoney+")"))
	for _, h := range o.Holders {
		w.row(text(plain(t.HolderName(s, h.ID))), pct(h.Before), pct(h.After), pct(h.Change), num(h.Value, 4))
	}
	w.row()
	w.row(text(t.ColPartner), text(t.ColEquity), text(t.ColEquityIPO), text(t.ColStress), text(t.ColBasis),
		text(t.ColGain), text(t.ColCommit), text(t.ColNetFlow), text(t.ColLoss), text(t.ColLossShare+" (%)"))
	for _, p := range o.Partners {
		w.row(text(plain(t.HolderName(s, p.ID))), num(p.EquityRound, 4), num(p.EquityIPO, 4), num(p.EquityStress, 4), num(p.CostBasis, 4),
			num(p.PaperGain, 4), num(p.Commitments, 4), num(p.NetFlow, 4), num(p.CollapseLoss, 4), pct(p.CollapseShare))
	}
	// The years: OpenAI's, then each partner's.
	tx, tl := &t.Time, o.Time
	money := func(v string) csvCell { return text(v + " (" + t.UnitMoney + ")") }
	year := func(y int) csvCell { return csvCell{t.YearText(y), y == 0} }
	w.row()
	w.row(text(tx.PayColYear), money(tx.ColRevenue), money(tx.PayKept), money(tx.ColOwed), money(tx.ColCash))
	for i := range model.Span {
		w.row(year(model.YearAt(i)), num(tl.Revenue[i], 4), num(tl.Kept[i], 4), num(tl.Owed[i], 4), num(tl.Cash[i], 4))
	}
	w.row(text(tx.ColShortYear), year(tl.ShortYear))
	w.row(text(tx.ColPeak+" ("+t.UnitMoney+")"), num(tl.PeakNeed, 4))
	w.row(text(tx.ColCover), year(tl.CoverYear))
	w.row()
	w.row(text(tx.TimeColPartner), text(tx.TimeColYear), money(tx.ColIn), money(tx.ColOut), money(tx.ColCum), text(tx.ColPayback))
	for _, p := range tl.Partners {
		for i := range model.Span {
			w.row(text(t.HolderName(s, p.ID)), year(model.YearAt(i)), num(p.In[i], 4), num(p.Out[i], 4), num(p.Cum[i], 4), year(p.Payback))
		}
	}
	return w.buf.String()
}

// csvCell is one field: a number in the reader's format, or text (a
// header, an investor's name, which the reader may have typed).
type csvCell struct {
	v    string
	text bool
}

// csvWriter writes RFC 4180 records. encoding/csv cannot be told to quote
// a field, and a neutralised text cell must be quoted.
type csvWriter struct {
	buf   bytes.Buffer
	comma byte
}

func (w *csvWriter) row(cells ...csvCell) {
	for i, c := range cells {
		if i > 0 {
			w.buf.WriteByte(w.comma)
		}
		v, quote := c.v, false
		if c.text && formulaLead(v) {
			// A spreadsheet runs a cell that starts like this as a formula
			// (=HYPERLINK(…), +cmd|…, @SUM(…), -2+3): a leading quote makes
			// it text, as OWASP advises, and the cell is quoted.
			v, quote = "'"+v, true
		}
		if quote || strings.ContainsAny(v, "\"\r\n"+string(w.comma)) || strings.HasPrefix(v, " ") {
			w.buf.WriteByte('"')
			w.buf.WriteString(strings.ReplaceAll(v, `"`, `""`))
			w.buf.WriteByte('"')
		} else {
			w.buf.WriteString(v)
		}
	}
	w.buf.WriteByte('\n')
}

// formulaLead reports whether text starts with a character a spreadsheet
// reads as the start of a formula.
func formulaLead(v string) bool {
	return v != "" && strings.IndexByte("=+-@\t\r", v[0]) >= 0
}

func hundred() decimal.Decimal { return decimal.NewFromInt(100) }

// plain is a name as data: without the marks that isolate it on screen.
func plain(s string) string { return text.Plain(s) }
