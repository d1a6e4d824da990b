package main

import (
	"strings"

	"github.com/roundcalc/roundcalc/app/text"
)

// Each language has a page of its own, so that a static host, which serves
// one prerendered page per path, shows every reader their language from
// the first paint: French, the default, at "/", English at "/en/". The
// lang parameter keeps choosing the language on either.
func langPaths() map[string]string {
	out := map[string]string{}
	for i, l := range text.Languages() {
		out[l] = "/"
		if i > 0 {
			out[l] = "/" + l + "/"
		}
	}
	return out
}

// pathLang is the language of a page's path ("" for the default page),
// under whatever sub-path the site lives.
func pathLang(p string) string {
	for l, lp := range langPaths() {
		if lp != "/" && (strings.HasSuffix(p, lp) || strings.HasSuffix(p+"/", lp)) {
			return l
		}
	}
	return ""
}
