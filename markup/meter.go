package markup

import "context"

// pollSteps is how many steps a conversion takes between two looks at
// its context: some microseconds of work, so that a conversion no longer
// wanted stops at once without the look costing anything.
const pollSteps = 1 << 14

// meter counts the steps of one conversion (bytes looked at, copied or
// built) and looks at its context every pollSteps of them. Each pass adds
// what it does and leaves its loop once stop is set. The count is one
// addition a call; tests read it to hold every pass to work linear in the
// body without timing it.
type meter struct {
	ctx   context.Context
	steps int
	poll  int   // the count at which ctx is looked at next
	stop  bool  // ctx ended: every pass returns what it has
	err   error // ctx's error once it ended
}

// add counts n steps.
func (m *meter) add(n int) {
	m.steps += n
	if m.steps >= m.poll && !m.stop {
		m.poll = m.steps + pollSteps
		if m.ctx != nil {
			m.err = m.ctx.Err()
			m.stop = m.err != nil
		}
	}
}
