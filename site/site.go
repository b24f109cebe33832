// Package site names the static-site generators folio knows. It is the
// one definition of the concept: config detects which one a folder is
// built with, posts reads files by its rules, markup converts bodies
// by its template syntax, and the interface shows it. It is a leaf, so
// that all of them can share it without importing each other.
package site

// Generator is the static-site generator whose rules decide what a file
// means, where it is published and which template syntax its body uses.
type Generator string

// Generators folio understands.
const (
	// Plain is a folder of Markdown without a generator: Pelican's
	// folder rules, any front matter, no template syntax.
	Plain   Generator = "plain"
	Pelican Generator = "pelican"
	Hugo    Generator = "hugo"
	Jekyll  Generator = "jekyll"
)
