// The message catalogue: every string the interface shows, in Vietnamese first and English.
import type { Comparison, ProductGroup, ProductStatus, SubjectType, TargetArea } from '../contract/values';
import type { ProblemCode } from '../data/document-problems';
import type { TargetStatus } from '../domain/target-status';
import type { NoDataReason } from '../domain/metrics';
import type { Locale } from './format';
import { count, isOne } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface Messages {
  appName: string;
  skipToContent: string;
  language: string;
  languageName: Record<Locale, string>;
  asOf: string;
  source: string;
  publisher: string;
  sampleBadge: string;
  sampleNotice: string;
  sourcesHeading: string;
  nonDefaultSource: Fn<'url'>;
  geography: string;
  loading: string;
  retry: string;
  retrying: string;
  status: Record<TargetStatus, string>;
  statusIcon: Record<TargetStatus, string>;
  area: Record<TargetArea, string>;
  comparison: Record<Comparison, Fn<'value', 'max'>>;
  summary: Fn<'achieved' | 'atRisk' | 'noData' | 'offTrack' | 'onTrack' | 'scope' | 'total' | 'year'>;
  summaryNone: string;
  headlineArea: Fn<'achieved' | 'area' | 'total'>;
  headlineFigure: Record<string, Fn<'goal' | 'value'>>;
  targetsHeading: string;
  targetValue: string;
  targetGoal: string;
  targetDeadline: string;
  targetSource: string;
  targetBaseline: Fn<'date' | 'value'>;
  expectedByNow: Fn<'date' | 'value'>;
  judgedOnProvince: Fn<'contribution' | 'scope' | 'value'>;
  provinceOnly: Fn<'scope' | 'value'>;
  provinceTarget: string;
  contribution: Fn<'scope'>;
  regionTarget: Fn<'regions'>;
  regionTargetsHeading: string;
  impliedBaseline: Fn<'date'>;
  aboveRange: string;
  deadlinePassed: string;
  changeSince: Fn<'delta' | 'sign' | 'year'>;
  changeSameDate: Fn<'date' | 'delta' | 'sign' | 'value' | 'year'>;
  wholeYearBefore: Fn<'current' | 'date' | 'value' | 'year'>;
  noChange: string;
  /** "cuối năm 2024" for a complete year, "đến 30/06/2025" for one not over. */
  whenYearEnd: Fn<'year'>;
  whenUntil: Fn<'date'>;
  inYear: Fn<'year'>;
  headlineProvinceRows: Fn<'count' | 'own'>;
  groupProvinceRows: Fn<'count'>;
  regionGroup: string;
  yearMoved: Fn<'requested' | 'year'>;
  summaryProvinceOwned: Fn<'achieved' | 'atRisk' | 'count' | 'noData' | 'offTrack' | 'onTrack' | 'scope'>;
  summaryRegionTargets: Fn<'achieved' | 'count'>;
  noData: {
    metric: Record<NoDataReason, string>;
    unknownMetric: Fn<'metric'>;
    unitMismatch: string;
    notReported: string;
    reportedLater: Fn<'date' | 'year'>;
  };
  metricReason: Record<string, Fn<never, 'd' | 'due' | 'n' | 'period' | 'value' | 'when'>>;
  reportedReason: Fn<'date' | 'value'>;
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
  problem: Record<
    ProblemCode,
    Fn<never, 'collection' | 'expected' | 'field' | 'max' | 'min' | 'options' | 'record' | 'supported' | 'with'>
  >;
  received: Fn<'value'>;
  missing: string;
  productGroup: Record<ProductGroup, string>;
  subjectType: Record<SubjectType, string>;
  productStatus: Record<ProductStatus, string>;
  wholeProvince: string;
  /** The whole province mid-sentence: "toàn tỉnh" ("Toàn tỉnh" only starts a sentence or a label). */
  wholeProvinceInSentence: string;
  year: string;
  showTable: string;
  sectionLoading: string;
  sectionFailed: string;
  present: {
    start: string;
    deck: string;
    slide: string;
    controls: string;
    previous: string;
    next: string;
    fullscreen: string;
    exit: string;
    hint: string;
  };
  removeRegion: Fn<'name'>;
  findRegion: Fn<'count' | 'level'>;
  moreRegions: Fn<'shown' | 'total'>;
  showChart: string;
  downloadCsv: string;
}

const vi: Messages = {
  appName: 'Theo dõi mục tiêu OCOP, nông thôn mới và làng nghề',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  language: 'Ngôn ngữ',
  languageName: { vi: 'Tiếng Việt', en: 'English' },
  asOf: 'Số liệu đến ngày',
  source: 'Nguồn dữ liệu',
  publisher: 'Đơn vị công bố',
  sampleBadge: 'Số liệu minh họa',
  sampleNotice: 'Đây là số liệu minh họa, không phải số liệu chính thức. Nguồn của các số tổng được ghi dưới đây.',
  sourcesHeading: 'Nguồn tham khảo',
  nonDefaultSource: (p) => `Đang hiển thị dữ liệu từ nguồn khác mặc định: ${p.url}`,
  geography: 'Địa giới',
  loading: 'Đang tải dữ liệu…',
  retry: 'Thử lại',
  retrying: 'Đang thử lại…',
  status: { achieved: 'Đạt', 'on-track': 'Đúng tiến độ', 'at-risk': 'Có nguy cơ', 'off-track': 'Chưa đạt', 'no-data': 'Chưa có số liệu' },
  statusIcon: { achieved: '✓', 'on-track': '↗', 'at-risk': '!', 'off-track': '✕', 'no-data': '–' },
  area: { ocop: 'OCOP', ntm: 'Nông thôn mới', 'craft-villages': 'Làng nghề' },
  comparison: {
    atLeast: (p) => `ít nhất ${p.value}`,
    moreThan: (p) => `trên ${p.value}`,
    atMost: (p) => `không quá ${p.value}`,
    between: (p) => `từ ${p.value} đến ${p.max}`,
  },
  summary: (p) =>
    `${p.achieved}/${p.total} mục tiêu đã đạt, ${p.onTrack} đúng tiến độ, ${p.atRisk} có nguy cơ, ${p.offTrack} chưa đạt, ${p.noData} chưa có số liệu (${p.scope}, năm ${p.year}).`,
  summaryNone: 'Tài liệu không có mục tiêu nào.',
  headlineArea: (p) => `${p.area}: ${p.achieved}/${p.total} mục tiêu đã đạt`,
  headlineFigure: {
    'ntm.advanced-or-higher-count': (p) => `${p.value} xã nâng cao / kế hoạch ${p.goal}`,
    'ntm.model-count': (p) => `${p.value} xã kiểu mẫu / kế hoạch ${p.goal}`,
    'ocop.recognised-count': (p) => `${p.value} sản phẩm OCOP / mục tiêu ${p.goal}`,
    'craft.villages-with-3plus-product': (p) => `${p.value} làng nghề có sản phẩm 3 sao / mục tiêu ${p.goal}`,
  },
  targetsHeading: 'Các mục tiêu',
  targetValue: 'Hiện tại',
  targetGoal: 'Mục tiêu',
  targetDeadline: 'Hạn',
  targetSource: 'Nguồn',
  targetBaseline: (p) => `Mốc xuất phát: ${p.value} (${p.date})`,
  expectedByNow: (p) => `theo tiến độ cần khoảng ${p.value} đến ${p.date}`,
  judgedOnProvince: (p) => `Trạng thái là của mục tiêu toàn tỉnh (${p.value} trên toàn tỉnh); ${p.scope} góp ${p.contribution}.`,
  provinceOnly: (p) => `Trạng thái và giá trị báo cáo (${p.value}) là của toàn tỉnh; không có số riêng cho ${p.scope}.`,
  provinceTarget: 'Mục tiêu của tỉnh',
  contribution: (p) => `${p.scope} góp`,
  regionTarget: (p) => `Mục tiêu riêng của ${p.regions}`,
  regionTargetsHeading: 'Mục tiêu riêng của các huyện (không tính vào kết quả của tỉnh)',
  impliedBaseline: (p) => `tiến độ tính từ 0 ngày ${p.date}`,
  aboveRange: 'vượt khoảng mục tiêu',
  deadlinePassed: 'đã đến hạn',
  changeSince: (p) => `${p.sign}${p.delta} so với cuối năm ${p.year}`,
  changeSameDate: (p) => `${p.sign}${p.delta} so với cùng kỳ năm ${p.year} (${p.value} đến ${p.date})`,
  wholeYearBefore: (p) => `Cả năm ${p.year}: ${p.value} (năm ${p.current} mới tính đến ${p.date})`,
  noChange: 'không đổi so với năm trước',
  whenYearEnd: (p) => `cuối năm ${p.year}`,
  whenUntil: (p) => `đến ${p.date}`,
  inYear: (p) => `năm ${p.year}`,
  groupProvinceRows: (p) => `${p.count} mục tiêu của tỉnh`,
  regionGroup: 'mục tiêu riêng của huyện',
  headlineProvinceRows: (p) => `${p.own ? 'và ' : ''}${p.count} mục tiêu số lượng của tỉnh (tính trên toàn tỉnh)`,
  yearMoved: (p) => `Tài liệu không có năm ${p.requested}; đang hiển thị năm ${p.year}, năm gần nhất có số liệu.`,
  summaryProvinceOwned: (p) =>
    `${p.count} mục tiêu số lượng của tỉnh được đánh giá trên toàn tỉnh, không tính cho ${p.scope}: ${p.achieved} đạt, ${p.onTrack} đúng tiến độ, ${p.atRisk} có nguy cơ, ${p.offTrack} chưa đạt, ${p.noData} chưa có số liệu.`,
  summaryRegionTargets: (p) => `${p.count} mục tiêu riêng của huyện được xếp riêng, ${p.achieved} đã đạt.`,
  noData: {
    metric: {
      'no-records': 'Chưa có bản ghi để tính.',
      'no-rated-products': 'Không có sản phẩm nào được đánh giá trong năm này.',
      'no-communes': 'Phạm vi đang chọn không có xã nào có số liệu nông thôn mới.',
      'no-subjects': 'Chưa có chủ thể nào có sản phẩm OCOP còn hiệu lực.',
      'no-due-products': 'Chưa có sản phẩm nào đến hạn đánh giá lại trong năm này tính đến ngày đánh giá.',
      'undated-records': 'Một số bản ghi không có ngày nên không tính được đến một ngày cụ thể.',
    },
    unknownMetric: (p) => `Ứng dụng không biết chỉ số "${p.metric}".`,
    unitMismatch: 'Đơn vị của mục tiêu không khớp với chỉ số (phần trăm so với số lượng).',
    notReported: 'Nguồn chưa báo cáo giá trị thực hiện.',
    reportedLater: (p) => `Giá trị báo cáo ngày ${p.date} chỉ dùng cho năm ${p.year} trở đi.`,
  },
  metricReason: {
    'ocop.rated-3plus-share': (p) => `${p.n}/${p.d} sản phẩm đánh giá ${p.period} đạt 3 sao trở lên (${p.value})`,
    'ocop.recognised-count': (p) => `${p.value} sản phẩm OCOP (3 sao trở lên) còn hiệu lực ${p.when}`,
    'ocop.five-star-count': (p) => `${p.value} sản phẩm 5 sao ${p.when}`,
    'ocop.maintained-upgraded-share': (p) => `${p.n}/${p.d} sản phẩm đến hạn ${p.due} được duy trì hoặc nâng hạng (${p.value})`,
    'ocop.subjects-developed-count': (p) => `${p.value} chủ thể có sản phẩm được đánh giá ${p.period}`,
    'ocop.modern-channel-subject-share': (p) => `${p.n}/${p.d} chủ thể OCOP bán qua kênh hiện đại (${p.value})`,
    'ntm.ntm-or-higher-count': (p) => `${p.value} xã đạt chuẩn nông thôn mới trở lên ${p.when}`,
    'ntm.ntm-or-higher-share': (p) => `${p.n}/${p.d} xã đạt chuẩn nông thôn mới trở lên (${p.value})`,
    'ntm.advanced-or-higher-count': (p) => `${p.value} xã nông thôn mới nâng cao (kể cả kiểu mẫu) ${p.when}`,
    'ntm.advanced-or-higher-share': (p) => `${p.n}/${p.d} xã đạt nông thôn mới nâng cao trở lên (${p.value})`,
    'ntm.model-count': (p) => `${p.value} xã nông thôn mới kiểu mẫu ${p.when}`,
    'ntm.model-share': (p) => `${p.n}/${p.d} xã đạt nông thôn mới kiểu mẫu (${p.value})`,
    'craft.recognised-count': (p) => `${p.value} làng nghề được công nhận ${p.when}`,
    'craft.villages-with-3plus-product': (p) => `${p.value} làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên ${p.when}`,
  },
  reportedReason: (p) => `Giá trị báo cáo: ${p.value} (ngày ${p.date})`,
  error: {
    refusedTitle: 'Không tải dữ liệu từ địa chỉ không được phép',
    refused: {
      origin: (p) =>
        `Liên kết yêu cầu dữ liệu từ ${p.url}, một địa chỉ không nằm trong danh sách nguồn được phép. Dữ liệu từ địa chỉ này không được tải.`,
      scheme: (p) => `Địa chỉ nguồn "${p.url}" không phải http hoặc https nên không được tải.`,
      malformed: (p) => `Địa chỉ nguồn "${p.url}" không hợp lệ.`,
    },
    refusedFallback: (p) => `Trang đang hiển thị nguồn mặc định: ${p.url}`,
    loadTitle: 'Không tải được dữ liệu',
    network: 'Không kết nối được tới nguồn dữ liệu (mất mạng hoặc máy chủ không trả lời).',
    timeout: (p) => `Nguồn dữ liệu không trả lời sau ${p.seconds} giây.`,
    http: (p) => `Máy chủ trả về lỗi HTTP ${p.status}.`,
    tooLarge: (p) => `Tài liệu lớn hơn giới hạn ${p.size}; dừng tải để không treo trình duyệt.`,
    redirected: (p) => `Nguồn chuyển hướng sang địa chỉ không được phép: ${p.to}`,
    redirectedHidden:
      'Nguồn chuyển hướng sang một địa chỉ khác. Ứng dụng không đi theo chuyển hướng; hãy cấu hình thẳng địa chỉ cuối cùng của tài liệu.',
    empty: 'Nguồn trả về nội dung rỗng.',
    html: 'Nguồn trả về một trang HTML (thường là trang báo lỗi hoặc trang đăng nhập), không phải dữ liệu JSON.',
    truncated: 'Tài liệu JSON bị cắt cụt: nội dung kết thúc giữa chừng.',
    syntax: (p) => `Tài liệu không phải JSON hợp lệ (lỗi cú pháp ở dòng ${p.line}, cột ${p.column}).`,
    syntaxNoPos: 'Tài liệu không phải JSON hợp lệ.',
    invalidTitle: 'Dữ liệu không hợp lệ',
    invalidCount: (p) => `Tài liệu có ${p.count} lỗi so với hợp đồng dữ liệu phiên bản 1. Số liệu trong tài liệu này không được hiển thị.`,
    moreProblems: (p) => `… và ${p.count} lỗi khác.`,
    configInvalid: 'Tệp config.json không đọc được; đang dùng cấu hình mặc định.',
    nothingToShow: 'Chưa có bản dữ liệu hợp lệ nào để hiển thị.',
    address: 'Địa chỉ',
  },
  problem: {
    version: (p) => `phiên bản lược đồ không được hỗ trợ (ứng dụng đọc phiên bản ${p.supported ?? '1, 1.1'})`,
    type: (p) => `sai kiểu dữ liệu, cần ${p.expected}`,
    required: () => 'thiếu trường bắt buộc',
    range: (p) => `phải từ ${p.min} đến ${p.max}`,
    'too-small': (p) => `phải có ít nhất ${p.min}`,
    'too-big': (p) => `không được vượt quá ${p.max}`,
    'not-integer': () => 'phải là số nguyên',
    enum: (p) => `giá trị không hợp lệ, cần một trong: ${p.options}`,
    empty: () => 'không được để trống',
    date: () => 'ngày phải có dạng YYYY-MM-DD',
    datetime: () => 'thời điểm phải theo ISO 8601, ví dụ 2025-06-30T08:00:00+07:00',
    url: () => 'địa chỉ phải bắt đầu bằng http:// hoặc https://',
    geometry: () => 'hình học phải là GeoJSON Polygon hoặc MultiPolygon',
    duplicate: (p) => (p.with ? `mã bị trùng với ${p.with}` : 'mã bị trùng'),
    'unknown-reference': (p) => `không tìm thấy trong ${p.collection}`,
    'excluded-reference': (p) => `tham chiếu đến ${p.record}, bản ghi đã bị bỏ qua`,
    unchecked: () => 'bản ghi quá lớn hoặc lồng quá sâu để kiểm tra',
    order: (p) => `giá trị mâu thuẫn (${p.field})`,
    invalid: () => 'giá trị không hợp lệ',
  },
  received: (p) => `nhận được ${p.value}`,
  missing: 'không có',
  productGroup: {
    food: 'Thực phẩm',
    drinks: 'Đồ uống',
    herbal: 'Dược liệu và sản phẩm từ dược liệu',
    handicraft: 'Thủ công mỹ nghệ',
    ornamental: 'Sinh vật cảnh',
    tourism: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái',
  },
  subjectType: { cooperative: 'Hợp tác xã', enterprise: 'Doanh nghiệp', household: 'Hộ kinh doanh', 'cooperative-group': 'Tổ hợp tác' },
  productStatus: {
    new: 'Mới',
    're-recognised': 'Công nhận lại',
    upgraded: 'Nâng hạng',
    lapsed: 'Hết hiệu lực',
    'not-recognised': 'Không đạt',
  },
  wholeProvince: 'Toàn tỉnh',
  wholeProvinceInSentence: 'toàn tỉnh',
  year: 'Năm',
  showTable: 'Xem dạng bảng',
  sectionLoading: 'Đang tải biểu đồ…',
  sectionFailed: 'Không tải được phần này của trang.',
  present: {
    start: 'Trình chiếu',
    deck: 'bản trình chiếu',
    slide: 'Trang',
    controls: 'Điều khiển trình chiếu',
    previous: 'Trước',
    next: 'Sau',
    fullscreen: 'Toàn màn hình (F)',
    exit: 'Thoát (Esc)',
    hint: 'Phím → hoặc Space: trang sau · ←: trang trước · F: toàn màn hình · Esc: thoát',
  },
  removeRegion: (p) => `Bỏ chọn ${p.name}`,
  findRegion: (p) => `Tìm ${p.level} (${p.count})`,
  moreRegions: (p) => `Hiển thị ${p.shown}/${p.total}; gõ tên để thu hẹp.`,
  showChart: 'Xem biểu đồ',
  downloadCsv: 'Tải CSV',
};

const en: Messages = {
  appName: 'OCOP, new rural area and craft village targets',
  skipToContent: 'Skip to main content',
  language: 'Language',
  languageName: { vi: 'Tiếng Việt', en: 'English' },
  asOf: 'Figures as of',
  source: 'Data source',
  publisher: 'Publisher',
  sampleBadge: 'Illustrative sample data',
  sampleNotice: 'These are illustrative figures, not official statistics. The sources of the totals are listed below.',
  sourcesHeading: 'Sources',
  nonDefaultSource: (p) => `Showing data from a non-default source: ${p.url}`,
  geography: 'Geography',
  loading: 'Loading data…',
  retry: 'Try again',
  retrying: 'Trying again…',
  status: { achieved: 'Achieved', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Not achieved', 'no-data': 'No data yet' },
  statusIcon: vi.statusIcon,
  area: { ocop: 'OCOP', ntm: 'New rural areas', 'craft-villages': 'Craft villages' },
  comparison: {
    atLeast: (p) => `at least ${p.value}`,
    moreThan: (p) => `more than ${p.value}`,
    atMost: (p) => `at most ${p.value}`,
    between: (p) => `${p.value} to ${p.max}`,
  },
  summary: (p) =>
    `${p.achieved} of ${count(p.total, 'target', 'targets')} achieved, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} not achieved, ${p.noData} without data (${p.scope}, ${p.year}).`,
  summaryNone: 'The document has no targets.',
  headlineArea: (p) => `${p.area}: ${p.achieved} of ${count(p.total, 'target', 'targets')} achieved`,
  headlineFigure: {
    'ntm.advanced-or-higher-count': (p) => `${count(p.value, 'advanced commune', 'advanced communes')} of ${p.goal} planned`,
    'ntm.model-count': (p) => `${count(p.value, 'model commune', 'model communes')} of ${p.goal} planned`,
    'ocop.recognised-count': (p) => `${count(p.value, 'OCOP product', 'OCOP products')} of ${p.goal} targeted`,
    'craft.villages-with-3plus-product': (p) =>
      `${count(p.value, 'craft village', 'craft villages')} with a 3★ product of ${p.goal} targeted`,
  },
  targetsHeading: 'Targets',
  targetValue: 'Now',
  targetGoal: 'Target',
  targetDeadline: 'Deadline',
  targetSource: 'Source',
  targetBaseline: (p) => `Baseline: ${p.value} (${p.date})`,
  expectedByNow: (p) => `the pace needs about ${p.value} by ${p.date}`,
  judgedOnProvince: (p) => `The status is the province-wide target's (${p.value} province-wide); ${p.scope} contributes ${p.contribution}.`,
  provinceOnly: (p) => `The status and the reported value (${p.value}) are the whole province's; there is no figure for ${p.scope} alone.`,
  provinceTarget: "Province's target",
  contribution: (p) => `${p.scope} contributes`,
  regionTarget: (p) => `Own target of ${p.regions}`,
  regionTargetsHeading: "Districts' own targets (not counted in the province's results)",
  impliedBaseline: (p) => `pace counted from 0 on ${p.date}`,
  aboveRange: 'above the target range',
  deadlinePassed: 'deadline reached',
  changeSince: (p) => `${p.sign}${p.delta} since the end of ${p.year}`,
  changeSameDate: (p) => `${p.sign}${p.delta} on the same period of ${p.year} (${p.value} by ${p.date})`,
  wholeYearBefore: (p) => `All of ${p.year}: ${p.value} (${p.current} runs only to ${p.date})`,
  noChange: 'no change from the previous year',
  whenYearEnd: (p) => `at the end of ${p.year}`,
  whenUntil: (p) => `by ${p.date}`,
  inYear: (p) => `in ${p.year}`,
  groupProvinceRows: (p) => count(p.count, 'province target', 'province targets'),
  regionGroup: "districts' own targets",
  headlineProvinceRows: (p) =>
    `${p.own ? 'and ' : ''}${count(p.count, 'province count target', 'province count targets')} (judged province-wide)`,
  yearMoved: (p) => `The document has no ${p.requested}; showing ${p.year}, the nearest year with data.`,
  summaryProvinceOwned: (p) =>
    `${count(p.count, 'province count target is', 'province count targets are')} judged on the whole province, not counted for ${p.scope}: ${p.achieved} achieved, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} not achieved, ${p.noData} without data.`,
  summaryRegionTargets: (p) => `${count(p.count, 'district target', 'district targets')} shown apart, ${p.achieved} achieved.`,
  noData: {
    metric: {
      'no-records': 'No records to count yet.',
      'no-rated-products': 'No products were rated in this year.',
      'no-communes': 'The selection has no communes with new-rural-area records.',
      'no-subjects': 'No producer has a valid OCOP product yet.',
      'no-due-products': 'No product has come up for re-evaluation this year by the evaluation date.',
      'undated-records': 'Some records have no date, so they cannot be counted up to a given day.',
    },
    unknownMetric: (p) => `The app does not know the metric "${p.metric}".`,
    unitMismatch: "The target's unit does not match the metric (percent against count).",
    notReported: 'The source has not reported a value yet.',
    reportedLater: (p) => `The value reported on ${p.date} applies from ${p.year} on.`,
  },
  metricReason: {
    'ocop.rated-3plus-share': (p) => `${p.n} of ${count(p.d, 'product', 'products')} rated ${p.period} reached 3★ or more (${p.value})`,
    'ocop.recognised-count': (p) => `${count(p.value, 'OCOP product', 'OCOP products')} (3★+) valid ${p.when}`,
    'ocop.five-star-count': (p) => `${count(p.value, 'product', 'products')} with 5★ ${p.when}`,
    'ocop.maintained-upgraded-share': (p) =>
      `${p.n} of ${count(p.d, 'product', 'products')} due ${p.due} ${isOne(p.n) ? 'was' : 'were'} maintained or upgraded (${p.value})`,
    'ocop.subjects-developed-count': (p) => `${count(p.value, 'producer', 'producers')} had a product rated ${p.period}`,
    'ocop.modern-channel-subject-share': (p) =>
      `${p.n} of ${count(p.d, 'OCOP producer', 'OCOP producers')} ${isOne(p.n) ? 'sells' : 'sell'} through modern channels (${p.value})`,
    'ntm.ntm-or-higher-count': (p) => `${count(p.value, 'commune', 'communes')} at new-rural-area standard or higher ${p.when}`,
    'ntm.ntm-or-higher-share': (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} at new-rural-area standard or higher (${p.value})`,
    'ntm.advanced-or-higher-count': (p) => `${count(p.value, 'advanced commune', 'advanced communes')} (model included) ${p.when}`,
    'ntm.advanced-or-higher-share': (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} advanced or higher (${p.value})`,
    'ntm.model-count': (p) => `${count(p.value, 'model commune', 'model communes')} ${p.when}`,
    'ntm.model-share': (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} at model level (${p.value})`,
    'craft.recognised-count': (p) => `${count(p.value, 'recognised craft village', 'recognised craft villages')} ${p.when}`,
    'craft.villages-with-3plus-product': (p) => `${count(p.value, 'craft village', 'craft villages')} with a 3★+ OCOP producer ${p.when}`,
  },
  reportedReason: (p) => `Reported value: ${p.value} (as of ${p.date})`,
  error: {
    refusedTitle: 'Data from an address that is not allowed was not loaded',
    refused: {
      origin: (p) => `The link asks for data from ${p.url}, which is not on the list of allowed sources. Nothing was loaded from it.`,
      scheme: (p) => `The source address "${p.url}" is not http or https, so it was not loaded.`,
      malformed: (p) => `The source address "${p.url}" is not a valid address.`,
    },
    refusedFallback: (p) => `The page shows the default source instead: ${p.url}`,
    loadTitle: 'The data could not be loaded',
    network: 'Could not reach the data source (offline, or the server did not answer).',
    timeout: (p) => `The data source did not answer within ${count(p.seconds, 'second', 'seconds')}.`,
    http: (p) => `The server answered with HTTP error ${p.status}.`,
    tooLarge: (p) => `The document is larger than the ${p.size} limit; loading stopped so the browser stays responsive.`,
    redirected: (p) => `The source redirected to an address that is not allowed: ${p.to}`,
    redirectedHidden:
      "The source redirected to another address. The app does not follow redirects; configure the document's final address directly.",
    empty: 'The source returned an empty response.',
    html: 'The source returned an HTML page (usually an error or login page), not JSON data.',
    truncated: 'The JSON document is truncated: it ends part-way through.',
    syntax: (p) => `The document is not valid JSON (syntax error at line ${p.line}, column ${p.column}).`,
    syntaxNoPos: 'The document is not valid JSON.',
    invalidTitle: 'Invalid data',
    invalidCount: (p) =>
      `The document has ${count(p.count, 'problem', 'problems')} against data contract version 1. None of its figures are shown.`,
    moreProblems: (p) => `… and ${p.count} more.`,
    configInvalid: 'config.json could not be read; the default configuration is used.',
    nothingToShow: 'There is no valid copy of the data to show yet.',
    address: 'Address',
  },
  problem: {
    version: (p) => `unsupported schema version (this app reads versions ${p.supported ?? '1, 1.1'})`,
    type: (p) => `wrong type, expected ${p.expected}`,
    required: () => 'required field is missing',
    range: (p) => `must be between ${p.min} and ${p.max}`,
    'too-small': (p) => `must be at least ${p.min}`,
    'too-big': (p) => `must be at most ${p.max}`,
    'not-integer': () => 'must be a whole number',
    enum: (p) => `not an allowed value; expected one of: ${p.options}`,
    empty: () => 'must not be empty',
    date: () => 'dates must look like YYYY-MM-DD',
    datetime: () => 'must be an ISO 8601 date-time, e.g. 2025-06-30T08:00:00+07:00',
    url: () => 'addresses must start with http:// or https://',
    geometry: () => 'geometry must be a GeoJSON Polygon or MultiPolygon',
    duplicate: (p) => (p.with ? `duplicate id, also used by ${p.with}` : 'duplicate id'),
    'unknown-reference': (p) => `not found in ${p.collection}`,
    'excluded-reference': (p) => `refers to ${p.record}, a record that was left out`,
    unchecked: () => 'record too large or too deeply nested to check',
    order: (p) => `contradictory value (${p.field})`,
    invalid: () => 'invalid value',
  },
  received: (p) => `got ${p.value}`,
  missing: 'none',
  productGroup: {
    food: 'Food',
    drinks: 'Drinks',
    herbal: 'Medicinal herbs and herbal products',
    handicraft: 'Handicrafts',
    ornamental: 'Ornamental plants and animals',
    tourism: 'Community and eco-tourism services',
  },
  subjectType: {
    cooperative: 'Cooperative',
    enterprise: 'Enterprise',
    household: 'Household business',
    'cooperative-group': 'Cooperative group',
  },
  productStatus: {
    new: 'New',
    're-recognised': 'Re-recognised',
    upgraded: 'Upgraded',
    lapsed: 'Lapsed',
    'not-recognised': 'Not recognised',
  },
  wholeProvince: 'Whole province',
  wholeProvinceInSentence: 'the whole province',
  year: 'Year',
  showTable: 'Show as table',
  sectionLoading: 'Loading charts…',
  sectionFailed: 'This part of the page could not be loaded.',
  present: {
    start: 'Present',
    deck: 'slide deck',
    slide: 'Slide',
    controls: 'Presentation controls',
    previous: 'Previous',
    next: 'Next',
    fullscreen: 'Full screen (F)',
    exit: 'Exit (Esc)',
    hint: '→ or Space: next · ←: previous · F: full screen · Esc: exit',
  },
  removeRegion: (p) => `Remove ${p.name}`,
  findRegion: (p) => `Find a ${p.level} (${p.count})`,
  moreRegions: (p) => `Showing ${p.shown} of ${p.total}; type a name to narrow.`,
  showChart: 'Show chart',
  downloadCsv: 'Download CSV',
};

export const CATALOGUE: Record<Locale, Messages> = { vi, en };
