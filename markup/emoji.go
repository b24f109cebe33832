package markup

import "strings"

// maxEmojiName bounds a shortcode's name (":face_with_head_bandage:" is
// among the longest), so a line of colons is looked at a few times at
// most.
const maxEmojiName = 40

// emojify turns ":name:" shortcodes into their emoji (emojiTable:
// GitHub's gemoji names, which Jekyll's jemoji, Hugo's enableEmoji and
// Python-Markdown's GitHub index all read) outside code spans
// and fenced code blocks, which show them as written. It goes over the
// Markdown once: each line's backtick runs are paired in one pass, and
// a scan for a name never goes back.
func emojify(m *meter, md string) string {
	if !strings.Contains(md, ":") || m.stop {
		return md
	}
	m.add(len(md))
	var b strings.Builder
	b.Grow(len(md))
	var open fence
	inFence := false
	for line := range strings.SplitAfterSeq(md, "\n") {
		if m.stop {
			return md
		}
		switch {
		case inFence:
			inFence = !open.closes(line)
			b.WriteString(line)
			continue
		case isFenceLine(line, &open):
			inFence = true
			b.WriteString(line)
			continue
		}
		m.add(len(line))
		emojifyLine(&b, line)
	}
	return b.String()
}

// emojifyLine writes line with its shortcodes replaced, code spans kept.
func emojifyLine(b *strings.Builder, line string) {
	spans := codeSpans(line)
	for i := 0; i < len(line); {
		if len(spans) > 0 && i == spans[0][0] {
			b.WriteString(line[i:spans[0][1]])
			i = spans[0][1]
			spans = spans[1:]
			continue
		}
		limit := len(line)
		if len(spans) > 0 {
			limit = spans[0][0]
		}
		if line[i] != ':' || i > 0 && isLetterOrDigit(line[i-1]) {
			b.WriteByte(line[i])
			i++
			continue
		}
		j := i + 1
		for j < limit && j-i <= maxEmojiName && isEmojiNameByte(line[j]) {
			j++
		}
		if j < limit && line[j] == ':' && j > i+1 {
			if e, ok := emojiTable[line[i+1:j]]; ok {
				b.WriteString(e)
				i = j + 1
				continue
			}
		}
		// No shortcode from i: the name bytes cannot open one, a colon
		// at j may.
		b.WriteString(line[i:j])
		i = j
	}
}

func isEmojiNameByte(c byte) bool {
	return isLetterOrDigit(c) || c == '_' || c == '+' || c == '-'
}

// codeSpans finds the line's code spans as [start, end) pairs in order:
// a backtick run opens one that the next run of the same length closes.
// The runs are paired in one pass from the end, so a line of unmatched
// runs of every length costs no more than its length.
func codeSpans(line string) [][2]int {
	if !strings.Contains(line, "`") {
		return nil
	}
	type run struct{ start, n int }
	var runs []run
	for i := 0; i < len(line); {
		if line[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] == '`' {
			j++
		}
		runs = append(runs, run{i, j - i})
		i = j
	}
	next := make([]int, len(runs)) // the index of the next run as long, or -1
	seen := map[int]int{}
	for k := len(runs) - 1; k >= 0; k-- {
		next[k] = -1
		if v, ok := seen[runs[k].n]; ok {
			next[k] = v
		}
		seen[runs[k].n] = k
	}
	var spans [][2]int
	for k := 0; k < len(runs); k++ {
		if c := next[k]; c >= 0 {
			spans = append(spans, [2]int{runs[k].start, runs[c].start + runs[c].n})
			k = c
		}
	}
	return spans
}
