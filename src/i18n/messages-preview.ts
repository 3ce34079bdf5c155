// Previewing a local file before it is published: the button, the banner and the problems, Vietnamese first and English.
import type { Locale } from './format';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface PreviewMessages {
  open: string;
  openHint: string;
  bannerTitle: string;
  banner: Fn<'name'>;
  leave: string;
  invalidTitle: Fn<'name'>;
}

export const PREVIEW_MESSAGES: Record<Locale, PreviewMessages> = {
  vi: {
    open: 'Mở tệp dữ liệu',
    openHint: 'Xem trước một tệp JSON hoặc bảng tính Excel (.xlsx) trên máy này trước khi công bố; tệp không được tải lên đâu cả.',
    bannerTitle: 'Đang xem trước tệp trên máy',
    banner: (p) =>
      `Trang đang hiển thị tệp "${p.name}" từ máy này. Đây không phải số liệu đã công bố; tệp chỉ được đọc trong trình duyệt, không được tải lên.`,
    leave: 'Thoát xem trước, về nguồn dữ liệu chính thức',
    invalidTitle: (p) => `Tệp "${p.name}" có lỗi`,
  },
  en: {
    open: 'Open a data file',
    openHint:
      'Preview a JSON file or an Excel workbook (.xlsx) from this computer before publishing it; the file is not uploaded anywhere.',
    bannerTitle: 'Previewing a local file',
    banner: (p) =>
      `The page shows the file "${p.name}" from this computer. This is not the published data; the file is only read in the browser, never uploaded.`,
    leave: 'Leave the preview, back to the published data',
    invalidTitle: (p) => `The file "${p.name}" has problems`,
  },
};
