/** The three screens of `drift tui`. */
export type Screen = 'home' | 'planner' | 'trainer';

/** The size the screens lay themselves out for; 80×24 is the smallest they are designed for. */
export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** Keys common to every screen, listed first in every help page. */
export const COMMON_KEYS: readonly (readonly [string, string])[] = [
  ['?', 'show or hide this help'],
  ['q', 'quit (a run in progress is cancelled first)'],
  ['Esc', 'back (cancels a run in progress)'],
];
