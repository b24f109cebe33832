package main

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// The house rules of ARCHITECTURE.md, checked on the code: which folio
// packages each may import, which code may change files, and that the
// interface's root reaches its screens only through their Update.

const module = "github.com/folio-blog/folio"

// allowedImports lists, for each package (by its path in the module),
// the folio packages it may import. Arrows only point down; a package
// missing here fails the test, so a new one gets its place on the map.
// The main package, at the top, may import anything.
var allowedImports = map[string][]string{
	"site":                       {},
	"internal/ascii":             {},
	"internal/gittest":           {},
	"posts/internal/frontmatter": {},
	"markup":                     {"site", "internal/ascii"},
	"posts":                      {"site", "posts/internal/frontmatter"},
	"posts/edit":                 {"posts", "posts/internal/frontmatter", "markup", "site"},
	"posts/check":                {"posts", "markup", "site"},
	"config":                     {"posts", "posts/edit", "site"},
	"gitstate":                   {"posts"},
	"store":                      {"posts", "gitstate"},
	"preview":                    {"config", "site"},
	"ui/termsafe":                {},
	"ui/markdown":                {"markup", "ui/termsafe", "internal/ascii"},
	"ui/chart":                   {"posts", "ui/termsafe"},
	"ui/picture":                 {},
	"ui":                         {"site", "posts", "posts/edit", "posts/check", "config", "markup", "store", "gitstate", "preview", "ui/markdown", "ui/chart", "ui/picture", "ui/termsafe"},
}

// terminalLibraries may only be imported by the interface and the main
// package: the reading engine must stay usable without a terminal.
var terminalLibraries = []string{"charm.land/", "github.com/charmbracelet/", "github.com/yuin/goldmark", "github.com/alecthomas/chroma"}

// terminalPackages are the packages that may import them.
var terminalPackages = []string{"", "ui", "ui/markdown", "ui/chart", "ui/picture", "ui/termsafe"}

// changesFiles are the functions of package os that change the file
// system, and the methods of *os.File that write.
var changesFiles = []string{"WriteFile", "Rename", "Create", "CreateTemp", "Remove", "RemoveAll",
	"Mkdir", "MkdirAll", "MkdirTemp", "Link", "Symlink", "Chmod", "Chown", "Lchown", "Chtimes", "Truncate",
	"Write", "WriteString", "WriteAt", "ReadFrom"}

// allowedWriters are the only code that changes files: the writer
// package, folio config --edit creating the user's own settings file,
// the preview server's own temporary folder (its log and pages), and
// those a folio killed outright left behind, and the tests' git
// repositories, made in their temporary folders.
var allowedWriters = []string{"posts/edit.*", "config.EnsureUserFile", "preview.Start", "preview.(*Server).Stop", "preview.sweepStale", "internal/gittest.*"}

func TestArchitecture(t *testing.T) {
	t.Parallel()
	pkgs := loadModule(t, nil)
	for _, v := range violations(pkgs) {
		t.Error(v)
	}
	doc, err := os.ReadFile("ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		if rel := relPath(p.PkgPath); rel != "" && !strings.Contains(string(doc), "`"+rel+"`") {
			t.Errorf("ARCHITECTURE.md does not name package `%s` in its code map", rel)
		}
	}
}

// TestArchitectureCatchesPlantedViolations plants one break of each
// rule (as overlay files: nothing is written) and checks that each is
// reported: a rule that cannot fail keeps nothing true.
func TestArchitectureCatchesPlantedViolations(t *testing.T) {
	t.Parallel()
	plants := map[string]string{
		"posts/planted_write.go":  "package posts\n\nimport \"os\"\n\nfunc plantedWrite() { os.WriteFile(\"x\", nil, 0o644) }\n",
		"store/planted_import.go": "package store\n\nimport _ \"github.com/folio-blog/folio/config\"\n",
		"ui/planted_reach.go":     "package ui\n\nfunc plantedReach(r *Reader) bool { return r.ready }\n",
		"posts/planted_tea.go":    "package posts\n\nimport _ \"charm.land/lipgloss/v2\"\n",
	}
	want := []string{
		"posts.plantedWrite calls os.WriteFile",
		"store imports config",
		"ui.plantedReach reads the screen field Reader.ready outside the screen's files",
		"posts imports the terminal library charm.land/lipgloss/v2",
	}
	overlay := map[string][]byte{}
	for name, src := range plants {
		abs, err := filepath.Abs(name)
		if err != nil {
			t.Fatal(err)
		}
		overlay[abs] = []byte(src)
	}
	got := violations(loadModule(t, overlay))
	for _, w := range want {
		if !slices.ContainsFunc(got, func(v string) bool { return strings.Contains(v, w) }) {
			t.Errorf("planted %q, not reported; reported:\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d violations reported for %d planted:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
}

// loadModule type-checks every package of the module, without tests.
func loadModule(t *testing.T, overlay map[string][]byte) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("%s: %v", p.PkgPath, e)
		}
	}
	return pkgs
}

// relPath is a package's path in the module ("" for the module's root,
// "-" for a path outside it).
func relPath(pkgPath string) string {
	if pkgPath == module {
		return ""
	}
	if rel, ok := strings.CutPrefix(pkgPath, module+"/"); ok {
		return rel
	}
	return "-"
}

// violations lists every break of the house rules in pkgs.
func violations(pkgs []*packages.Package) []string {
	var out []string
	for _, p := range pkgs {
		out = append(out, importViolations(p)...)
		out = append(out, writeViolations(p)...)
		out = append(out, screenViolations(p)...)
	}
	return out
}

// importViolations checks a package's imports against allowedImports
// and terminalLibraries.
func importViolations(p *packages.Package) []string {
	rel := relPath(p.PkgPath)
	var out []string
	for imp := range p.Imports {
		for _, lib := range terminalLibraries {
			if strings.HasPrefix(imp, lib) && !slices.Contains(terminalPackages, rel) {
				out = append(out, fmt.Sprintf("%s imports the terminal library %s", name(rel), imp))
			}
		}
		irel := relPath(imp)
		if rel == "" || irel == "-" {
			continue
		}
		allowed, known := allowedImports[rel]
		if !known {
			return append(out, fmt.Sprintf("package %s has no place in allowedImports: say what it may import", rel))
		}
		if !slices.Contains(allowed, irel) {
			out = append(out, fmt.Sprintf("%s imports %s, which ARCHITECTURE.md does not allow", rel, irel))
		}
	}
	return out
}

// name is how messages call a package.
func name(rel string) string {
	if rel == "" {
		return "main"
	}
	return rel
}

// writeViolations reports calls that change files outside allowedWriters.
func writeViolations(p *packages.Package) []string {
	rel := relPath(p.PkgPath)
	var out []string
	eachFunc(p, func(fn string, body ast.Node) {
		where := name(rel) + "." + fn
		if slices.ContainsFunc(allowedWriters, func(w string) bool {
			prefix, all := strings.CutSuffix(w, ".*")
			return w == where || all && name(rel) == prefix
		}) {
			return
		}
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			f, ok := p.TypesInfo.Uses[sel.Sel].(*types.Func)
			if !ok || f.Pkg() == nil || f.Pkg().Path() != "os" || !slices.Contains(changesFiles, f.Name()) {
				if ok && f.Pkg() != nil && f.Pkg().Path() == "os" && f.Name() == "OpenFile" && opensToWrite(call) {
					out = append(out, fmt.Sprintf("%s calls os.OpenFile to write: only the writer (posts/edit) changes files", where))
				}
				return true
			}
			out = append(out, fmt.Sprintf("%s calls os.%s: only the writer (posts/edit) changes files", where, f.Name()))
			return true
		})
	})
	return out
}

// opensToWrite reports whether an os.OpenFile call's flags ask to write.
func opensToWrite(call *ast.CallExpr) bool {
	if len(call.Args) < 2 {
		return false
	}
	write := false
	ast.Inspect(call.Args[1], func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && slices.Contains([]string{"O_WRONLY", "O_RDWR", "O_CREATE", "O_APPEND", "O_TRUNC"}, id.Name) {
			write = true
		}
		return true
	})
	return write
}

// eachFunc calls f with the name of each function and method of p
// ("F", "(*T).M", "(T).M") and its body.
func eachFunc(p *packages.Package, f func(name string, body ast.Node)) {
	for _, file := range p.Syntax {
		eachFuncIn(file, f)
	}
}

// eachFuncIn is eachFunc for one file.
func eachFuncIn(file *ast.File, f func(name string, body ast.Node)) {
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			f(funcName(fd), fd.Body)
		}
	}
}

// funcName names a declared function the way messages show it.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	recv := fd.Recv.List[0].Type
	if star, ok := recv.(*ast.StarExpr); ok {
		return "(*" + typeName(star.X) + ")." + fd.Name.Name
	}
	return "(" + typeName(recv) + ")." + fd.Name.Name
}

// typeName is the name of a receiver's type, without type parameters.
func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return typeName(e.X)
	case *ast.IndexListExpr:
		return typeName(e.X)
	}
	return "?"
}

// screenViolations reports uses of a screen's unexported fields in a
// file that declares none of the screen's methods: the interface's
// screens (the types of package ui that keep the Component contract)
// change only through their Update and their own code, so that the root,
// and other screens, cannot reach in.
func screenViolations(p *packages.Package) []string {
	if relPath(p.PkgPath) != "ui" {
		return nil
	}
	fields := map[*types.Var]string{} // unexported field -> its screen
	scope := p.Types.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || !isScreen(tn) {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); !f.Exported() {
					fields[f] = tn.Name()
				}
			}
		}
	}
	var out []string
	for _, file := range p.Syntax {
		own := map[string]bool{} // screens whose methods this file declares
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) > 0 {
				recv := fd.Recv.List[0].Type
				if star, ok := recv.(*ast.StarExpr); ok {
					recv = star.X
				}
				own[typeName(recv)] = true
			}
		}
		eachFuncIn(file, func(fn string, body ast.Node) {
			ast.Inspect(body, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				v, ok := p.TypesInfo.Uses[id].(*types.Var)
				if screen, isField := fields[v]; ok && isField && !own[screen] {
					out = append(out, fmt.Sprintf("ui.%s reads the screen field %s.%s outside the screen's files", fn, screen, v.Name()))
				}
				return true
			})
		})
	}
	return out
}

// isScreen reports whether tn's pointer keeps the Component contract:
// Update, View, SetSize and KeyMap.
func isScreen(tn *types.TypeName) bool {
	ms := types.NewMethodSet(types.NewPointer(tn.Type()))
	for _, m := range []string{"Update", "View", "SetSize", "KeyMap"} {
		if ms.Lookup(tn.Pkg(), m) == nil {
			return false
		}
	}
	return true
}
