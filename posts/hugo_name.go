package posts

import (
	"path"
	"slices"
	"strings"
)

// HugoName is what Hugo 0.111 reads from a content file's name, before it
// opens the file (hugofs's langInfoFrom and files.ClassifyContentFile).
type HugoName struct {
	// Base is the translation base name: the name without its extension
	// and without a language code before it ("about" of about.pt.md;
	// "_index.en.md" of _index.en.md.md, whose ".md" is no language).
	Base string
	// Lang is the language code written before the extension, when it
	// is one of the site's languages; "" otherwise.
	Lang string
	// Branch marks a section's or the home page's own file (a name
	// starting "_index."), Leaf a leaf bundle's page (starting
	// "index."): Hugo tells them by the prefix alone, so
	// _index.en.md.md is a section's file too.
	Branch, Leaf bool
}

// ParseHugoName reads a content file's base name as Hugo does, given the
// site's language codes (lowercase, as Hugo's settings hold them). A code
// that is not one of them stays part of the name, case and all.
func ParseHugoName(file string, langs []string) HugoName {
	stem := strings.TrimSuffix(file, path.Ext(file))
	n := HugoName{Base: stem, Branch: strings.HasPrefix(file, "_index."), Leaf: strings.HasPrefix(file, "index.")}
	if code := path.Ext(stem); code != "" && slices.Contains(langs, code[1:]) {
		n.Base, n.Lang = strings.TrimSuffix(stem, code), code[1:]
	}
	return n
}

// HugoLanguages are the language codes Hugo reads in file names: the
// site's languages (configured, lowercase), or only its default one when
// it lists none.
func HugoLanguages(configured []string, defaultLang string) []string {
	if len(configured) > 0 {
		return configured
	}
	if defaultLang == "" {
		return []string{"en"}
	}
	return []string{strings.ToLower(defaultLang)}
}
