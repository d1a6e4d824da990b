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
// not an object is not of the file's shape. It reads data in place: a
// json.Decoder copied a 1 MB file four times over (4 MB of garbage for
// each import, and the wasm memory keeps what the heap once reached).
func eachKey(data []byte, f func(key string, raw json.RawMessage) *Error) *Error {
	shape := &Error{Code: ErrJSON, Field: "file", Value: "not JSON of the expected shape"}
	at := func(i int, c byte) bool { return i < len(data) && data[i] == c }
	i := skipSpace(data, 0)
	if !at(i, '{') {
		return shape
	}
	i = skipSpace(data, i+1)
	if at(i, '}') {
		return nil
	}
	for {
		if !at(i, '"') {
			return shape
		}
		end := valueEnd(data, i)
		key, _ := jsonString(data[i:end])
		if i = skipSpace(data, end); !at(i, ':') {
			return shape
		}
		i = skipSpace(data, i+1)
		end = valueEnd(data, i)
		if end <= i {
			return shape
		}
		if e := f(key, data[i:end]); e != nil {
			return e
		}
		switch i = skipSpace(data, end); {
		case at(i, ','):
			i = skipSpace(data, i+1)
		case at(i, '}'):
			return nil
		default:
			return shape
		}
	}
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON whitespace.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the index just after the JSON value starting at i, in
// valid JSON: a string, an object or array (strings inside skipped), or a
// literal.
func valueEnd(data []byte, i int) int {
	depth := 0
	for j := i; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			for j++; j < len(data) && data[j] != '"'; j++ {
				if data[j] == '\\' {
					j++
				}
			}
			if depth == 0 {
				return j + 1
			}
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth--; depth <= 0 {
				if depth < 0 {
					return j // a literal ended by its container
				}
				return j + 1
			}
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return j
		}
	}
	return len(data)
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
