import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retriableLazy } from './retriable-lazy';
import { SectionBoundary } from './section-boundary';

function Loaded({ text }: { text: string }) {
  return <p>{text}</p>;
}

describe('a lazy section that failed to load', () => {
  it('imports its chunk again on "Thử lại" and then shows it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const load = vi
      .fn<() => Promise<{ default: typeof Loaded }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Loaded });
    const section = retriableLazy(load);
    render(
      <SectionBoundary loading="Đang tải…" failed="Không tải được phần này." retry="Thử lại" minHeight={10} onRetry={section.reload}>
        <section.Component text="Biểu đồ" />
      </SectionBoundary>,
    );
    expect(await screen.findByText('Không tải được phần này.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Biểu đồ')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
