// Package edit is the only code in folio that changes a user's files:
// it creates and places new posts (with a Hugo site's archetypes),
// publishes and unpublishes them, renames them, undoes what it did, and
// replaces files atomically with byte-exact edits of single front matter
// keys. Besides it, folio writes only its own files: the user settings
// file that `folio config --edit` creates, and the preview server's log
// in its temporary folder.
//
// It reads posts with package posts, by the same rules, and checks each
// edit of an existing post by reading the result back: a post that would
// not read as intended (or with new warnings) is left as it was
// (ErrCannotEdit). Every write keeps to these rules:
//
//   - Paths stay inside the site folder: no "..", no absolute path, and
//     no linked folder leading out of it (ErrOutsideSite); folders are
//     made one at a time and checked as they are made.
//   - A new file is created exclusively (O_EXCL), so an existing file or a
//     dangling link is never written through; a clash takes the next free
//     "-2", "-3"… name.
//   - A changed file is first read again: it must be a regular file, not
//     a link (ErrSymlink), still holding the bytes the caller last saw
//     (ErrChanged), writable (ErrReadOnly) and without other hard links
//     (ErrHardLinked). Its new text goes to a temporary file in the same
//     folder with the original's owner, group and mode (ErrOwner when
//     the owner cannot be kept), is synced, and is renamed over the
//     original only after a last check that the original is unchanged.
//   - A file that moves (a Jekyll draft published to _posts, a renamed
//     post) is created exclusively at its new path first and the old one
//     removed only after a last check that it is unchanged, so at every
//     moment at least one complete copy exists. Only a Hugo page
//     bundle's folder that is the post's own (no other post in it) is
//     renamed, and only to a name that does not exist yet.
//   - Undo and RemoveIfUntouched only act on a file that still holds
//     exactly what folio wrote.
//
// An edit changes only the values it sets (a front matter key, a
// reStructuredText title): comments, key order, quoting, line endings and
// a byte order mark stay as they were. The package never imports config,
// a terminal or a UI library.
package edit
