package edit

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// nestedReplace is an archetype of levels nested replace calls, each
// multiplying the length of .Name by ten: a few hundred bytes that build
// 10^levels bytes.
func nestedReplace(levels int) string {
	expr := ".Name"
	for range levels {
		expr = fmt.Sprintf("(replace %s \"e\" \"eeeeeeeeee\")", expr)
	}
	return "+++\ntitle = \"x\"\n+++\n{{ " + expr + " }}\n"
}

// allocated is how many bytes f allocates in all.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestArchetypeWorkIsBounded runs archetypes built to take gigabytes or
// never end: each must fail with a reason, having produced no more than
// the budget and allocated a small multiple of it.
func TestArchetypeWorkIsBounded(t *testing.T) {
	cases := []struct {
		name, tmpl, err string
	}{
		{"nested replace, 9 levels", nestedReplace(9), "builds more than 4 MiB"},
		{"nested replace, 12 levels", nestedReplace(12), "builds more than 4 MiB"},
		{"replace of the empty string", `{{ $a := replace .Name "" "0123456789abcdef" }}{{ $b := replace $a "" $a }}{{ $c := replace $b "" $a }}{{ $c }}`, "builds more than 4 MiB"},
		{"variables doubling", doubling(40), "builds more than 4 MiB"},
		{"printf width", `{{ printf "%999999999d" 1 }}`, "width 999999999 is over 1024"},
		{"printf star", `{{ printf "%*d" 999999999 1 }}`, "width from an argument"},
		{"printf repeating an argument", `{{ $a := replace .Name "" "0123456789abcdef" }}{{ $b := replace $a "" $a }}` + "{{ printf \"" + strings.Repeat("%[1]v", 2000) + "\" $b }}", "builds more than 4 MiB"},
		{"print of one string many times", doublingPrint(), "builds more than 4 MiB"},
		{"html escaping", `{{ $a := replace .Name "" "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<" }}{{ $b := replace $a "" $a }}{{ html $b $b $b $b $b $b $b $b }}`, "builds more than 4 MiB"},
		{"range over a number", `{{ range 2000000000 }}{{ end }}`, "archetypes with range"},
		{"recursive template", `{{ define "a" }}{{ template "a" }}{{ end }}{{ template "a" }}`, "archetypes with template"},
		{"template fan-out", fanOut(30), "archetypes with template"},
		{"block", `{{ block "b" . }}x{{ end }}`, "archetypes with template"},
		{"range inside with", `{{ with .Name }}{{ if . }}{{ range 5 }}{{ end }}{{ end }}{{ end }}`, "archetypes with range"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			var used int
			bytes := allocated(func() {
				_, used, err = runArchetype([]byte(tc.tmpl), ArchetypeData{Name: "entered-title", Section: "posts", Type: "posts"})
			})
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("error %v, want one saying %q", err, tc.err)
			}
			if used > maxArchetypeWork {
				t.Errorf("produced %d bytes, over the budget of %d", used, maxArchetypeWork)
			}
			// The budget counts what is kept; copies for fmt and the
			// template's own values are a small multiple of it.
			if limit := uint64(8 * maxArchetypeWork); bytes > limit {
				t.Errorf("allocated %d MiB, want at most %d MiB", bytes>>20, limit>>20)
			}
		})
	}
	// The same functions within the budget still work.
	out, used, err := runArchetype([]byte(nestedReplace(3)+`{{ printf "%-8s|%5.2f" "a" 3.14159 }} {{ print 1 2 }} {{ html "<b>" }} {{ .Name | title }}`), ArchetypeData{Name: "entered-title"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), strings.Repeat("e", 1000)+"nt") || !strings.Contains(string(out), "a       | 3.14 1 2 &lt;b&gt; Entered-title") {
		t.Errorf("output ends %q", out[max(0, len(out)-200):])
	}
	if used == 0 || used > maxArchetypeWork/4 {
		t.Errorf("a small archetype used %d bytes of the budget", used)
	}
}

// doubling assigns a variable to twice itself n times.
func doubling(n int) string {
	var b strings.Builder
	b.WriteString(`{{ $a := .Name }}`)
	for range n {
		b.WriteString(`{{ $a = print $a $a }}`)
	}
	return b.String()
}

// doublingPrint prints one 1 MiB-ish string as many arguments at once.
func doublingPrint() string {
	return `{{ $a := replace .Name "" "0123456789abcdef" }}{{ $b := replace $a "" $a }}{{ print` + strings.Repeat(" $b", 5000) + ` }}`
}

// fanOut is n templates, each calling the next twice: 2^n calls that
// write nothing.
func fanOut(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{{ define "t%d" }}{{ template "t%d" }}{{ template "t%d" }}{{ end }}`, i, i+1, i+1)
	}
	fmt.Fprintf(&b, `{{ define "t%d" }}{{ end }}{{ template "t0" }}`, n)
	return b.String()
}

// The budget error is one value callers can recognise.
func TestArchetypeWorkError(t *testing.T) {
	t.Parallel()
	_, _, err := runArchetype([]byte(nestedReplace(10)), ArchetypeData{Name: "entered-title"})
	if !errors.Is(err, errArchetypeWork) {
		t.Errorf("error %v, want errArchetypeWork", err)
	}
}

// FuzzArchetypeWork: whatever an archetype does, its functions produce
// at most the budget and folio allocates a small multiple of it.
func FuzzArchetypeWork(f *testing.F) {
	f.Add(nestedReplace(9))
	f.Add(doubling(30))
	f.Add(`{{ $a := replace .Name "" "0123456789abcdef" }}{{ $b := replace $a "" $a }}{{ printf "%[1]v%[1]v%[1]v" $b }}`)
	f.Add(`{{ html (print .Name .Name) | js | urlquery | upper | title | humanize }}`)
	f.Add(`{{ printf "%08.3f|%x" 3.5 .Name }}{{ dateFormat "2006-01-02" .Date }}`)
	f.Fuzz(func(t *testing.T, tmpl string) {
		var used int
		bytes := allocated(func() {
			_, used, _ = runArchetype([]byte(tmpl), ArchetypeData{Name: "entered-title", Section: "posts", Type: "posts", Date: "2024-01-02T03:04:05Z"})
		})
		if used > maxArchetypeWork {
			t.Fatalf("produced %d bytes, over the budget", used)
		}
		if limit := uint64(8*maxArchetypeWork + 1000*len(tmpl)); bytes > limit {
			t.Fatalf("allocated %d bytes, over %d", bytes, limit)
		}
	})
}
