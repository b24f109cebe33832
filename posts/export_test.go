package posts

// MarkdownNestingSteps is the work MarkdownNesting does on body, for the
// external tests that check it grows linearly.
func MarkdownNestingSteps(body string) int {
	_, steps := markdownNesting(body)
	return steps
}
