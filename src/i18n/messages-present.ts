// Messages of the slides, the presenter view, handouts and exports, in Vietnamese first and English.
import type { Locale } from './format';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface PresentMessages {
  previous: string;
  next: string;
  fullscreen: string;
  exit: string;
  presenter: string;
  slideOf: Fn<'count' | 'n'>;
  pageOf: Fn<'page' | 'pages'>;
  hint: string;
  goTo: Fn<'n'>;
  blanked: string;
  autoplay: Fn<'seconds'>;
  autoplayPaused: string;
  loadingChart: string;
  presenterTitle: string;
  current: string;
  upNext: string;
  lastSlide: string;
  clock: string;
  elapsed: string;
  talkingPoints: string;
  noProjector: string;
}

const vi: PresentMessages = {
  previous: 'Trước',
  next: 'Sau',
  fullscreen: 'Toàn màn hình (F)',
  exit: 'Thoát (Esc)',
  presenter: 'Màn hình người trình bày (S)',
  slideOf: (p) => `Trang ${p.n}/${p.count}`,
  pageOf: (p) => `(${p.page}/${p.pages})`,
  hint: 'PageDown, → hoặc Space: trang sau · PageUp hoặc ←: trang trước · số rồi Enter: đến trang · B: tắt màn hình · F: toàn màn hình · S: người trình bày · Esc: thoát',
  goTo: (p) => `Đến trang ${p.n}…`,
  blanked: 'Màn hình đang tắt. Nhấn B để hiện lại.',
  autoplay: (p) => `Tự chuyển trang sau ${p.seconds} giây`,
  autoplayPaused: 'Đã dừng tự chuyển trang',
  loadingChart: 'Đang tải biểu đồ…',
  presenterTitle: 'Màn hình người trình bày',
  current: 'Đang chiếu',
  upNext: 'Trang sau',
  lastSlide: 'Đây là trang cuối.',
  clock: 'Giờ',
  elapsed: 'Đã trình bày',
  talkingPoints: 'Ý chính',
  noProjector: 'Chưa thấy cửa sổ trình chiếu: mở bản trình chiếu ở cửa sổ kia.',
};

const en: PresentMessages = {
  previous: 'Previous',
  next: 'Next',
  fullscreen: 'Full screen (F)',
  exit: 'Exit (Esc)',
  presenter: 'Presenter view (S)',
  slideOf: (p) => `Slide ${p.n} of ${p.count}`,
  pageOf: (p) => `(${p.page}/${p.pages})`,
  hint: 'PageDown, → or Space: next · PageUp or ←: previous · a number then Enter: go to · B: blank screen · F: full screen · S: presenter view · Esc: exit',
  goTo: (p) => `Go to slide ${p.n}…`,
  blanked: 'The screen is blanked. Press B to show it again.',
  autoplay: (p) => `Next slide every ${p.seconds} s`,
  autoplayPaused: 'Automatic slides paused',
  loadingChart: 'Loading the chart…',
  presenterTitle: 'Presenter view',
  current: 'Now showing',
  upNext: 'Next',
  lastSlide: 'This is the last slide.',
  clock: 'Time',
  elapsed: 'Presenting for',
  talkingPoints: 'Talking points',
  noProjector: 'No projected window found: open the slides in the other window.',
};

export const PRESENT_MESSAGES: Record<Locale, PresentMessages> = { vi, en };
