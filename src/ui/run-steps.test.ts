import { describe, expect, it } from 'vitest';
import type { Steps } from '../domain/steps';
import { nextTask, runSteps } from './run-steps';

function* counted(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n * 2;
}

describe('runSteps', () => {
  it('with a zero slice, pauses after every step and returns the result', async () => {
    const log: string[] = [];
    const result = await runSteps(counted(3, log), { sliceMs: 0, pause: async () => void log.push('pause') });
    expect(result).toBe(6);
    expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause', 'step 2', 'pause']);
  });

  it('with a long slice, runs every step in one go', async () => {
    const log: string[] = [];
    expect(await runSteps(counted(50, log), { sliceMs: 60_000, pause: async () => void log.push('pause') })).toBe(100);
    expect(log.filter((l) => l === 'pause')).toHaveLength(0);
    expect(log).toHaveLength(50);
  });

  it('stops at the next step once aborted, with the signal’s reason', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const run = runSteps(counted(10, log), {
      sliceMs: 0,
      signal: controller.signal,
      pause: async () => controller.abort(new Error('replaced')),
    });
    await expect(run).rejects.toThrow('replaced');
    expect(log).toEqual(['step 0']);
  });

  it('nextTask resolves after the current task', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    order.push('this task');
    await waited;
    expect(order).toEqual(['this task', 'next task']);
  });
});
