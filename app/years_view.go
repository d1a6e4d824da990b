package main

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// payView is "can OpenAI pay?" in the story: the sentence, the expected
// view's caveat and the levers beside the picture.
type payView struct {
	Sentence string       // the short year, the peak need, the cover year
	Note     string       // in the expected view: how its years are read
	Lever    []inputProps // revenue growth
}

// yearsView is the partners' years and OpenAI's, each figure with its
// hook's machine value.
type yearsView struct {
	Years    []string      // 2026 … 2035
	OpenAI   []openAIYear  // per year
	Partners []partnerYear // msft, amzn, nvda, sftb
	Short    figure        // short-year
	Peak     figure        // peak-need
	Cover    figure        // cover-year
	Note     string        // in the expected view: how its years are read
}

type openAIYear struct {
	Year                string
	Revenue, Owed, Cash figure
}

type partnerYear struct {
	ID, Name     string
	In, Out, Cum []figure // per year
	Payback      figure
}

// yearFigure is a year of the model as the page shows it, and its hook's
// value: the year, or "never".
func yearFigure(t dict, y int) figure {
	if y == 0 {
		return figure{Text: t.Time.Never, Value: "never"}
	}
	v := strconv.Itoa(y)
	return figure{Text: v, Value: v}
}

// buildYears formats a view's years for the story and, when table is
// true, for the table of the partners' years: its 150 figures would cost
// every slider tick while nothing shows them.
func buildYears(lang string, t dict, view model.View, s model.Scenario, o model.Outcome, table bool) (payView, yearsView) {
	tl := o.Time
	m := func(d decimal.Decimal) figure { return fig(text.MoneyFixed(lang, d, tableDecimals), d) }
	var pv payView
	pv.Sentence = t.PaySentence(lang, tl)
	if view == model.ViewExpected {
		pv.Note = t.Time.PayExpected
	}
	if !table {
		return pv, yearsView{}
	}
	yv := yearsView{Note: pv.Note,
		Short: yearFigure(t, tl.ShortYear),
		Peak:  fig(text.Money(lang, tl.PeakNeed), tl.PeakNeed),
		Cover: yearFigure(t, tl.CoverYear)}
	for i := range model.Span {
		y := strconv.Itoa(model.YearAt(i))
		yv.Years = append(yv.Years, y)
		yv.OpenAI = append(yv.OpenAI, openAIYear{Year: y, Revenue: m(tl.Revenue[i]), Owed: m(tl.Owed[i]), Cash: m(tl.Cash[i])})
	}
	for _, p := range tl.Partners {
		row := partnerYear{ID: p.ID, Name: t.HolderName(s, p.ID), Payback: yearFigure(t, p.Payback)}
		for i := range model.Span {
			row.In = append(row.In, m(p.In[i]))
			row.Out = append(row.Out, m(p.Out[i]))
			row.Cum = append(row.Cum, m(p.Cum[i]))
		}
		yv.Partners = append(yv.Partners, row)
	}
	return pv, yv
}
