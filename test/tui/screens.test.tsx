import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import App from '../../src/tui/App.tsx';
import { KEYS, scenariosFolder, settle, waitForFrame, widest } from './support.ts';

const folder = scenariosFolder();
afterAll(() => folder.remove());

const SETTINGS = { seed: 1, replications: 2, threads: 1 };
const SIZE = { columns: 80, rows: 24 };

function start(screen: 'home' | 'planner' | 'trainer' = 'home') {
  return render(<App host={folder.host} settings={SETTINGS} scenario="small" color={false} size={SIZE} initialScreen={screen} />);
}

describe('home screen and help', () => {
  it('shows both screens, the status line and fits 80×24', async () => {
    const app = start();
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('drift home │ scenario small │ seed 1 │ 2 replications');
    expect(frame).toContain('Planner');
    expect(frame).toContain('Trainer');
    expect(widest(frame)).toBeLessThanOrEqual(80);
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    app.unmount();
  });

  it('opens help with ? on every screen and closes it with Esc', async () => {
    for (const [screen, words] of [['home', 'choose a screen'], ['planner', 'run baseline and what-if'], ['trainer', 'replay the same child']] as const) {
      const app = start(screen);
      await settle();
      app.stdin.write('?');
      const help = await waitForFrame(app.lastFrame, (f) => f.includes(`Help: ${screen} screen`));
      expect(help).toContain(words);
      expect(help).toContain('q quit');
      app.stdin.write(KEYS.escape);
      await waitForFrame(app.lastFrame, (f) => !f.includes('Help:'));
      app.unmount();
    }
  });

  it('goes to the planner with p and back with Esc, to the trainer with Enter on it', async () => {
    const app = start();
    await settle();
    app.stdin.write('p');
    await waitForFrame(app.lastFrame, (f) => f.includes('drift planner') && f.includes('Levers'));
    app.stdin.write(KEYS.escape);
    await waitForFrame(app.lastFrame, (f) => f.includes('drift home'));
    app.stdin.write(KEYS.down);
    await settle();
    app.stdin.write(KEYS.enter);
    await waitForFrame(app.lastFrame, (f) => f.includes('drift trainer'));
    app.unmount();
  });

  it('stops reading keys after q (ink exits and restores the terminal)', async () => {
    const app = start();
    await settle();
    app.stdin.write('q');
    await settle();
    const before = app.lastFrame();
    app.stdin.write('p');
    await settle(100);
    expect(app.lastFrame()).toBe(before);
    expect(before).toContain('drift home');
  });
});
