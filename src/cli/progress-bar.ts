import type { ErrorOutput } from './context.ts';

/** A progress bar for replications; does nothing when standard error is not a terminal. */
export interface ProgressBar {
  /** False when nothing is drawn (not a terminal): callers can skip work done only for the bar. */
  readonly active: boolean;
  /** Sets how far the run is, in replications (fractions allowed, e.g. 0.4 while the first is running). */
  update(done: number): void;
  /** Removes the bar, leaving the line clean for what follows. */
  clear(): void;
}

const WIDTH = 30;
/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 100;

/**
 * Creates a progress bar on `stderr` if it is a terminal, otherwise a silent one, so that logs and
 * pipes never receive carriage returns (scripts read stdout; people watch stderr).
 * @example const bar = createProgressBar(process.stderr, 'drift run baseline', 10); bar.update(3); bar.clear();
 */
export function createProgressBar(stderr: ErrorOutput, title: string, total: number, clock: () => number = () => performance.now()): ProgressBar {
  if (stderr.isTTY !== true || total <= 0) return { active: false, update() {}, clear() {} };
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  let shown = -1;
  const draw = (done: number): void => {
    const fraction = Math.min(1, Math.max(0, done / total));
    const filled = Math.round(fraction * WIDTH);
    const whole = Math.floor(done + 1e-9);
    const line = `${title}  [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ${whole}/${total} replications`;
    // A terminal that reports no width (0, e.g. a bare pty) gets the classic 80 columns.
    const columns = stderr.columns !== undefined && stderr.columns > 0 ? stderr.columns : 80;
    stderr.write(`\r${line.slice(0, Math.max(10, columns - 1))}\u001b[K`);
    drawn = true;
  };
  return {
    active: true,
    update(done) {
      const now = clock();
      // Whole replications always show; fractions only as often as the eye can follow.
      const whole = Math.floor(done + 1e-9);
      if (whole === shown && now - lastDraw < REDRAW_MS) return;
      shown = whole;
      lastDraw = now;
      draw(done);
    },
    clear() {
      if (drawn) stderr.write('\r\u001b[K');
      drawn = false;
    },
  };
}
