package model

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// readFile reads the frame of an export file as strictly as the URL is
// read: one object whose keys are format, version and params, each spelled
// exactly and given once; params an object whose keys are each given once.
// (encoding/json matches keys whatever their case and lets the last of two
// win, where the URL keeps the first: a file could then mean what its
// reader never sees.) The parameters' values are kept as written.
func readFile(data []byte) (file, *Error) {
	bad := func(reason string) (file, *Error) {
		return file{}, &Error{Code: ErrJSON, Field: "file", Value: reason}
	}
	if !json.Valid(data) {
		return bad("not JSON of the expected shape")
	}
	var f file
	seen := map[string]bool{}
	err := eachKey(data, func(key string, raw json.RawMessage) *Error {
		if seen[key] {
			return &Error{Code: ErrDuplicate, Field: "file", Value: keyName(key)}
		}
		seen[key] = true
		switch key {
		case "format":
			f.Format, _ = jsonString(raw)
		case "version":
			n, err := strconv.Atoi(string(raw))
			if err != nil {
				return &Error{Code: ErrJSON, Field: "file", Value: "unsupported version " + shorten(string(raw))}
			}
			f.Version = n
		case "params":
			if string(raw) == "null" {
				return nil
			}
			f.Params = map[string]json.RawMessage{}
			return eachKey(raw, func(k string, v json.RawMessage) *Error {
				if _, twice := f.Params[k]; twice {
					return &Error{Code: ErrDuplicate, Field: fieldOrFile(k), Value: keyName(k)}
				}
				f.Params[k] = v
				return nil
			})
		default:
			return &Error{Code: ErrUnknownValue, Field: "file", Value: keyName(key)}
		}
		return nil
	})
	if err != nil {
		return file{}, err
	}
	return f, nil
}

// fieldOrFile names a parameter of the file in a message: itself when the
// scenario has such a parameter, else the file.
func fieldOrFile(k string) string {
	if IsParam(k) {
		return k
	}
	return "file"
}

// eachKey calls f with each key of the JSON object data (valid JSON) and its
// value as written, in order, and stops at f's first problem. Data that is
// not an object is not of the file's shape.
func eachKey(data []byte, f func(key string, raw json.RawMessage) *Error) *Error {
	shape := &Error{Code: ErrJSON, Field: "file", Value: "not JSON of the expected shape"}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return shape
	}
	for dec.More() {
		tok, err := dec.Token()
		key, isKey := tok.(string)
		var raw json.RawMessage
		if err != nil || !isKey || dec.Decode(&raw) != nil {
			return shape
		}
		if e := f(key, raw); e != nil {
			return e
		}
	}
	return nil
}

// jsonString decodes a JSON string literal (valid JSON) keeping what is not
// text as it is: a byte that is not UTF-8 stays, and a lone surrogate
// (\ud800) becomes the bytes UTF-8 would give it, which are not valid UTF-8
// either, so the URL's rule for text refuses both. (encoding/json turns
// both into U+FFFD, which would pass for text.) It reports false for any
// other JSON value.
func jsonString(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	in := raw[1 : len(raw)-1]
	if bytes.IndexByte(in, '\\') < 0 {
		return string(in), true
	}
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '\\' || i+1 >= len(in) {
			out = append(out, c)
			continue
		}
		i++
		switch in[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(in[i+1:])
			if !ok {
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if lo, ok := lowSurrogate(in[i+1:]); ok && r < 0xDC00 {
					out = utf8.AppendRune(out, utf16.DecodeRune(r, lo))
					i += 6
					continue
				}
				// A lone surrogate: its three bytes, never valid UTF-8.
				out = append(out, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
				continue
			}
			out = utf8.AppendRune(out, r)
		default: // " \ /
			out = append(out, in[i])
		}
	}
	return string(out), true
}

// lowSurrogate reads a \uDC00–\uDFFF escape at the start of b.
func lowSurrogate(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	r, ok := hex4(b[2:])
	return r, ok && r >= 0xDC00 && r <= 0xDFFF
}

// hex4 reads four hexadecimal digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 16)
	return rune(n), err == nil
}
