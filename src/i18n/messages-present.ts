// Messages of the slides, the presenter view, handouts and exports, in Vietnamese first and English.
import { catalogue, type Fn } from './catalogue';

export interface PresentMessages {
  slideOf: Fn<'count' | 'n'>;
  pageOf: Fn<'page' | 'pages'>;
  previous: string;
  next: string;
  fullscreen: string;
  exit: string;
  presenter: string;
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

export const PRESENT_MESSAGES = catalogue<PresentMessages>({
  previous: {
    vi: 'Trước',
    en: 'Previous',
  },
  next: {
    vi: 'Sau',
    en: 'Next',
  },
  fullscreen: {
    vi: 'Toàn màn hình (F)',
    en: 'Full screen (F)',
  },
  exit: {
    vi: 'Thoát (Esc)',
    en: 'Exit (Esc)',
  },
  presenter: {
    vi: 'Màn hình người trình bày (S)',
    en: 'Presenter view (S)',
  },
  slideOf: {
    vi: (p) => `Trang ${p.n}/${p.count}`,
    en: (p) => `Slide ${p.n} of ${p.count}`,
  },
  pageOf: {
    vi: (p) => `(${p.page}/${p.pages})`,
    en: (p) => `(${p.page}/${p.pages})`,
  },
  hint: {
    vi: 'PageDown, → hoặc Space: trang sau · PageUp hoặc ←: trang trước · số rồi Enter: đến trang · B: tắt màn hình · F: toàn màn hình · S: người trình bày · Esc: thoát',
    en: 'PageDown, → or Space: next · PageUp or ←: previous · a number then Enter: go to · B: blank screen · F: full screen · S: presenter view · Esc: exit',
  },
  goTo: {
    vi: (p) => `Đến trang ${p.n}…`,
    en: (p) => `Go to slide ${p.n}…`,
  },
  blanked: {
    vi: 'Màn hình đang tắt. Nhấn B để hiện lại.',
    en: 'The screen is blanked. Press B to show it again.',
  },
  autoplay: {
    vi: (p) => `Tự chuyển trang sau ${p.seconds} giây`,
    en: (p) => `Next slide every ${p.seconds} s`,
  },
  autoplayPaused: {
    vi: 'Đã dừng tự chuyển trang',
    en: 'Automatic slides paused',
  },
  loadingChart: {
    vi: 'Đang tải biểu đồ…',
    en: 'Loading the chart…',
  },
  presenterTitle: {
    vi: 'Màn hình người trình bày',
    en: 'Presenter view',
  },
  current: {
    vi: 'Đang chiếu',
    en: 'Now showing',
  },
  upNext: {
    vi: 'Trang sau',
    en: 'Next',
  },
  lastSlide: {
    vi: 'Đây là trang cuối.',
    en: 'This is the last slide.',
  },
  clock: {
    vi: 'Giờ',
    en: 'Time',
  },
  elapsed: {
    vi: 'Đã trình bày',
    en: 'Presenting for',
  },
  talkingPoints: {
    vi: 'Ý chính',
    en: 'Talking points',
  },
  noProjector: {
    vi: 'Chưa thấy cửa sổ trình chiếu: mở bản trình chiếu ở cửa sổ kia.',
    en: 'No projected window found: open the slides in the other window.',
  },
});
