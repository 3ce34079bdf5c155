// Previewing a local file before it is published: the button, the banner and the problems, Vietnamese first and English.
import { catalogue, type Fn } from './catalogue';

export interface PreviewMessages {
  open: string;
  openHint: string;
  bannerTitle: string;
  banner: Fn<'name'>;
  leave: string;
  invalidTitle: Fn<'name'>;
}

export const PREVIEW_MESSAGES = catalogue<PreviewMessages>({
  open: {
    vi: 'Mở tệp dữ liệu',
    en: 'Open a data file',
  },
  openHint: {
    vi: 'Xem trước một tệp JSON hoặc bảng tính Excel (.xlsx) trên máy này trước khi công bố; tệp không được tải lên đâu cả.',
    en: 'Preview a JSON file or an Excel workbook (.xlsx) from this computer before publishing it; the file is not uploaded anywhere.',
  },
  bannerTitle: {
    vi: 'Đang xem trước tệp trên máy',
    en: 'Previewing a local file',
  },
  banner: {
    vi: (p) =>
      `Trang đang hiển thị tệp "${p.name}" từ máy này. Đây không phải số liệu đã công bố; tệp chỉ được đọc trong trình duyệt, không được tải lên.`,
    en: (p) =>
      `The page shows the file "${p.name}" from this computer. This is not the published data; the file is only read in the browser, never uploaded.`,
  },
  leave: {
    vi: 'Thoát xem trước, về nguồn dữ liệu chính thức',
    en: 'Leave the preview, back to the published data',
  },
  invalidTitle: {
    vi: (p) => `Tệp "${p.name}" có lỗi`,
    en: (p) => `The file "${p.name}" has problems`,
  },
});
