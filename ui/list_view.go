package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// View implements Component: the title, the filter bar, the list (and
// the preview when wide) and the status line.
func (l *listScreen) View() string {
	lines := append([]string{l.titleLine(), l.filterLine()}, l.filterError()...)
	lines = append(lines, l.body(), l.statusLine())
	return fit(strings.Join(lines, "\n"), l.width, l.height)
}

func (l *listScreen) titleLine() string {
	return ansi.Truncate(l.sh.styles.Title.Render(" "+termsafe.Line(l.sh.cfg.Title)), l.width, "…")
}

func (l *listScreen) filterLine() string {
	st := &l.sh.styles
	switch {
	case l.filter.focused:
		return ansi.Truncate(termsafe.Output(l.filter.input.View()), l.listWidth(), "")
	case l.filter.active():
		return st.Muted.Render("/ ") + ansi.Truncate(termsafe.Line(l.filter.input.Value()), max(0, l.width-2), "…")
	}
	return ansi.Truncate(st.Muted.Render("/ to filter · t tags · c categories"), l.width, "…")
}

// filterError is why the filter's text is not a query, wrapped under
// the filter line, or nil.
func (l *listScreen) filterError() []string {
	if l.filter.err == nil {
		return nil
	}
	return wrapMessage(termsafe.Line(l.filter.err.Error()), l.width, statusLimit(l.height), l.sh.styles.StatusErr)
}

// body is the list, or a message when there is nothing to list, with
// the preview beside it on a wide terminal.
func (l *listScreen) body() string {
	st := &l.sh.styles
	h := l.bodyHeight()
	lw := l.listWidth()
	var left string
	switch {
	case l.sh.store.Err() != nil:
		left = st.StatusErr.Render(indent(ansi.Wrap("Cannot read "+termsafe.Line(l.sh.cfg.Dir)+": "+termsafe.Line(l.sh.store.Err().Error()), max(1, lw-2), "")))
	case len(l.all) == 0 && !l.loaded:
		left = st.Muted.Render(" Reading posts…")
	case len(l.all) == 0:
		left = st.Muted.Render(indent(ansi.Wrap("No posts in "+termsafe.Line(l.sh.cfg.Dir)+".\nfolio reads .md, .markdown, .mkd, .mdown, .mkdn and .rst files in this folder and the folders below it.", max(1, lw-2), "")))
	case len(l.shown) == 0:
		left = st.Muted.Render(indent(ansi.Wrap("No post matches this filter. esc clears it.", max(1, lw-2), "")))
	default:
		rs := newRowStyle(l.sh.cfg.dateLayout(), l.sortKey == posts.SortModified, l.filter.words())
		rs.query = l.filter.query
		rs.fit(st, l.shown[l.window.offset:min(len(l.shown), l.window.offset+l.window.height)], lw)
		left = l.window.view(func(i int, sel bool) string { return row(st, rs, l.shown[i], lw, sel) })
	}
	left = fit(left, lw, h)
	if !l.wide() {
		return left
	}
	return joinColumns(left, l.preview(h), lw, st.Divider.Render("│"))
}

// preview is the selected post's rendering cut to the pane, or a
// placeholder while it renders.
func (l *listScreen) preview(h int) string {
	p := l.selected()
	if p == nil {
		return ""
	}
	doc, ok := l.sh.cache.get(l.sh.renderKeyFor(p, l.previewWidth()))
	if !ok {
		return l.sh.styles.Muted.Render(" …")
	}
	lines := strings.SplitN(doc.Content, "\n", l.previewTop+h+1)
	lines = lines[min(l.previewTop, len(lines)):]
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// statusLine says how many posts are shown, the filter's state, the sort
// order and the warnings; on a narrow terminal in fewer words rather
// than cut.
func (l *listScreen) statusLine() string {
	st := &l.sh.styles
	var count string
	switch {
	case !l.loaded && l.sh.store.Found() < 0:
		count = "reading…"
	case !l.loaded:
		count = fmt.Sprintf("loading %d of %d posts", len(l.all), l.sh.store.Found())
	case l.filter.active():
		count = fmt.Sprintf("%d of %d posts", len(l.shown), len(l.all))
	default:
		count = plural(len(l.all), "post")
	}
	if pct, ok := l.indexingText(); ok {
		// Until then bare words only find titles, summaries and tags.
		count += fmt.Sprintf(" (text %d%% read)", pct)
	}
	warns := ""
	if n := l.warnCount + len(l.sh.store.Warnings()); n > 0 {
		warns = plural(n, "warning") + " (!)"
	}
	var line string
	for _, short := range []bool{false, true} {
		parts := []string{count, sortLabel(l.sortKey, l.reverse)}
		if l.byRelevance() {
			parts[1] = "by relevance"
		}
		if short {
			parts[1] = strings.TrimPrefix(parts[1], "by "+string(l.sortKey)+", ")
			if l.sortKey == posts.SortModified {
				parts[1] = "changed " + parts[1]
			}
			if warns != "" {
				warns = strings.Fields(warns)[0] + " (!)"
			}
		}
		if l.fewDates && l.sortKey == posts.SortTitle && !l.byRelevance() {
			parts[1] += map[bool]string{false: " (few posts have dates)", true: " (few dated)"}[short]
		}
		if warns != "" {
			parts = append(parts, st.Warning.Render(warns))
		}
		line = " " + strings.Join(parts, st.Muted.Render(" · "))
		if ansi.StringWidth(line) <= l.width {
			break
		}
	}
	return ansi.Truncate(line, l.width, "…")
}

// sortLabel says the order in words, the same way for every key: which
// post comes first.
func sortLabel(key posts.SortKey, reverse bool) string {
	order := "newest first"
	if reverse {
		order = "oldest first"
	}
	if key == posts.SortTitle {
		order = "A to Z"
		if reverse {
			order = "Z to A"
		}
	}
	return "by " + string(key) + ", " + order
}
