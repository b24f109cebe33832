package posts

import (
	"regexp"
	"testing"
	"time"
)

func TestSlugify(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"Perché Django è fantastico!", "perche-django-e-fantastico"},
		{"Hello, World", "hello-world"},
		{"  spaces   and---dashes  ", "spaces-and-dashes"},
		{"C++ & Go", "c-go"},
		{"trailing -", "trailing-"},
		{"- leading", "-leading"},
		{"snake_case stays", "snake_case-stays"},
		{"<b>Bold</b> title", "bold-title"},
		{"Tom &amp; Jerry", "tom-jerry"},
		{"ﬁne ligature", "fine-ligature"}, // NFKC
		{"Ærøskøbing", "aeroskobing"},
		{"日本語", "ri-ben-yu"},
		{"Привет мир", "privet-mir"},
		{"🚀 launch", "launch"},
		{"../../etc/passwd", "etcpasswd"},
		{"", ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := Slugify(tc.in, nil); got != tc.want {
				t.Errorf("Slugify(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSlugifyCustomSubstitutions(t *testing.T) {
	t.Parallel()
	subs := []SlugSubstitution{
		{regexp.MustCompile(`[^\w\s-]`), ""},
		{regexp.MustCompile(`(?i)c\+\+`), "cpp"},
		{regexp.MustCompile(`[-\s]+`), "_"},
	}
	if got := Slugify("Hello World", subs); got != "hello_world" {
		t.Errorf("got %q", got)
	}
}

func mustLocation(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	return loc
}
