// Package termsafe makes text that came from a post safe to write to a
// terminal. It is the one place in folio that decides which bytes may reach
// the screen: every path that prints post-derived text (list rows, titles,
// tags, file names, warnings, the rendered reader, CLI output, error
// messages) passes it through one of these functions first.
//
// Posts are untrusted. A title, a tag or a paragraph can carry escape
// sequences that clear the screen, move the cursor, set the window title,
// write to the clipboard (OSC 52) or plant a javascript: hyperlink, and a
// Markdown renderer passes such bytes through, even decoding "&#27;" into a
// real ESC. Which function to use depends on where the text is in its life:
//
//   - Text cleans raw text before it is rendered or printed as several lines.
//   - Line cleans a field that must stay on one line and must not reorder the
//     row it sits in.
//   - Output cleans text that is already styled (by Glamour or Lip Gloss),
//     keeping only colours and safe hyperlinks.
//   - Writer applies Text to a stream, such as a command's standard output.
//   - Check tells tests whether a string is safe to show.
package termsafe
