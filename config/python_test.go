package config

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestParsePython(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want map[string]any    // understood assignments
		errs map[string]string // not understood: name → part of the reason
	}{
		{name: "strings of every quote",
			src:  "A = 'one'\nB = \"two\"\nC = '''three\nlines'''\nD = r'\\d+'\nE = u'\\u00e8'\n",
			want: map[string]any{"A": "one", "B": "two", "C": "three\nlines", "D": `\d+`, "E": "è"}},
		{name: "implicit concatenation", src: "A = ('con'\n     'cat')\n", want: map[string]any{"A": "concat"}},
		{name: "numbers and constants",
			src:  "A = 10\nB = -3\nC = 1.5\nD = True\nE = False\nF = None\nG = 0x1F\nH = 1_000\n",
			want: map[string]any{"A": int64(10), "B": int64(-3), "C": 1.5, "D": true, "E": false, "F": nil, "G": int64(31), "H": int64(1000)}},
		{name: "lists tuples and dicts",
			src: "A = ['a', 'b',]\nB = ('x',)\nC = ('y')\nD = {'k': 'v', 'n': [1, 2]}\nE = []\nF = ()\n",
			want: map[string]any{"A": []any{"a", "b"}, "B": []any{"x"}, "C": "y",
				"D": map[string]any{"k": "v", "n": []any{int64(1), int64(2)}}, "E": []any{}, "F": []any{}}},
		{name: "bare tuple", src: "A = 'a', 'b'\n", want: map[string]any{"A": []any{"a", "b"}}},
		{name: "nested pairs as in SLUG_REGEX_SUBSTITUTIONS",
			src:  "S = [\n    (r'[^\\w\\s-]', ''),  # comment\n    (r'(?u)\\A\\s*', ''),\n]\n",
			want: map[string]any{"S": []any{[]any{`[^\w\s-]`, ""}, []any{`(?u)\A\s*`, ""}}}},
		{name: "comments and blank lines", src: "# A = 1\n\nA = 2  # not 3\n", want: map[string]any{"A": int64(2)}},
		{name: "backslash continuation", src: "A = \\\n  'x'\n", want: map[string]any{"A": "x"}},
		{name: "names are code", src: "A = B\n", errs: map[string]string{"A": "B is code"}},
		{name: "calls are code", src: "import os\nP = os.path.join('a', 'b')\n", errs: map[string]string{"P": "code"}},
		{name: "f-strings are code", src: "A = f'{B}'\n", errs: map[string]string{"A": "code"}},
		{name: "operators other than + are code", src: "A = 'a' * 2\nB = ['a'] + 'b'\n", errs: map[string]string{"A": "code", "B": "code"}},
		// Issue 10, class 1: every literal form Python accepts.
		{name: "u r b prefixes", src: "A = u'Alexis'\nB = U\"x\"\nC = b'bytes'\nD = Rb'\\d'\nE = ur'x'\n",
			want: map[string]any{"A": "Alexis", "B": "x", "C": "bytes", "D": `\d`}, errs: map[string]string{"E": "code"}},
		{name: "chained assignment", src: "AUTHOR = SITENAME = \"Kevin\"\n", want: map[string]any{"AUTHOR": "Kevin", "SITENAME": "Kevin"}},
		{name: "tuple assignment", src: "A, B = 'a', ['b']\n(C, D) = 1, 2\n[E, F] = ('e', 'f')\nG, = ('g',)\n",
			want: map[string]any{"A": "a", "B": []any{"b"}, "C": int64(1), "D": int64(2), "E": "e", "F": "f", "G": "g"}},
		{name: "tuple assignment of the wrong length", src: "A, B = 1, 2, 3\n", errs: map[string]string{"A": "unpacking", "B": "unpacking"}},
		{name: "plus of lists tuples strings and numbers",
			src:  "A = ['a'] + ['b', 'c']\nB = ('x',) + ('y',)\nC = 'con' + 'cat' 'ed'\nD = 1 + 2\nE = (\n  'one '\n  'two'\n)\n",
			want: map[string]any{"A": []any{"a", "b", "c"}, "B": []any{"x", "y"}, "C": "concated", "D": int64(3), "E": "one two"}},
		{name: "plus inside a list and a dict", src: "A = [('a', 'b' + 'c')]\nB = {'k': [1] + [2]}\n",
			want: map[string]any{"A": []any{[]any{"a", "bc"}}, "B": map[string]any{"k": []any{int64(1), int64(2)}}}},
		{name: "item and attribute assignments are code, skipped", src: "X['a'] = 1\nos.environ['A'] = 'b'\nA = 1\n", want: map[string]any{"A": int64(1)}},
		{name: "keyword arguments are not assignments", src: "f(a=1)\nA = dict(b=2)\n", errs: map[string]string{"A": "code"}},
		{name: "augmented assignment", src: "A = []\nA += ['x']\n", want: map[string]any{"A": []any{}}, errs: map[string]string{"A": `"+="`}},
		{name: "comprehension", src: "A = [x for x in 'ab']\n", errs: map[string]string{"A": "code"}},
		{name: "indented assignments are skipped", src: "if True:\n    A = 1\nB = 2\n", want: map[string]any{"B": int64(2)}},
		{name: "def bodies are skipped", src: "def f():\n    return 1\nB = 'b'\n", want: map[string]any{"B": "b"}},
		{name: "unclosed string stops the file", src: "A = 'x\nB = 1\n", errs: map[string]string{"": "never closed"}},
		{name: "annotated assignment", src: "A: str = 'x'\n", errs: map[string]string{"A": `":"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]any{}
			errs := map[string]string{}
			for _, a := range parsePython(tc.src) {
				if a.Err != "" {
					errs[a.Name] = a.Err
					continue
				}
				got[a.Name] = a.Value
			}
			want := tc.want
			if want == nil {
				want = map[string]any{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("values = %#v, want %#v", got, want)
			}
			for name, part := range tc.errs {
				if !strings.Contains(errs[name], part) {
					t.Errorf("%s: error %q, want it to mention %q", name, errs[name], part)
				}
			}
			if len(errs) != len(tc.errs) {
				t.Errorf("errors = %v, want %d", errs, len(tc.errs))
			}
		})
	}
}

func TestParsePythonLines(t *testing.T) {
	t.Parallel()
	as := parsePython("# c\n\nA = [\n 1,\n 2]\nB = '''x\ny'''\nC = 3\n")
	lines := map[string]int{}
	for _, a := range as {
		lines[a.Name] = a.Line
	}
	want := map[string]int{"A": 3, "B": 6, "C": 8}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("lines = %v, want %v", lines, want)
	}
}

func FuzzParsePython(f *testing.F) {
	for _, s := range []string{
		"A = 'x'\n", "A = [1, (2, 3), {'a': None}]\n", "A = '''\n", "A = (((((\n", "if x:\n  A = 1\n",
		"S = [(r'[^\\w\\s-]', ''), (r'(?u)\\A\\s*', '')]\n", "A = -\n", "A = \\\n", "A = {1: 2, 'b'}\n",
		"A = B = u'x'\n", "A, B = 1, 2\n", "(A, B) = [1] + [2]\n", "A = 'a' 'b' + b'c'\n", "A, = 1,\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, a := range parsePython(src) {
			if a.Line < 1 {
				t.Fatalf("assignment %q has line %d", a.Name, a.Line)
			}
		}
	})
}

// TestParsePythonConcatenationIsLinear counts the bytes allocated to read
// X = "abcdefgh" "abcdefgh" … with n and 4n strings: joining them one by
// one into a new string each time (quadratic: 80,000 strings took
// seconds) allocates about 16 times as much for 4n, a linear join about 4.
func TestParsePythonConcatenationIsLinear(t *testing.T) {
	allocated := func(n int) uint64 {
		src := "X = " + strings.Repeat(`"abcdefgh" `, n) + "\n"
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		as := parsePython(src)
		runtime.ReadMemStats(&after)
		if len(as) != 1 || len(as[0].Value.(string)) != 8*n {
			t.Fatalf("n=%d: got %d assignments", n, len(as))
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(5000), allocated(20000)
	if ratio := float64(large) / float64(small); ratio > 6 {
		t.Errorf("4x the strings allocated %.1fx the bytes (%d → %d); joining is not linear", ratio, small, large)
	}
}
