import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchRenderer, type Ask } from '../../../electron/recovery';

/** A window whose renderer the test crashes and hangs, recording what main does to it. */
function fakeWindow() {
  const events = new EventEmitter();
  const contents = new EventEmitter();
  const actions: string[] = [];
  return {
    actions,
    crash: (reason: string) => contents.emit('render-process-gone', {}, { reason, exitCode: 139 }),
    hang: () => events.emit('unresponsive'),
    recover: () => events.emit('responsive'),
    window: {
      on: (event: 'unresponsive' | 'responsive', listener: () => void) => events.on(event, listener),
      isDestroyed: () => false,
      webContents: {
        on: (event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void) => contents.on(event, listener),
        reload: () => actions.push('reload'),
        forcefullyCrashRenderer: () => {
          actions.push('end renderer');
          contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
        },
      },
    },
  };
}

/** Answers each question with the next scripted button; records the questions. */
function answering(...choices: number[]) {
  const questions: Array<{ message: string; detail: string; buttons: string[]; signal?: AbortSignal }> = [];
  const pending: Array<() => void> = [];
  const ask: Ask = (question) => {
    questions.push(question);
    const choice = choices.shift() ?? 0;
    return new Promise((resolve) => {
      pending.push(() => resolve(choice));
      question.signal?.addEventListener('abort', () => resolve(-1));
    });
  };
  const answer = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ask, questions, answer };
}

describe('the renderer watchdog', () => {
  it('offers to reload a crashed window, in the user’s language, saying the data is safe', async () => {
    const fake = fakeWindow();
    const user = answering(0);
    watchRenderer(fake.window, user.ask, () => 'en', () => fake.actions.push('quit'));
    fake.crash('crashed');
    expect(user.questions).toHaveLength(1);
    expect(user.questions[0].buttons).toEqual(['Reload', 'Quit NEAR Desk']);
    expect(user.questions[0].detail).toMatch(/saved/i);
    await user.answer();
    expect(fake.actions).toEqual(['reload']);
  });

  it('says so when the window keeps crashing, and quits if asked', async () => {
    const fake = fakeWindow();
    const user = answering(0, 0, 1);
    let time = 0;
    watchRenderer(fake.window, user.ask, () => 'ja', () => fake.actions.push('quit'), () => (time += 1000));
    for (let index = 0; index < 3; index += 1) {
      fake.crash('oom');
      await user.answer();
    }
    expect(user.questions[2].message).not.toBe(user.questions[0].message);
    expect(fake.actions).toEqual(['reload', 'reload', 'quit']);
  });

  it('ignores a window that closed normally', () => {
    const fake = fakeWindow();
    const user = answering();
    watchRenderer(fake.window, user.ask, () => 'en', () => undefined);
    fake.crash('clean-exit');
    expect(user.questions).toHaveLength(0);
  });

  it('asks once about a hung window, and withdraws the question when it recovers', async () => {
    const fake = fakeWindow();
    const user = answering(1);
    watchRenderer(fake.window, user.ask, () => 'en', () => undefined);
    fake.hang();
    fake.hang();
    expect(user.questions).toHaveLength(1);
    expect(user.questions[0].buttons).toEqual(['Wait', 'Reload']);
    fake.recover();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(user.questions[0].signal?.aborted).toBe(true);
    expect(fake.actions).toEqual([]);
  });

  it('ends a hung renderer and reloads when the user chooses to, without reporting that as a crash', async () => {
    const fake = fakeWindow();
    const user = answering(1);
    watchRenderer(fake.window, user.ask, () => 'en', () => undefined);
    fake.hang();
    await user.answer();
    expect(fake.actions).toEqual(['end renderer', 'reload']);
    expect(user.questions).toHaveLength(1);
  });
});
