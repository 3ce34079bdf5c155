import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentHandler, type Scenario } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { forgetLastGood } from '../data/last-good';
import { useViewStore } from '../state/view-store';
import { App } from './app';

const DATA_URL = 'http://localhost:3000/data/thai-binh-sample.json';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(async () => {
  localStorage.clear();
  await forgetLastGood(DATA_URL);
  window.history.replaceState(null, '', '/');
  useViewStore.setState({ regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised' });
});

function renderApp(scenario: Scenario | 'offline-config' = 'small', retryDelay = 0) {
  server.use(http.get('http://localhost:3000/config.json', () => new HttpResponse(null, { status: 404 })));
  if (scenario !== 'offline-config') server.use(documentHandler(DATA_URL, scenario));
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay } } });
  clients.push(client);
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const clients: QueryClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.clear()));

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
      '3/4 sản phẩm đánh giá năm 2025 (đến 30/06/2025) đạt 3 sao trở lên (75%); mục tiêu: trên 80%.',
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
    // A province count is marked as the province's, with the district's contribution beside it, and is not
    // counted among the district's results.
    expect(within(card('advanced')).getByTestId('target-owner')).toHaveTextContent('Mục tiêu của tỉnh');
    expect(within(card('advanced')).getByTestId('target-value')).toHaveTextContent('2');
    expect(within(card('advanced')).getByTestId('target-contribution')).toHaveTextContent('0');
    expect(within(card('advanced')).getByTestId('target-reason')).toHaveTextContent(
      'Trạng thái là của mục tiêu toàn tỉnh (2 trên toàn tỉnh); Huyện Bình góp 0.',
    );
    expect(within(card('rated')).queryByTestId('target-owner')).toBeNull();
    expect(screen.getByText(/3 mục tiêu số lượng của tỉnh được đánh giá trên toàn tỉnh, không tính cho Huyện Bình/)).toBeInTheDocument();
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
    expect(screen.getByTestId('excluded-notice')).toHaveTextContent('11 faulty records left out — the figures do not include them');
    expect(within(card('rated')).getByTestId('excluded-mark')).toHaveTextContent('excludes 3 faulty records');
  });
});

describe('App when the data is bad or unreachable', () => {
  it.each([
    ['offline', 'Không kết nối được tới nguồn dữ liệu'],
    ['failing', 'Máy chủ trả về lỗi HTTP 500.'],
    ['html', 'trả về một trang HTML'],
    ['truncated', 'Tài liệu JSON bị cắt cụt'],
    ['wrong-version', 'meta.schemaVersion: phiên bản lược đồ không được hỗ trợ (ứng dụng đọc phiên bản 1, 1.1), nhận được 2'],
    ['invalid', 'meta.asOf: thiếu trường bắt buộc'],
  ] as const)('%s: says what is wrong, offers a retry and shows no figures', async (scenario, text) => {
    renderApp(scenario);
    const alert = await screen.findByRole('alert');
    // The list of problems loads on demand.
    await waitFor(() => expect(alert).toHaveTextContent(text));
    expect(await within(alert).findByRole('button', { name: 'Thử lại' })).toBeEnabled();
    expect(document.querySelectorAll('article[data-target-id]')).toHaveLength(0);
    // Loading is over: the heading must not still say "Đang tải dữ liệu…".
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Theo dõi mục tiêu OCOP, nông thôn mới và làng nghề');
  });

  it('tells the first failure at once and says the other tries go on in the background', async () => {
    renderApp('failing', 60_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ trả về lỗi HTTP 500.');
    expect(alert).toHaveTextContent('Đang thử lại trong nền (lần 2/3)…');
    expect(alert).toHaveTextContent('Chưa có bản dữ liệu hợp lệ nào để hiển thị.');
    expect(within(alert).getByRole('button', { name: 'Đang thử lại…' })).toBeDisabled();
  });

  it('keeps the last good copy on screen, with its age, when a later load fails', async () => {
    const first = renderApp('small');
    await screen.findByRole('heading', { level: 1, name: 'Tỉnh Mẫu' });
    first.unmount();
    renderApp('failing');
    const alert = await screen.findByRole('alert');
    // The kept copy is read from IndexedDB once the first try has failed.
    expect(await within(alert).findByRole('heading', { name: /^Không cập nhật được/ })).toHaveTextContent(
      /^Không cập nhật được — đang hiển thị số liệu tải lúc \d\d:\d\d \((bây giờ|phút này|\d+ phút trước)\)$/,
    );
    expect(alert).toHaveTextContent('Máy chủ trả về lỗi HTTP 500.');
    expect(alert).not.toHaveTextContent('Chưa có bản dữ liệu hợp lệ');
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
