import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartBox, ChartLegend } from './chart-box';

/** A stand-in IntersectionObserver whose callback the test calls. */
function installObserver() {
  const callbacks: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
  const disconnect = vi.fn();
  class FakeObserver {
    constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
      callbacks.push(cb);
    }
    observe() {}
    disconnect = disconnect;
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return { see: (isIntersecting: boolean) => act(() => callbacks.forEach((cb) => cb([{ isIntersecting }]))), disconnect };
}

afterEach(() => vi.unstubAllGlobals());

describe('ChartLegend', () => {
  it('names every series in words, the swatch hidden from screen readers', () => {
    render(
      <ChartLegend
        items={[
          { label: '3 sao', color: '#4a8fc7' },
          { label: 'Mục tiêu: trên 80%', color: '#111827', kind: 'dashed' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['3 sao', 'Mục tiêu: trên 80%']);
    expect(document.querySelectorAll('[aria-hidden="true"].chart-legend__swatch--dashed')).toHaveLength(1);
  });
});

describe('ChartBox', () => {
  it('draws the plot everywhere when the browser cannot tell what is on screen', () => {
    render(<ChartBox legend={[{ label: 'legend', color: '#000' }]}>plot</ChartBox>);
    expect(screen.getByText('plot')).toBeInTheDocument();
  });

  it('draws the plot only while it is on or near the screen, and always for printing', () => {
    const io = installObserver();
    const { unmount } = render(<ChartBox legend={[{ label: 'legend', color: '#000' }]}>plot</ChartBox>);
    expect(screen.getByText('legend')).toBeInTheDocument();
    expect(screen.queryByText('plot')).toBeNull();
    io.see(true);
    expect(screen.getByText('plot')).toBeInTheDocument();
    io.see(false);
    expect(screen.queryByText('plot')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('plot')).toBeInTheDocument();
    unmount();
    expect(io.disconnect).toHaveBeenCalled();
  });
});
