package config

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pyAssign is one top-level "NAME = value" statement of a Python settings
// file, read without running Python.
type pyAssign struct {
	Name  string
	Value any // string, int64, float64, bool, nil, []any or map[string]any
	Line  int // 1-based
	// Err says why the value is not a literal folio can read; Value is
	// then meaningless.
	Err string
	// StarImport names the module of a "from NAME import *" statement
	// (Name is then empty): its settings count as assigned here.
	StarImport string
}

// parsePython reads the top-level assignments of literal values in a
// Python module: strings (with implicit concatenation), numbers, True,
// False, None, and lists, tuples and dicts of those. Every other
// top-level assignment is returned with Err set ("not understood"), so
// that the caller reports it rather than guesses. Statements that are not
// assignments (imports, ifs, defs) and indented blocks are skipped: the
// values they may set cannot be known without running the file.
func parsePython(src string) []pyAssign {
	toks := tokenizePython(src)
	var out []pyAssign
	for i := 0; i < len(toks); {
		// A statement runs to the next logical newline.
		end := i
		for end < len(toks) && toks[end].kind != tNewline {
			end++
		}
		stmt := toks[i:end]
		i = end + 1
		if len(stmt) == 0 {
			continue
		}
		if last := stmt[len(stmt)-1]; last.kind == tError {
			out = append(out, pyAssign{Line: last.line, Err: last.text})
			continue
		}
		if stmt[0].indent {
			continue
		}
		if len(stmt) == 4 && stmt[0].text == "from" && stmt[1].kind == tName && stmt[2].text == "import" && stmt[3].text == "*" {
			out = append(out, pyAssign{Line: stmt[0].line, StarImport: stmt[1].text})
			continue
		}
		if len(stmt) < 2 || stmt[0].kind != tName && !isOpTok(stmt[0], "(") && !isOpTok(stmt[0], "[") {
			continue
		}
		out = append(out, assignments(stmt)...)
	}
	return out
}

// assignments reads one statement that may assign: "A = v", chained
// "A = B = v", tuple targets "A, B = v1, v2" (and "(A, B) = …"). Any other
// statement (an expression, a call) gives nothing.
func assignments(stmt []pyTok) []pyAssign {
	// Targets are the parts before each top-level "=".
	var targets [][]pyTok
	start, depth := 0, 0
	for i, t := range stmt {
		if t.kind != tOp {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case "=":
			if depth == 0 {
				targets = append(targets, stmt[start:i])
				start = i + 1
			}
		case "+=", "-=", "*=", "|=", ":":
			if depth == 0 && len(targets) == 0 && i == 1 && stmt[0].kind == tName {
				name := stmt[0]
				return []pyAssign{{Name: name.text, Line: name.line, Err: fmt.Sprintf("%q changes the value with code", t.text)}}
			}
		}
	}
	if len(targets) == 0 {
		return nil
	}
	names := make([][]pyTok, len(targets))
	tuple := make([]bool, len(targets))
	for i, tg := range targets {
		n, isTuple, ok := targetNames(tg)
		if !ok {
			return nil // an attribute or item assignment: code
		}
		names[i], tuple[i] = n, isTuple
	}
	p := &pyParser{toks: stmt[start:]}
	v, err := p.expr()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("%s after the value is code", p.toks[p.pos].describe())
	}
	var out []pyAssign
	for k, ns := range names {
		if !tuple[k] {
			a := pyAssign{Name: ns[0].text, Line: ns[0].line, Value: v}
			if err != nil {
				a.Err, a.Value = err.Error(), nil
			}
			out = append(out, a)
			continue
		}
		// Unpacking: each name takes its item.
		items, isList := v.([]any)
		for i, n := range ns {
			a := pyAssign{Name: n.text, Line: n.line}
			switch {
			case err != nil:
				a.Err = err.Error()
			case !isList || len(items) != len(ns):
				a.Err = fmt.Sprintf("unpacking into %d names needs a tuple or list of %d values", len(ns), len(ns))
			default:
				a.Value = items[i]
			}
			out = append(out, a)
		}
	}
	return out
}

// targetNames reads an assignment target: a name, or names separated by
// commas, perhaps in brackets (a tuple target, which unpacks). ok is
// false for anything else.
func targetNames(tg []pyTok) (names []pyTok, tuple, ok bool) {
	if len(tg) >= 2 && (isOpTok(tg[0], "(") && isOpTok(tg[len(tg)-1], ")") || isOpTok(tg[0], "[") && isOpTok(tg[len(tg)-1], "]")) {
		tg, tuple = tg[1:len(tg)-1], true
	}
	for i, t := range tg {
		switch {
		case i%2 == 1 && isOpTok(t, ","):
			tuple = true
		case i%2 == 0 && t.kind == tName && !isKeyword(t.text):
			names = append(names, t)
		default:
			return nil, false, false
		}
	}
	return names, tuple, len(names) > 0
}

func isOpTok(t pyTok, op string) bool { return t.kind == tOp && t.text == op }

// isKeyword reports names Python reserves, which are never assignment
// targets (a one-line "if x: A = 1" is not an assignment folio reads).
func isKeyword(w string) bool {
	switch w {
	case "True", "False", "None", "import", "from", "def", "class", "if", "for", "while", "with", "return", "lambda":
		return true
	}
	return false
}

type pyTokKind int

const (
	tName pyTokKind = iota
	tString
	tNumber
	tOp
	tNewline
	tError
)

type pyTok struct {
	kind   pyTokKind
	text   string // the name, operator or number; the decoded string
	raw    string // a string's source, prefix included
	line   int
	indent bool // the token starts an indented line
}

func (t pyTok) describe() string {
	switch t.kind {
	case tString:
		return "a string"
	case tNumber:
		return "the number " + t.text
	}
	return strconv.Quote(t.text)
}

// tokenizePython splits src into Python tokens. Newlines inside brackets
// and after a backslash do not end a statement, as in Python.
func tokenizePython(src string) []pyTok {
	var toks []pyTok
	line, depth := 1, 0
	lineStart := true
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			if depth == 0 && len(toks) > 0 && toks[len(toks)-1].kind != tNewline {
				toks = append(toks, pyTok{kind: tNewline, line: line})
			}
			line++
			i++
			lineStart = depth == 0
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
			continue
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			line++
			continue
		}
		indent := lineStart && i > 0 && src[i-1] != '\n'
		lineStart = false
		start, startLine := i, line
		var t pyTok
		switch {
		case isNameStart(src, i):
			for i < len(src) && isNamePart(src, i) {
				_, n := utf8.DecodeRuneInString(src[i:])
				i += n
			}
			word := src[start:i]
			if i < len(src) && (src[i] == '\'' || src[i] == '"') && isStringPrefix(word) {
				var err error
				t, i, line, err = readPyString(src, start, i, line)
				if err != nil {
					t = pyTok{kind: tError, text: err.Error()}
				}
			} else {
				t = pyTok{kind: tName, text: word}
			}
		case c == '\'' || c == '"':
			var err error
			t, i, line, err = readPyString(src, start, i, line)
			if err != nil {
				t = pyTok{kind: tError, text: err.Error()}
			}
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			for i < len(src) && (isAlnum(src[i]) || src[i] == '.' || src[i] == '_' ||
				(src[i] == '+' || src[i] == '-') && (src[i-1] == 'e' || src[i-1] == 'E') && !strings.HasPrefix(strings.ToLower(src[start:i]), "0x")) {
				i++
			}
			t = pyTok{kind: tNumber, text: src[start:i]}
		default:
			op := string(c)
			if i+1 < len(src) {
				two := src[i : i+2]
				switch two {
				case "+=", "-=", "*=", "/=", "|=", "&=", "==", "!=", "<=", ">=", "**", "//", "->", ":=":
					op = two
				}
			}
			i += len(op)
			switch op {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				if depth > 0 {
					depth--
				}
			}
			t = pyTok{kind: tOp, text: op}
		}
		t.line, t.indent = startLine, indent
		toks = append(toks, t)
		if t.kind == tError {
			// The rest of the file cannot be split reliably.
			toks = append(toks, pyTok{kind: tNewline, line: line})
			return toks
		}
	}
	return append(toks, pyTok{kind: tNewline, line: line})
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isNameStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '_' || unicode.IsLetter(r)
}

func isNamePart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// readPyString reads a string literal whose prefix starts at start and
// whose quote is at q.
func readPyString(src string, start, q, line int) (pyTok, int, int, error) {
	prefix := strings.ToLower(src[start:q])
	raw := strings.Contains(prefix, "r")
	quote := src[q : q+1]
	triple := strings.HasPrefix(src[q:], strings.Repeat(quote, 3))
	if triple {
		quote = strings.Repeat(quote, 3)
	}
	i := q + len(quote)
	var b strings.Builder
	for {
		if i >= len(src) {
			return pyTok{}, i, line, fmt.Errorf("line %d: string is never closed", line)
		}
		if strings.HasPrefix(src[i:], quote) {
			i += len(quote)
			break
		}
		c := src[i]
		switch {
		case c == '\n' && !triple:
			return pyTok{}, i, line, fmt.Errorf("line %d: string is never closed", line)
		case c == '\\' && i+1 < len(src):
			if raw {
				b.WriteString(src[i : i+2])
				if src[i+1] == '\n' {
					line++
				}
				i += 2
				continue
			}
			n, err := unescapePy(src[i:], &b)
			if err != nil {
				return pyTok{}, i, line, fmt.Errorf("line %d: %v", line, err)
			}
			if src[i+1] == '\n' {
				line++
			}
			i += n
			continue
		case c == '\n':
			line++
		}
		b.WriteByte(c)
		i++
	}
	t := pyTok{kind: tString, text: b.String(), raw: src[start:i]}
	if strings.Contains(prefix, "f") {
		// An f-string is code.
		t.kind = tName
		t.text = src[start:i]
	}
	return t, i, line, nil
}

// unescapePy decodes the escape sequence at the start of s into b and
// returns its length.
func unescapePy(s string, b *strings.Builder) (int, error) {
	c := s[1]
	simple := map[byte]string{'\n': "", '\\': `\`, '\'': "'", '"': `"`, 'a': "\a", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t", 'v': "\v"}
	if r, ok := simple[c]; ok {
		b.WriteString(r)
		return 2, nil
	}
	hexLen := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
	if hexLen > 0 {
		if len(s) < 2+hexLen {
			return 0, fmt.Errorf(`short \%c escape`, c)
		}
		n, err := strconv.ParseUint(s[2:2+hexLen], 16, 32)
		if err != nil {
			return 0, fmt.Errorf(`bad \%c escape`, c)
		}
		b.WriteRune(rune(n))
		return 2 + hexLen, nil
	}
	if c >= '0' && c <= '7' {
		n := 1
		for n < 3 && 1+n < len(s) && s[1+n] >= '0' && s[1+n] <= '7' {
			n++
		}
		v, _ := strconv.ParseUint(s[1:1+n], 8, 32)
		b.WriteRune(rune(v))
		return 1 + n, nil
	}
	// Python keeps unknown escapes as written.
	b.WriteString(s[:2])
	return 2, nil
}

// pyParser reads one literal expression from a statement's tokens.
type pyParser struct {
	toks  []pyTok
	pos   int
	depth int
}

const maxPyDepth = 50

func (p *pyParser) peek() (pyTok, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return pyTok{}, false
}

func (p *pyParser) isOp(op string) bool {
	t, ok := p.peek()
	return ok && t.kind == tOp && t.text == op
}

// expr reads a value; a bare "a, b" at the top is a tuple, as in Python.
func (p *pyParser) expr() (any, error) {
	v, err := p.sum()
	if err != nil {
		return nil, err
	}
	if !p.isOp(",") {
		return v, nil
	}
	items := []any{v}
	for p.isOp(",") {
		p.pos++
		if _, ok := p.peek(); !ok {
			break
		}
		v, err := p.sum()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
	}
	return items, nil
}

// sum reads "a + b + …": lists and tuples join, strings concatenate and
// numbers add, as Python does with literals of one type.
func (p *pyParser) sum() (any, error) {
	v, err := p.atom()
	if err != nil || !p.isOp("+") {
		return v, err
	}
	var list []any
	var text strings.Builder
	isList, isText := false, false
	switch x := v.(type) {
	case []any:
		list, isList = append(list, x...), true
	case string:
		text.WriteString(x)
		isText = true
	}
	for p.isOp("+") {
		p.pos++
		w, err := p.atom()
		if err != nil {
			return nil, err
		}
		switch x := w.(type) {
		case []any:
			if !isList {
				return nil, fmt.Errorf("adding a list to something else is code")
			}
			list = append(list, x...)
		case string:
			if !isText {
				return nil, fmt.Errorf("adding a string to something else is code")
			}
			text.WriteString(x)
		case int64:
			n, ok := v.(int64)
			if !ok {
				return nil, fmt.Errorf("adding a number to something else is code")
			}
			v = n + x
		default:
			return nil, fmt.Errorf("%s cannot be added", printValue(w))
		}
	}
	switch {
	case isList:
		return list, nil
	case isText:
		return text.String(), nil
	}
	return v, nil
}

func (p *pyParser) atom() (any, error) {
	t, ok := p.peek()
	if !ok {
		return nil, fmt.Errorf("no value")
	}
	p.pos++
	switch t.kind {
	case tString:
		// Adjacent strings are one ("a" "b"); a Builder keeps joining
		// many of them linear.
		next, ok := p.peek()
		if !ok || next.kind != tString {
			return t.text, nil
		}
		var b strings.Builder
		b.WriteString(t.text)
		for ok && next.kind == tString {
			b.WriteString(next.text)
			p.pos++
			next, ok = p.peek()
		}
		return b.String(), nil
	case tNumber:
		return parsePyNumber(t.text)
	case tName:
		switch t.text {
		case "True":
			return true, nil
		case "False":
			return false, nil
		case "None":
			return nil, nil
		}
		return nil, fmt.Errorf("%s is code, not a literal", t.text)
	case tOp:
		switch t.text {
		case "-", "+":
			n, ok := p.peek()
			if !ok || n.kind != tNumber {
				return nil, fmt.Errorf("%q is code, not a literal", t.text)
			}
			p.pos++
			v, err := parsePyNumber(n.text)
			if err != nil || t.text == "+" {
				return v, err
			}
			switch v := v.(type) {
			case int64:
				return -v, nil
			case float64:
				return -v, nil
			}
		case "[":
			return p.sequence("]")
		case "(":
			return p.sequence(")")
		case "{":
			return p.dict()
		}
	}
	return nil, fmt.Errorf("%s is code, not a literal", t.describe())
}

// sequence reads the items of a list or tuple up to close.
func (p *pyParser) sequence(close string) (any, error) {
	if p.depth++; p.depth > maxPyDepth {
		return nil, fmt.Errorf("nested more than %d levels", maxPyDepth)
	}
	defer func() { p.depth-- }()
	items := []any{}
	trailingComma := false
	for {
		if p.isOp(close) {
			p.pos++
			if close == ")" && len(items) == 1 && !trailingComma {
				return items[0], nil // (x) is x, not a tuple
			}
			return items, nil
		}
		v, err := p.sum()
		if err != nil {
			return nil, err
		}
		if t, ok := p.peek(); ok && t.kind == tName && t.text == "for" {
			return nil, fmt.Errorf("a comprehension is code, not a literal")
		}
		items = append(items, v)
		trailingComma = false
		if p.isOp(",") {
			p.pos++
			trailingComma = true
			continue
		}
		if !p.isOp(close) {
			return nil, p.unexpected(close)
		}
	}
}

func (p *pyParser) dict() (any, error) {
	if p.depth++; p.depth > maxPyDepth {
		return nil, fmt.Errorf("nested more than %d levels", maxPyDepth)
	}
	defer func() { p.depth-- }()
	m := map[string]any{}
	for {
		if p.isOp("}") {
			p.pos++
			return m, nil
		}
		k, err := p.atom()
		if err != nil {
			return nil, err
		}
		if !p.isOp(":") {
			return nil, fmt.Errorf("a set is not a setting folio reads")
		}
		p.pos++
		v, err := p.sum()
		if err != nil {
			return nil, err
		}
		m[fmt.Sprint(k)] = v
		if p.isOp(",") {
			p.pos++
			continue
		}
		if !p.isOp("}") {
			return nil, p.unexpected("}")
		}
	}
}

func (p *pyParser) unexpected(want string) error {
	if t, ok := p.peek(); ok {
		return fmt.Errorf("%s where %q or \",\" was expected is code, not a literal", t.describe(), want)
	}
	return fmt.Errorf("%q is missing", want)
}

func parsePyNumber(s string) (any, error) {
	clean := strings.ReplaceAll(s, "_", "")
	if n, ok := new(big.Int).SetString(clean, 0); ok {
		if n.IsInt64() {
			return n.Int64(), nil
		}
		return nil, fmt.Errorf("the number %s is too large", s)
	}
	if f, err := strconv.ParseFloat(clean, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("%s is not a number", s)
}
