package termsafe

// The test helpers of the external tests (glamour_corpus_test.go).
var (
	Disallowed    = disallowed
	RenderGlamour = renderGlamour
	HostileDir    = hostileDir
)
