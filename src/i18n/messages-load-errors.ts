// Why the data could not be loaded or shown, Vietnamese first and English.
import { count } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface LoadErrorMessages {
  error: {
    refusedTitle: string;
    refused: Record<'origin' | 'scheme' | 'malformed', Fn<'url'>>;
    refusedFallback: Fn<'url'>;
    loadTitle: string;
    network: string;
    timeout: Fn<'seconds'>;
    http: Fn<'status'>;
    tooLarge: Fn<'size'>;
    redirected: Fn<'to'>;
    redirectedHidden: string;
    empty: string;
    html: string;
    truncated: string;
    syntax: Fn<'column' | 'line'>;
    syntaxNoPos: string;
    invalidTitle: string;
    invalidCount: Fn<'count'>;
    moreProblems: Fn<'count'>;
    configInvalid: string;
    nothingToShow: string;
    address: string;
  };
}

export const LOAD_ERRORS: Pairs<LoadErrorMessages> = {
  error: {
    refusedTitle: {
      vi: 'Không tải dữ liệu từ địa chỉ không được phép',
      en: 'Data from an address that is not allowed was not loaded',
    },
    refused: {
      origin: {
        vi: (p) =>
          `Liên kết yêu cầu dữ liệu từ ${p.url}, một địa chỉ không nằm trong danh sách nguồn được phép. Dữ liệu từ địa chỉ này không được tải.`,
        en: (p) => `The link asks for data from ${p.url}, which is not on the list of allowed sources. Nothing was loaded from it.`,
      },
      scheme: {
        vi: (p) => `Địa chỉ nguồn "${p.url}" không phải http hoặc https nên không được tải.`,
        en: (p) => `The source address "${p.url}" is not http or https, so it was not loaded.`,
      },
      malformed: {
        vi: (p) => `Địa chỉ nguồn "${p.url}" không hợp lệ.`,
        en: (p) => `The source address "${p.url}" is not a valid address.`,
      },
    },
    refusedFallback: {
      vi: (p) => `Trang đang hiển thị nguồn mặc định: ${p.url}`,
      en: (p) => `The page shows the default source instead: ${p.url}`,
    },
    loadTitle: {
      vi: 'Không tải được dữ liệu',
      en: 'The data could not be loaded',
    },
    network: {
      vi: 'Không kết nối được tới nguồn dữ liệu (mất mạng hoặc máy chủ không trả lời).',
      en: 'Could not reach the data source (offline, or the server did not answer).',
    },
    timeout: {
      vi: (p) => `Nguồn dữ liệu không trả lời sau ${p.seconds} giây.`,
      en: (p) => `The data source did not answer within ${count(p.seconds, 'second', 'seconds')}.`,
    },
    http: {
      vi: (p) => `Máy chủ trả về lỗi HTTP ${p.status}.`,
      en: (p) => `The server answered with HTTP error ${p.status}.`,
    },
    tooLarge: {
      vi: (p) => `Tài liệu lớn hơn giới hạn ${p.size}; dừng tải để không treo trình duyệt.`,
      en: (p) => `The document is larger than the ${p.size} limit; loading stopped so the browser stays responsive.`,
    },
    redirected: {
      vi: (p) => `Nguồn chuyển hướng sang địa chỉ không được phép: ${p.to}`,
      en: (p) => `The source redirected to an address that is not allowed: ${p.to}`,
    },
    redirectedHidden: {
      vi: 'Nguồn chuyển hướng sang một địa chỉ khác. Ứng dụng không đi theo chuyển hướng; hãy cấu hình thẳng địa chỉ cuối cùng của tài liệu.',
      en: "The source redirected to another address. The app does not follow redirects; configure the document's final address directly.",
    },
    empty: {
      vi: 'Nguồn trả về nội dung rỗng.',
      en: 'The source returned an empty response.',
    },
    html: {
      vi: 'Nguồn trả về một trang HTML (thường là trang báo lỗi hoặc trang đăng nhập), không phải dữ liệu JSON.',
      en: 'The source returned an HTML page (usually an error or login page), not JSON data.',
    },
    truncated: {
      vi: 'Tài liệu JSON bị cắt cụt: nội dung kết thúc giữa chừng.',
      en: 'The JSON document is truncated: it ends part-way through.',
    },
    syntax: {
      vi: (p) => `Tài liệu không phải JSON hợp lệ (lỗi cú pháp ở dòng ${p.line}, cột ${p.column}).`,
      en: (p) => `The document is not valid JSON (syntax error at line ${p.line}, column ${p.column}).`,
    },
    syntaxNoPos: {
      vi: 'Tài liệu không phải JSON hợp lệ.',
      en: 'The document is not valid JSON.',
    },
    invalidTitle: {
      vi: 'Dữ liệu không hợp lệ',
      en: 'Invalid data',
    },
    invalidCount: {
      vi: (p) => `Tài liệu có ${p.count} lỗi so với hợp đồng dữ liệu phiên bản 1. Số liệu trong tài liệu này không được hiển thị.`,
      en: (p) =>
        `The document has ${count(p.count, 'problem', 'problems')} against data contract version 1. None of its figures are shown.`,
    },
    moreProblems: {
      vi: (p) => `… và ${p.count} lỗi khác.`,
      en: (p) => `… and ${p.count} more.`,
    },
    configInvalid: {
      vi: 'Tệp config.json không đọc được; đang dùng cấu hình mặc định.',
      en: 'config.json could not be read; the default configuration is used.',
    },
    nothingToShow: {
      vi: 'Chưa có bản dữ liệu hợp lệ nào để hiển thị.',
      en: 'There is no valid copy of the data to show yet.',
    },
    address: {
      vi: 'Địa chỉ',
      en: 'Address',
    },
  },
};
