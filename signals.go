package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// endSignals are the signals that end folio while it holds something to
// clean up (a preview server, its temporary folder): Ctrl-C, kill's
// default, a closed terminal (SIGHUP, sent when a terminal window or a
// tmux session goes away) and Ctrl-\.
var endSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// endedBy is the cause of a context that a signal ended.
type endedBy struct{ sig os.Signal }

func (e endedBy) Error() string { return "stopped by " + e.sig.String() }

// untilSignal returns a context that ends when folio receives one of
// sigs, with the signal as its cause, so that the command cleans up and
// returns instead of the process dying (with a server still running);
// signalExit then gives the exit status. stop releases the signals.
func untilSignal(parent context.Context, sigs ...os.Signal) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case sig := <-ch:
			cancel(endedBy{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(context.Canceled)
	}
}

// signalExit is the exit status of a command whose context a signal
// ended: 128 and the signal's number, as shells report a process the
// signal killed (130 for Ctrl-C, 129 for a closed terminal); nil when no
// signal ended it.
func signalExit(ctx context.Context) error {
	var e endedBy
	if !errors.As(context.Cause(ctx), &e) {
		return nil
	}
	code := 1
	if n, ok := e.sig.(syscall.Signal); ok {
		code = 128 + int(n)
	}
	return &exitError{code: code, err: errors.New("")}
}
