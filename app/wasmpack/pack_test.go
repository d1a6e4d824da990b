package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// module builds a wasm module: a type section, then a data section of the
// given segments, written in the given order.
func module(segs ...segment) []byte {
	var b bytes.Buffer
	b.WriteString("\x00asm\x01\x00\x00\x00")
	writeSection(&b, 1, []byte{0}) // an empty type section, copied as is
	writeSection(&b, sectionData, encodeSegments(segs))
	writeSection(&b, 0, []byte("\x04name\x00")) // a custom section after it
	return b.Bytes()
}

// memory is what the segments write in a zeroed memory.
func memory(t *testing.T, m []byte) []byte {
	t.Helper()
	r := reader{b: m, off: 8}
	for r.off < len(m) {
		id := r.byte()
		size := int(r.uleb())
		if id == sectionData {
			segs, err := readSegments(m[r.off : r.off+size])
			require.NoError(t, err)
			var mem []byte
			for _, s := range segs {
				if end := int(s.addr) + len(s.data); end > len(mem) {
					mem = append(mem, make([]byte, end-len(mem))...)
				}
				copy(mem[s.addr:], s.data)
			}
			return mem
		}
		r.off += size
	}
	t.Fatal("no data section")
	return nil
}

func TestPack(t *testing.T) {
	for _, c := range []struct {
		name  string
		segs  []segment
		after int
	}{
		{"one segment", []segment{{16, []byte("abc")}}, 1},
		{"a short gap is written out", []segment{{16, []byte("abc")}, {30, []byte("de")}}, 1},
		{"touching segments", []segment{{16, []byte("abc")}, {19, []byte("de")}}, 1},
		{"a long gap is kept", []segment{{16, []byte("abc")}, {16 + 3 + 100, []byte("de")}}, 2},
		{"out of address order, as the linker writes them", []segment{{4000, []byte("late")}, {16, []byte("abc")}, {40, []byte("x")}, {4010, []byte("y")}}, 2},
		{"high addresses", []segment{{1 << 30, []byte{1}}, {1<<30 + 50, []byte{2}}}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := module(c.segs...)
			out, before, after, err := pack(in, 100)
			require.NoError(t, err)
			assert.Equal(t, len(c.segs), before)
			assert.Equal(t, c.after, after)
			assert.Equal(t, memory(t, in), memory(t, out), "the memory the program starts with")
			// The other sections are copied as they are, in their order.
			assert.True(t, bytes.HasPrefix(out, in[:8+3]), "header and type section")
			assert.True(t, bytes.HasSuffix(out, []byte("\x04name\x00")), "custom section")
			again, _, n, err := pack(out, 100)
			require.NoError(t, err)
			assert.Equal(t, after, n)
			assert.Equal(t, out, again, "packing twice changes nothing")
		})
	}
}

func TestPackRefuses(t *testing.T) {
	valid := module(segment{16, []byte("abc")})
	dataAt := bytes.Index(valid, []byte{sectionData})
	withBody := func(body []byte) []byte {
		var b bytes.Buffer
		b.Write(valid[:dataAt])
		writeSection(&b, sectionData, body)
		return b.Bytes()
	}
	for _, c := range []struct {
		name   string
		module []byte
	}{
		{"not wasm", []byte("\x7fELF\x02\x01\x01\x00")},
		{"no data section", valid[:dataAt]},
		{"truncated section", valid[:len(valid)-3]},
		{"a passive segment", withBody([]byte{1, 1, 1, 'a'})},
		{"an offset from a global", withBody([]byte{1, 0, 0x23, 0, opEnd, 1, 'a'})},
		{"an offset of two instructions", withBody([]byte{1, 0, opI32Const, 1, opI32Const, 2, opEnd, 1, 'a'})},
		{"a segment past the section's end", withBody([]byte{1, 0, opI32Const, 16, opEnd, 9, 'a'})},
		{"bytes after the segments", withBody([]byte{1, 0, opI32Const, 16, opEnd, 1, 'a', 'b'})},
		{"overlapping segments", module(segment{16, []byte("abc")}, segment{17, []byte("x")})},
		{"a data count section", append(append([]byte{}, valid...), sectionDataCount, 1, 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, _, err := pack(c.module, 100)
			assert.Error(t, err)
		})
	}
}
