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
  workbookTitle: Fn<'name'>;
  workbook: string;
}

export const PREVIEW_MESSAGES: Record<Locale, PreviewMessages> = {
  vi: {
    open: 'Mở tệp dữ liệu',
    openHint: 'Xem trước một tệp JSON trên máy này trước khi công bố; tệp không được tải lên đâu cả.',
    bannerTitle: 'Đang xem trước tệp trên máy',
    banner: (p) =>
      `Trang đang hiển thị tệp "${p.name}" từ máy này. Đây không phải số liệu đã công bố; tệp chỉ được đọc trong trình duyệt, không được tải lên.`,
    leave: 'Thoát xem trước, về nguồn dữ liệu chính thức',
    invalidTitle: (p) => `Tệp "${p.name}" có lỗi`,
    workbookTitle: (p) => `Tệp "${p.name}" là bảng tính Excel`,
    workbook:
      'Trang chỉ xem trước tệp JSON. Chuyển bảng tính thành JSON bằng lệnh "npm run import -- tệp.xlsx -o tài-liệu.json" (lệnh này chỉ ra từng ô lỗi theo trang, dòng và cột), rồi mở tệp JSON đó ở đây.',
  },
  en: {
    open: 'Open a data file',
    openHint: 'Preview a JSON file from this computer before publishing it; the file is not uploaded anywhere.',
    bannerTitle: 'Previewing a local file',
    banner: (p) =>
      `The page shows the file "${p.name}" from this computer. This is not the published data; the file is only read in the browser, never uploaded.`,
    leave: 'Leave the preview, back to the published data',
    invalidTitle: (p) => `The file "${p.name}" has problems`,
    workbookTitle: (p) => `"${p.name}" is an Excel workbook`,
    workbook:
      'The page previews JSON files only. Turn the workbook into JSON with "npm run import -- file.xlsx -o document.json" (it names every wrong cell by sheet, row and column), then open that JSON file here.',
  },
};
