package ui

import "time"

// hangGuard is how long a test waits for a screen, a file or a program
// before calling it hung. It only guards against hangs: waits return as
// soon as their condition holds, so it is set far above (more than ten
// times) the slowest wait seen under -race on a loaded 2-core machine.
const hangGuard = 2 * time.Minute
