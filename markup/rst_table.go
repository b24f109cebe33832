package markup

import (
	"strings"
)

// isSimpleBorder reports whether l is a simple table's border:
// "=====  =====".
func isSimpleBorder(l string) bool {
	if !strings.HasPrefix(l, "=") || !strings.Contains(l, " ") {
		return false
	}
	return strings.Trim(l, "= ") == "" && len(strings.Fields(l)) >= 2
}

// writeTable writes rows as a Markdown table, the first row as its head.
func (c *rstConv) writeTable(b *strings.Builder, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	n, cells := 0, 0
	for _, r := range rows {
		n = max(n, len(r))
		cells += len(r)
	}
	// Rows shorter than the widest are written with empty cells, unless
	// that would write many times the cells the table has (a wide head
	// over many short rows): Markdown then adds them itself.
	pad := len(rows)*n <= 4*cells+64
	for k, r := range rows {
		if c.m.stop {
			break
		}
		width := len(r)
		if pad || k == 0 {
			width = n
		}
		c.m.add(width)
		b.WriteString("|")
		for col := 0; col < width; col++ {
			cell := ""
			if col < len(r) {
				cell = strings.ReplaceAll(c.inline(oneLine(r[col])), "|", `\|`)
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
		if k == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", n) + "\n")
		}
	}
	b.WriteString("\n")
}

// simpleTable converts a simple table: columns are the runs of "=" in
// its first border; a line with nothing in the first column goes on the
// row above.
func (c *rstConv) simpleTable(b *strings.Builder, lines []string, i int) int {
	border := strings.TrimRight(lines[i], " ")
	var cols [][2]int
	for k := 0; k < len(border); {
		if border[k] != '=' {
			k++
			continue
		}
		start := k
		for k < len(border) && border[k] == '=' {
			k++
		}
		cols = append(cols, [2]int{start, k})
	}
	var rows [][]string
	var last [][]string // the last row's cells in parts, joined when it is done
	done := func() {
		if len(last) > 0 {
			rows[len(rows)-1] = joinCells(last)
		}
	}
	headEnd := -1
	borders := 1
	j := i + 1
	for ; j < len(lines) && !c.m.stop; j++ {
		l := strings.TrimRight(lines[j], " ")
		c.m.add(len(l))
		if isSimpleBorder(l) || strings.Trim(l, "= ") == "" && l != "" {
			borders++
			if headEnd < 0 {
				headEnd = len(rows)
			}
			if j+1 >= len(lines) || blank(lines[j+1]) {
				if borders >= 2 && (headEnd == len(rows) || borders >= 3) {
					j++
					break
				}
			}
			continue
		}
		if blank(l) {
			continue
		}
		if isAdornment(l) && strings.HasPrefix(l, "-") {
			continue
		}
		// The columns the line reaches: a short line under a wide
		// border has few cells.
		reach := 0
		for reach < len(cols) && cols[reach][0] < len(l) {
			reach++
		}
		c.m.add(reach)
		cells := make([]string, reach)
		for k, col := range cols[:reach] {
			end := len(l)
			if k+1 < len(cols) {
				end = min(len(l), cols[k+1][0])
			}
			cells[k] = strings.TrimSpace(l[col[0]:end])
		}
		if (len(cells) == 0 || cells[0] == "") && len(rows) > 0 {
			for k := range cells {
				if cells[k] != "" {
					for len(last) <= k {
						last = append(last, nil)
					}
					last[k] = append(last[k], cells[k])
				}
			}
			continue
		}
		done()
		rows = append(rows, cells)
		last = make([][]string, len(cells))
		for k := range cells {
			last[k] = []string{cells[k]}
		}
	}
	done()
	if headEnd <= 0 || headEnd == len(rows) {
		// No head row: Markdown tables need one, so give an empty one.
		rows = append([][]string{make([]string, len(cols))}, rows...)
	}
	c.writeTable(b, rows)
	return j
}

// joinCells joins each cell's parts with spaces.
func joinCells(parts [][]string) []string {
	out := make([]string, len(parts))
	for k, p := range parts {
		out[k] = strings.Join(p, " ")
	}
	return out
}

// gridTable converts a grid table whose rows line up with its first
// border's columns; one that spans cells is shown as it is, as code.
func (c *rstConv) gridTable(b *strings.Builder, lines []string, i int) int {
	j := i
	for j < len(lines) && !blank(lines[j]) {
		j++
	}
	table := lines[i:j]
	border := strings.TrimRight(table[0], " ")
	var seps []int
	for k := 0; k < len(border); k++ {
		if border[k] == '+' {
			seps = append(seps, k)
		}
	}
	var rows [][]string
	var cur [][]string // the row's cells in parts, one a line
	head := false
	ok := len(seps) >= 2
	for _, raw := range table[1:] {
		if c.m.stop {
			break
		}
		l := strings.TrimRight(raw, " ")
		c.m.add(len(l))
		if strings.HasPrefix(l, "+") {
			if cur != nil {
				rows = append(rows, joinCells(cur))
				cur = nil
			}
			if strings.Contains(l, "=") && len(rows) == 1 {
				head = true
			}
			continue
		}
		if !ok {
			break
		}
		if cur == nil {
			cur = make([][]string, len(seps)-1)
		}
		for k := 0; k+1 < len(seps); k++ {
			if seps[k+1] >= len(l) || l[seps[k]] != '|' || l[seps[k+1]] != '|' {
				ok = false
				break
			}
			cur[k] = append(cur[k], strings.TrimSpace(l[seps[k]+1:seps[k+1]]))
		}
	}
	if !ok || len(rows) == 0 {
		writeCode(b, "", strings.Join(table, "\n"))
		return j
	}
	if !head {
		rows = append([][]string{make([]string, len(seps)-1)}, rows...)
	}
	c.writeTable(b, rows)
	return j
}

// csvTable converts a csv-table directive's rows (quoted cells allowed).
func (c *rstConv) csvTable(b *strings.Builder, opts map[string]string, content []string) {
	var rows [][]string
	if h := opts["header"]; h != "" {
		rows = append(rows, splitCSV(h))
	}
	for _, l := range content {
		c.m.add(len(l))
		if !blank(l) {
			rows = append(rows, splitCSV(l))
		}
	}
	if opts["header"] == "" && opts["header-rows"] == "" {
		rows = append([][]string{nil}, rows...)
	}
	c.writeTable(b, rows)
}

func splitCSV(l string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for k := 0; k < len(l); k++ {
		ch := l[k]
		switch {
		case ch == '"' && quoted && k+1 < len(l) && l[k+1] == '"':
			cur.WriteByte('"')
			k++
		case ch == '"':
			quoted = !quoted
		case ch == ',' && !quoted:
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(ch)
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

// listTable converts a list-table: a list of rows, each a list of cells.
func (c *rstConv) listTable(b *strings.Builder, opts map[string]string, content []string, depth int) {
	var parts [][][]string // rows of cells in parts
	for _, l := range content {
		t := strings.TrimRight(l, " ")
		c.m.add(len(t))
		switch {
		case strings.HasPrefix(t, "* - ") || strings.HasPrefix(t, "- - ") || t == "* -" || t == "- -":
			parts = append(parts, [][]string{{strings.TrimSpace(t[3:])}})
		case strings.HasPrefix(strings.TrimLeft(t, " "), "- ") && len(parts) > 0:
			r := &parts[len(parts)-1]
			*r = append(*r, []string{strings.TrimSpace(strings.TrimLeft(t, " ")[2:])})
		case !blank(t) && len(parts) > 0:
			r := parts[len(parts)-1]
			r[len(r)-1] = append(r[len(r)-1], strings.TrimSpace(t))
		}
	}
	rows := make([][]string, len(parts))
	for k, p := range parts {
		rows[k] = joinCells(p)
	}
	if opts["header-rows"] == "" {
		rows = append([][]string{nil}, rows...)
	}
	c.writeTable(b, rows)
}
