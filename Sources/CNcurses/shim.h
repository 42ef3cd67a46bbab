#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 does not let code read C global variables or expand function-like macros;
// these accessors give the few that Agora needs.

static inline WINDOW *agora_stdscr(void) { return stdscr; }
static inline int agora_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
static inline int agora_attr_bold(void) { return (int)A_BOLD; }
static inline int agora_attr_dim(void) { return (int)A_DIM; }
static inline int agora_attr_reverse(void) { return (int)A_REVERSE; }
static inline int agora_key_f(int number) { return KEY_F(number); }
