package model

import (
	"bytes"
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// The export file: {"format": FileFormat, "version": FileVersion, "params":
// {…}} where params holds every scenario parameter of the URL (defaults
// included) with the same names and units; numbers are JSON numbers, names
// JSON strings.
const (
	FileFormat  = "roundcalc-scenario"
	FileVersion = 1
	// MaxFileSize is the largest file imported, in bytes (1 MB).
	MaxFileSize = 1 << 20
)

type file struct {
	Format  string                     `json:"format"`
	Version int                        `json:"version"`
	Params  map[string]json.RawMessage `json:"params"`
}

// MarshalJSON encodes s as an export file. Every parameter is written, so
// the file does not depend on the defaults of the version that reads it.
func (s Scenario) MarshalJSON() ([]byte, error) {
	params := map[string]json.RawMessage{}
	for k, vs := range s.params(true) {
		var raw []byte
		var err error
		if strings.HasPrefix(k, "name.") {
			raw, err = json.Marshal(vs[0])
		} else {
			raw = []byte(vs[0]) // a URL number is a JSON number
		}
		if err != nil {
			return nil, err
		}
		params[k] = raw
	}
	return json.Marshal(file{Format: FileFormat, Version: FileVersion, Params: params})
}

// ParseJSON applies an export file on top of base, all or nothing: a file
// is one scenario, so when any of its fields is refused (a value, the
// stakes' or the mix's sum, too many conditional or added tranches, a
// parameter the file format does not have) ParseJSON returns base
// unchanged with each refusal once, and an ErrJSON error (Field "file")
// when data is not a scenario file. Numbers may also be given as strings
// ("730"). Added tranches of base that the file does not list are dropped.
func ParseJSON(base Scenario, data []byte) (Scenario, []Error) {
	bad := func(reason string) (Scenario, []Error) {
		return base, []Error{{Code: ErrJSON, Field: "file", Value: reason}}
	}
	if len(data) > MaxFileSize {
		return bad("larger than 1 MB")
	}
	f, problem := readFile(data)
	if problem != nil {
		return base, []Error{*problem}
	}
	if f.Format != FileFormat {
		return bad("format is not " + strconv.Quote(FileFormat))
	}
	if f.Version != FileVersion {
		return bad("unsupported version " + strconv.Itoa(f.Version))
	}
	if f.Params == nil {
		return bad("no params")
	}
	keys := make([]string, 0, len(f.Params))
	for k := range f.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys) // messages in a stable order

	// The added tranches the file lists (t.xN). Ids past x99 count too, so
	// that a file of 1,000 tranches is one refusal, not 3,604.
	listed, beyond := map[string]bool{}, 0
	for _, k := range keys {
		if id, ok := strings.CutPrefix(k, "t."); ok {
			if _, ok := addedNum(id); ok {
				listed[id] = true
			} else if addedForm(id) {
				beyond++
			}
		}
	}
	tooMany := len(listed)+beyond > MaxAdded

	known := Default().params(true)
	q := url.Values{}
	var errs []Error
	for _, k := range keys {
		raw := bytes.TrimSpace(f.Params[k])
		kind, id, _ := strings.Cut(k, ".")
		prm, _, isParam := ParamOf(k)
		perTranche := kind == "name" || (isParam && prm.Section == SectionTranches)
		if !known.Has(k) && !(perTranche && listed[id]) {
			if !(tooMany && perTranche && addedForm(id)) {
				errs = append(errs, Error{Code: ErrUnknownValue, Field: keyName(k), Value: shorten(string(raw))})
			}
			continue
		}
		str, isString := jsonString(raw)
		switch {
		case isString:
			q.Set(k, str) // as written: the URL's rules refuse what is not text
		case kind == "name": // a name must be a JSON string
			errs = append(errs, Error{Code: ErrNameInvalid, Field: k, Value: "", Min: "1", Max: strconv.Itoa(MaxNameLen)})
		default:
			q.Set(k, string(raw)) // a number's literal; anything else fails as not-number
		}
	}
	if tooMany {
		errs = append(errs, Error{Code: ErrTooManyAdded, Field: "t", Value: strconv.Itoa(len(listed) + beyond),
			Min: "0", Max: strconv.Itoa(MaxAdded)})
	}

	// The file is a whole scenario: the base's added tranches it does not
	// list go.
	s := base
	if base.Validate() == nil {
		s = base.clone()
		kept := s.Tranches[:0]
		for _, t := range s.Tranches {
			if _, added := addedNum(t.ID); !added || listed[t.ID] {
				kept = append(kept, t)
			}
		}
		s.Tranches = kept
	}
	s, perrs := ParseQuery(s, q)
	if errs = dedupe(append(errs, perrs...)); len(errs) > 0 {
		return base, errs
	}
	return s, nil
}

// CheckFileSize tells whether a file of size bytes may be imported: the
// page asks before reading it, since a large file read into the wasm
// memory grows it for good.
func CheckFileSize(name string, size int) *Error {
	if size <= MaxFileSize {
		return nil
	}
	return &Error{Code: ErrFileSize, Field: "file", Value: shorten(name), Max: strconv.Itoa(MaxFileSize >> 20)}
}

// addedForm reports whether id has the form of an added tranche's id, xN
// with no leading zero, whatever N.
func addedForm(id string) bool {
	if len(id) < 2 || id[0] != 'x' || id[1] == '0' {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
