import { render } from '@testing-library/react';
import { cloneElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CATEGORY_TICK, CategoryAxisProvider, VALUE_TICK, YEAR_TICK, YearAxisProvider } from './ticks';

const inSvg = (el: React.ReactNode) => render(<svg>{el}</svg>).container.querySelector('text');

describe('axis ticks', () => {
  it('marks a selected category in words and bold, and leaves the others plain', () => {
    const axis = { selected: new Set(['Huyện Bình']), mark: (l: string) => `▶ ${l}` };
    const tick = (value: string) =>
      inSvg(<CategoryAxisProvider value={axis}>{cloneElement(CATEGORY_TICK, { x: 10, y: 10, payload: { value } })}</CategoryAxisProvider>);
    const chosen = tick('Huyện Bình');
    expect(chosen?.textContent).toBe('▶ Huyện Bình');
    expect(chosen?.getAttribute('font-weight')).toBe('700');
    const other = tick('Huyện An');
    expect(other?.textContent).toBe('Huyện An');
    expect(other?.getAttribute('font-weight')).toBe('400');
  });

  it("writes a year as the axis says (its own name, the selection's mark, a note), never guessing from the value", () => {
    const axis = { selected: 2025, mark: (y: number) => `▶ ${y}`, label: (y: number) => (y === 2020 ? 'đến 2020' : String(y)) };
    const tick = (value: number) =>
      inSvg(<YearAxisProvider value={axis}>{cloneElement(YEAR_TICK, { x: 10, y: 10, payload: { value } })}</YearAxisProvider>);
    expect(tick(2020)?.textContent).toBe('đến 2020');
    expect(tick(2023)?.textContent).toBe('2023');
    expect(tick(2025)?.textContent).toBe('▶ 2025');
  });

  it("writes a value with the axis's formatter, a year-like number too", () => {
    const tick = inSvg(cloneElement(VALUE_TICK, { x: 0, y: 0, payload: { value: 2000 }, tickFormatter: (v: number) => `${v / 10}%` }));
    expect(tick?.textContent).toBe('200%');
  });
});
