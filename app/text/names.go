package text

import (
	"fmt"
	"strings"

	"github.com/roundcalc/roundcalc/model"
)

// HolderName names a holder: a known one in the texts' language, an
// investor the reader added by the name the reader gave, or in the texts'
// language when the reader gave none.
func (t *Texts) HolderName(s model.Scenario, id string) string {
	if v, ok := t.Holder(id); ok {
		return v
	}
	for _, tr := range s.Tranches {
		if tr.ID != id || tr.Name == "" {
			continue
		}
		if n, added := model.AddedNumber(id); added && tr.Name == model.AddedName(id) {
			return fmt.Sprintf(t.AddedDefault, n)
		}
		return Isolate(tr.Name)
	}
	return id
}

// Isolate marks a reader's text as a unit of its own for the browser's
// bidirectional algorithm (U+2068 … U+2069, what <bdi> does in HTML, and
// which SVG text and attributes honour too): a right-to-left name then
// never moves the words and figures beside it.
func Isolate(s string) string { return "\u2068" + s + "\u2069" }

// Plain drops the isolation marks of Isolate, for text that leaves the page
// as data (CSV) or is drawn without the bidirectional algorithm (the sharing
// card's image). A name never holds them: the model refuses them.
func Plain(s string) string { return strings.NewReplacer("\u2068", "", "\u2069", "").Replace(s) }

// TrancheName names a tranche: a default one by its own name (Amazon's
// two), an added one by its investor.
func (t *Texts) TrancheName(s model.Scenario, id string) string {
	if v, ok := t.Tranche(id); ok {
		return v
	}
	return t.HolderName(s, id)
}

// TagLegend says what a source tag means ("A / R" names both).
func (t *Texts) TagLegend(tag string) string {
	var parts []string
	for _, one := range strings.Split(tag, "/") {
		parts = append(parts, t.Tag(strings.TrimSpace(one)))
	}
	return fmt.Sprintf(t.SourceName, tag, strings.Join(parts, " · "))
}
