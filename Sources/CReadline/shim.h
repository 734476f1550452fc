// GNU readline for the krat executable.
//
// Swift 6 rejects direct use of readline's mutable globals (they are shared mutable
// state), so each one the program needs has a small getter or setter here. The
// signal flags must be written from a signal handler, which only C can do safely
// (volatile sig_atomic_t). They are `static`, so every Swift file that calls these
// functions gets its own copy: call the krat_*signal* functions from one Swift file
// only (Sources/krat/Signals.swift).
#ifndef KRAT_READLINE_SHIM_H
#define KRAT_READLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <readline/readline.h>
#include <readline/history.h>

// MARK: - Settings

static inline void krat_rl_set_readline_name(const char *name) { rl_readline_name = strdup(name); }
static inline void krat_rl_set_catch_signals(int value) { rl_catch_signals = value; }
static inline void krat_rl_set_catch_sigwinch(int value) { rl_catch_sigwinch = value; }
static inline void krat_rl_set_basic_word_break_characters(const char *characters) {
    rl_basic_word_break_characters = strdup(characters);
}
static inline void krat_rl_set_completer_word_break_characters(const char *characters) {
    rl_completer_word_break_characters = strdup(characters);
}

// MARK: - Completion

static inline void krat_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}
static inline void krat_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}
static inline void krat_rl_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }

// MARK: - Line state

static inline const char *krat_rl_line_buffer(void) { return rl_line_buffer; }
static inline int krat_rl_point(void) { return rl_point; }
static inline void krat_rl_set_done(int value) { rl_done = value; }
static inline int krat_rl_pending_input(void) { return rl_pending_input; }

// MARK: - Signals (call from one Swift file only; see above)

static volatile sig_atomic_t krat_sigint_received = 0;
static volatile sig_atomic_t krat_sigwinch_received = 0;

static inline void krat_signal_handler(int signal_number) {
    if (signal_number == SIGINT) krat_sigint_received = 1;
    if (signal_number == SIGWINCH) krat_sigwinch_received = 1;
}

/// Installs handlers for SIGINT and SIGWINCH that only set a flag, and unblocks both. No SA_RESTART, so a
/// blocking poll() returns EINTR and the line editor can abandon the line.
static inline int krat_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = krat_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    if (sigaction(SIGWINCH, &action, NULL) != 0) return -1;
    // A parent may have started krat with these signals blocked; they must reach us.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGWINCH);
    return sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

static inline int krat_take_sigint(void) {
    int received = krat_sigint_received;
    krat_sigint_received = 0;
    return received;
}

static inline int krat_take_sigwinch(void) {
    int received = krat_sigwinch_received;
    krat_sigwinch_received = 0;
    return received;
}

#endif
