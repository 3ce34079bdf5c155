import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { afterNextPaint, useAfterPaint } from './use-after-paint';

describe('useAfterPaint', () => {
  it('gives the first value at once, and a new one only after the render that brought it', async () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const later = useAfterPaint(value);
        seen.push(`${value}/${later}`);
        return later;
      },
      { initialProps: { value: 'a' } },
    );
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    // The render with the new value still shows the old one below it: the figures paint first.
    expect(seen).toContain('b/a');
    await waitFor(() => expect(result.current).toBe('b'));
    expect(seen.at(-1)).toBe('b/b');
  });

  it('follows only the latest of quick changes', async () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const later = useAfterPaint(value);
        seen.push(later);
        return later;
      },
      { initialProps: { value: '2023' } },
    );
    rerender({ value: '2024' });
    rerender({ value: '2025' });
    await waitFor(() => expect(result.current).toBe('2025'));
    expect(seen).not.toContain('2024');
  });
});

describe('afterNextPaint', () => {
  it('runs once, later; cancelled, never', async () => {
    const calls: string[] = [];
    afterNextPaint(() => calls.push('kept'));
    const cancel = afterNextPaint(() => calls.push('cancelled'));
    cancel();
    expect(calls).toEqual([]);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(calls).toEqual(['kept']);
  });
});
