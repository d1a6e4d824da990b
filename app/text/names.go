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
		return tr.Name
	}
	return id
}

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
