package markup

import (
	"strconv"
	"strings"
)

// enumSeq is the sequence an enumerated list counts in, read from its
// first item as docutils does: "1.", "#.", "a.", "A.", "i.", "I.".
type enumSeq struct {
	kind  byte // '1', 'a', 'A', 'i' or 'I'
	start int  // the first item's value, from 1
}

// enumerator returns the enumerator of the list item l ("(b)" gives
// "b").
func enumerator(l string) string {
	l = strings.TrimPrefix(l, "(")
	k := 0
	for k < len(l) && l[k] != '.' && l[k] != ')' && l[k] != ' ' {
		k++
	}
	return l[:k]
}

// newEnumSeq reads the sequence of a list whose first item is l. A lone
// "i" or "I" starts a roman list, as docutils reads it.
func newEnumSeq(l string) enumSeq {
	e := enumerator(l)
	if n, err := strconv.Atoi(e); err == nil {
		return enumSeq{kind: '1', start: max(n, 0)}
	}
	if e == "" || e == "#" {
		return enumSeq{kind: '1', start: 1}
	}
	if v := fromRoman(e); v > 0 && (len(e) > 1 || e == "i" || e == "I") {
		if e == strings.ToUpper(e) {
			return enumSeq{kind: 'I', start: v}
		}
		return enumSeq{kind: 'i', start: v}
	}
	if e[0] >= 'A' && e[0] <= 'Z' {
		return enumSeq{kind: 'A', start: int(e[0]-'A') + 1}
	}
	return enumSeq{kind: 'a', start: int(e[0]|0x20-'a') + 1}
}

// roman reports whether the list counts in roman numerals, so that its
// later items ("v.", "x.") are not read as letters.
func (s enumSeq) roman() bool { return s.kind == 'i' || s.kind == 'I' }

// label is the k-th item's enumerator (from 0) as the page shows it.
func (s enumSeq) label(k int) string {
	v := s.start + k
	switch s.kind {
	case 'a', 'A':
		if v < 1 || v > 26 {
			return strconv.Itoa(v)
		}
		return string(rune(s.kind) + rune(v-1))
	case 'i':
		return strings.ToLower(toRoman(v))
	case 'I':
		return toRoman(v)
	}
	return strconv.Itoa(v)
}

var romanDigits = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

// toRoman writes v (1 to 3999) in roman numerals, or in digits outside
// that range.
func toRoman(v int) string {
	if v < 1 || v > 3999 {
		return strconv.Itoa(v)
	}
	var b strings.Builder
	for _, d := range romanDigits {
		for v >= d.v {
			b.WriteString(d.s)
			v -= d.v
		}
	}
	return b.String()
}

// fromRoman reads a roman numeral, or returns 0; it accepts only the
// canonical spelling, so that "ic" or "dim" are not numbers.
func fromRoman(e string) int {
	if len(e) == 0 || len(e) > 15 {
		return 0
	}
	u := strings.ToUpper(e)
	if u != e && strings.ToLower(e) != e {
		return 0
	}
	v, rest := 0, u
	for _, d := range romanDigits {
		for strings.HasPrefix(rest, d.s) {
			v += d.v
			rest = rest[len(d.s):]
		}
	}
	if rest != "" || toRoman(v) != u {
		return 0
	}
	return v
}
