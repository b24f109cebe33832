package termsafe_test

import (
	"fmt"
	"os"

	"github.com/folio-blog/folio/ui/termsafe"
)

func ExampleText() {
	fmt.Printf("%q\n", termsafe.Text("Title\x1b]0;pwned\x07\r\nBody\x00"))
	// Output: "Title]0;pwned\nBody"
}

func ExampleLine() {
	fmt.Printf("%q\n", termsafe.Line("My\tpost\r\n\u202Eabout"))
	// Output: "My post about"
}

func ExampleOutput() {
	styled := "\x1b[1mbold\x1b[m\x1b[2J " +
		"\x1b]8;;https://example.com\x07site\x1b]8;;\x07 " +
		"\x1b]8;;javascript:alert(1)\x07trap\x1b]8;;\x07"
	fmt.Printf("%q\n", termsafe.Output(styled))
	// Output: "\x1b[1mbold\x1b[m \x1b]8;;https://example.com\asite\x1b]8;;\a trap"
}

func ExampleNewWriter() {
	w := termsafe.NewWriter(os.Stdout)
	fmt.Fprint(w, "tags: go\x1b[2J, \xe2\x9c") // a check mark cut in two…
	fmt.Fprint(w, "\x93 tests\n")              // …and completed by the next write
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// tags: go[2J, ✓ tests
}

func ExampleCheck() {
	fmt.Println(termsafe.Check("\x1b[1mbold\x1b[m"))
	fmt.Println(termsafe.Check("copied\x1b]52;c;aGVsbG8=\x07"))
	// Output:
	// <nil>
	// termsafe: disallowed OSC 52 sequence "\x1b]52;c;aGVsbG8=\a" at offset 6
}
