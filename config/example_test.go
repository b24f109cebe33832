package config_test

import (
	"fmt"

	"github.com/folio-blog/folio/config"
)

// Detect walks up from a folder inside a site to its root and reads the
// generator settings that change what posts mean, without running them.
func ExampleDetect() {
	detected, err := config.Detect("testdata/pelican-settings-b/content/python", "")
	if err != nil {
		panic(err)
	}
	fmt.Println(detected.Generator, detected.Files)
	for _, s := range detected.Settings {
		fmt.Printf("%s = %s (line %d)\n", s.Key, s.Value, s.Line)
	}
	fmt.Println("content:", detected.Rules.ContentDir, "time zone:", detected.Rules.Location)
	// Output:
	// pelican [pelicanconf.py]
	// AUTHOR = "Owner B" (line 4)
	// DEFAULT_DATE = [2020, 5, 17, 9, 30] (line 8)
	// PATH = "content" (line 6)
	// SITENAME = "Settings B" (line 5)
	// SLUGIFY_SOURCE = "basename" (line 9)
	// TIMEZONE = "Asia/Kolkata" (line 10)
	// USE_FOLDER_AS_CATEGORY = false (line 7)
	// content: content time zone: Asia/Kolkata
}

// Load layers folio's own settings over the site's and says where each
// value came from.
func ExampleLoad() {
	c, err := config.Load(config.LoadOptions{
		Dir:      "testdata/pelican-settings-b",
		Getenv:   func(name string) string { return map[string]string{"FOLIO_SORT": "-title"}[name] },
		UserFile: "testdata/no-such-user-file.toml",
	})
	if err != nil {
		panic(err)
	}
	for _, k := range []string{config.KeyAuthor, config.KeySort, config.KeyNewPostPath} {
		fmt.Printf("%s = %q from %s\n", k, c.Value(k), c.Sources[k])
	}
	// Output:
	// author = "Owner B" from site settings (pelicanconf.py)
	// sort = "-title" from env (FOLIO_SORT)
	// new_post_path = "content/{category}/{slug}.md" from default (for a pelican site)
}
