package model

import (
	"bytes"
	"encoding/json"
	"net/url"
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
	maxFileSize = 1 << 20
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

// ParseJSON applies an export file on top of base. It returns base
// unchanged plus an ErrJSON error (Field "file") when data is not a scenario
// file; field-level problems are reported and handled like ParseQuery's.
// Numbers may also be given as strings ("730"). Added tranches of base that
// the file does not list are dropped.
func ParseJSON(base Scenario, data []byte) (Scenario, []Error) {
	bad := func(reason string) (Scenario, []Error) {
		return base, []Error{{Code: ErrJSON, Field: "file", Value: reason}}
	}
	if len(data) > maxFileSize {
		return bad("larger than 1 MB")
	}
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return bad("not JSON of the expected shape")
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
	q := url.Values{}
	var errs []Error
	for k, raw := range f.Params {
		raw = bytes.TrimSpace(raw)
		var str string
		if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &str) == nil {
			q.Set(k, str)
		} else if strings.HasPrefix(k, "name.") {
			// A name must be a JSON string; a number or an object is refused
			// (for a tranche the file lists; others' names are moot).
			id := strings.TrimPrefix(k, "name.")
			if _, added := addedNum(id); added && f.Params["t."+id] != nil {
				errs = append(errs, Error{Code: ErrName, Field: k, Value: shorten(string(raw)), Min: "1", Max: strconv.Itoa(MaxNameLen)})
			}
		} else {
			q.Set(k, string(raw)) // a number's literal; anything else fails as not-number
		}
	}
	// The file is a whole scenario: the base's added tranches it does not
	// list go (a listed one whose amount is refused stays, as any refused
	// value does).
	if base.Validate() == nil {
		base = base.clone()
		kept := base.Tranches[:0]
		for _, t := range base.Tranches {
			if _, added := addedNum(t.ID); !added || q.Has("t."+t.ID) {
				kept = append(kept, t)
			}
		}
		base.Tranches = kept
	}
	s, perrs := ParseQuery(base, q)
	return s, append(errs, perrs...)
}
