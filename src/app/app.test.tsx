import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentHandler, type Scenario } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { useViewStore } from '../state/view-store';
import { App } from './app';

const DATA_URL = 'http://localhost:3000/data/thai-binh-sample.json';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  useViewStore.setState({ regionIds: [], year: null, locale: 'vi', slide: null });
});

function renderApp(scenario: Scenario | 'offline-config' = 'small') {
  server.use(http.get('http://localhost:3000/config.json', () => new HttpResponse(null, { status: 404 })));
  if (scenario !== 'offline-config') server.use(documentHandler(DATA_URL, scenario));
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const card = (id: string) => document.querySelector<HTMLElement>(`article[data-target-id="${id}"]`)!;

describe('App with the small document', () => {
  it('shows the province, the as-of date, the sample notice and every target with its status and reason', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' })).toBeInTheDocument();
    expect(screen.getByTestId('as-of')).toHaveTextContent('30/06/2025');
    expect(screen.getByRole('note', { name: 'Số liệu minh họa' })).toBeInTheDocument();
    expect(document.querySelectorAll('article[data-target-id]')).toHaveLength(4);
    expect(within(card('rated')).getByText('Có nguy cơ')).toBeInTheDocument();
    expect(within(card('rated')).getByTestId('target-value')).toHaveTextContent('75%');
    expect(within(card('rated')).getByTestId('target-reason')).toHaveTextContent(
      '3/4 sản phẩm đánh giá năm 2025 đạt 3 sao trở lên (75%); mục tiêu: trên 80%.',
    );
    expect(within(card('five')).getByText('Đạt')).toBeInTheDocument();
    expect(screen.getByText(/2\/4 mục tiêu đã đạt, 0 đúng tiến độ, 2 có nguy cơ/)).toBeInTheDocument();
  });

  it('filters by a district: percent targets follow the selection, count targets say they are province-wide', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Huyện Bình' }));
    expect(within(card('rated')).getByTestId('target-value')).toHaveTextContent('100%');
    expect(within(card('rated')).getByText('Đạt')).toBeInTheDocument();
    expect(within(card('advanced')).getByTestId('target-reason')).toHaveTextContent('Mục tiêu toàn tỉnh; Huyện Bình đóng góp 0.');
    expect(window.location.search).toBe('?district=B');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Toàn tỉnh' }));
    expect(within(card('rated')).getByTestId('target-value')).toHaveTextContent('75%');
    expect(window.location.search).toBe('');
  });

  it('switches to English and back', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(within(card('rated')).getByText('At risk')).toBeInTheDocument();
    expect(screen.getByTestId('as-of')).toHaveTextContent('30 Jun 2025');
    expect(window.location.search).toBe('?lang=en');
    await userEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(within(card('rated')).getByText('Có nguy cơ')).toBeInTheDocument();
  });
});

describe('App with a partial document (bad records left out)', () => {
  it('shows the rest, says what was left out and marks the figures that would have counted it', async () => {
    renderApp('partial');
    const notice = await screen.findByTestId('excluded-notice');
    expect(notice).toHaveTextContent('Đã bỏ qua 11 bản ghi lỗi — số liệu không gồm các bản ghi này');
    expect(notice).toHaveTextContent('ocop.products[1].stars: phải từ 1 đến 5, nhận được 7');
    expect(notice).toHaveTextContent('ocop.subjects[2].communeCode: tham chiếu đến communes[2], bản ghi đã bị bỏ qua');
    // P1 (3★, 2023) and P4 (3★, 2025) are left: rated in 2025 only P4 → 100 %.
    expect(within(card('rated')).getByTestId('target-value')).toHaveTextContent('100%');
    expect(within(card('rated')).getByTestId('excluded-mark')).toHaveTextContent('không gồm 5 bản ghi lỗi');
    expect(within(card('advanced')).getByTestId('excluded-mark')).toHaveTextContent('không gồm 1 bản ghi lỗi');
    expect(document.querySelector('article[data-target-id="villages"]')).toBeNull();
    expect(screen.getByTestId('headline')).toHaveTextContent('*');
    expect(screen.getByTestId('headline-excluded')).toHaveTextContent('không gồm 8 bản ghi lỗi');

    // Region B: P2 and P3 are in A; P5–P7 belong to a commune whose region does not exist, so they could be in B.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Huyện Bình' }));
    expect(within(card('rated')).getByTestId('excluded-mark')).toHaveTextContent('không gồm 3 bản ghi lỗi');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('excluded-notice')).toHaveTextContent('11 faulty record(s) left out — the figures do not include them');
    expect(within(card('rated')).getByTestId('excluded-mark')).toHaveTextContent('excludes 3 faulty record(s)');
  });
});

describe('App when the data is bad or unreachable', () => {
  it.each([
    ['offline', 'Không kết nối được tới nguồn dữ liệu'],
    ['failing', 'Máy chủ trả về lỗi HTTP 500.'],
    ['html', 'trả về một trang HTML'],
    ['truncated', 'Tài liệu JSON bị cắt cụt'],
    ['wrong-version', 'meta.schemaVersion: phiên bản lược đồ không được hỗ trợ (ứng dụng đọc phiên bản 1), nhận được 2'],
    ['invalid', 'meta.asOf: thiếu trường bắt buộc'],
  ] as const)('%s: says what is wrong, offers a retry and shows no figures', async (scenario, text) => {
    renderApp(scenario);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(document.querySelectorAll('article[data-target-id]')).toHaveLength(0);
    // Loading is over: the heading must not still say "Đang tải dữ liệu…".
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Theo dõi mục tiêu OCOP, nông thôn mới và làng nghề');
  });

  it('keeps the last good copy on screen, with its age, when a later load fails', async () => {
    const first = renderApp('small');
    await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' });
    first.unmount();
    renderApp('failing');
    // The saved copy is checked again (off the page's thread) before it is shown.
    expect(await screen.findByText(/Đang hiển thị bản dữ liệu hợp lệ gần nhất/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tỉnh Mẫu' })).toBeInTheDocument();
    expect(document.querySelectorAll('article[data-target-id]')).toHaveLength(4);
  });

  it('refuses a foreign ?source= without requesting it (MSW would fail the test on an unhandled request)', async () => {
    window.history.replaceState(null, '', '/?source=https://evil.example/x.json');
    renderApp('small');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('https://evil.example/x.json');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' })).toBeInTheDocument();
  });
});
