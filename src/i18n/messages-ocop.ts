// The OCOP section's messages, Vietnamese first and English, in the shape of the main catalogue.
import type { SubjectType } from '../contract/values';
import type { ProductSortKey, StarFilter } from '../domain/product-table';
import type { Locale } from './format';
import { count, isOne } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface OcopMessages {
  heading: string;
  /** "3 sao": a star count as a label (legend, column, cell). */
  stars: Fn<'n'>;
  /** A selected year or region on an axis, marked by a sign as well as by weight. */
  selectedMark: Fn<'label'>;
  wholeProvinceInSentence: string;
  province: string;
  goalLine: Fn<'goal'>;
  goalLineProvince: Fn<'goal'>;
  goalPart: Fn<'goal'>;
  goalPartProvince: Fn<'deadline' | 'goal'>;
  noValue: string;
  column: {
    year: string;
    total: string;
    share: string;
  };
  years: {
    heading: string;
    starsTitle: Fn<'first' | 'last'>;
    starsSummary: Fn<'five' | 'four' | 'scope' | 'three' | 'total' | 'year'>;
    ratedTitle: Fn<'first' | 'last'>;
    ratedSeries: string;
    rated: string;
    ratedThreePlus: string;
    ratedSummary: Fn<'d' | 'goal' | 'n' | 'scope' | 'value' | 'year'>;
    ratedSummaryNone: Fn<'goal' | 'scope' | 'year'>;
    noRatings: string;
    noRatingsTick: string;
    fiveTitle: Fn<'first' | 'last'>;
    fiveSeries: string;
    fiveSummary: Fn<'goal' | 'scope' | 'value' | 'year'>;
    fiveSummaryScoped: Fn<'goal' | 'province' | 'scope' | 'value' | 'year'>;
    maintainedTitle: Fn<'first' | 'last'>;
    maintainedSeries: string;
    due: string;
    maintained: string;
    maintainedSummary: Fn<'d' | 'goal' | 'n' | 'scope' | 'value' | 'year'>;
    maintainedSummaryNone: Fn<'goal' | 'scope' | 'year'>;
    noDue: string;
    noDueTick: string;
  };
  regions: {
    heading: Fn<'level'>;
    title: Fn<'level' | 'year'>;
    summary: Fn<'level' | 'n' | 'regions' | 'top' | 'year' | 'zero'>;
    summaryNone: Fn<'level' | 'regions' | 'year'>;
    othersRow: Fn<'count' | 'level'>;
    cappedNote: Fn<'level' | 'mean' | 'rest' | 'shown' | 'sum' | 'total'>;
    filterBy: Fn<'level'>;
    button: Fn<'n' | 'name'>;
  };
  mix: {
    heading: string;
    groupsTitle: Fn<'year'>;
    group: string;
    groupsSummary: Fn<'groups' | 'n' | 'scope' | 'top' | 'total' | 'year' | 'zero'>;
    groupsSummaryNone: Fn<'scope' | 'year'>;
    subjectsTitle: Fn<'year'>;
    subjectType: string;
    subjects: string;
    modern: string;
    notModern: string;
    subjectCount: Record<SubjectType, Fn<'count' | 'n'>>;
    subjectsSummary: Fn<'parts' | 'scope' | 'total' | 'year'>;
    subjectsSummaryNone: Fn<'scope' | 'year'>;
    modernTitle: Fn<'year'>;
    allSubjects: string;
    noSubjectsTick: string;
    modernSummary: Fn<'d' | 'goal' | 'n' | 'scope' | 'value' | 'year'>;
    modernSummaryNone: Fn<'goal' | 'scope' | 'year'>;
  };
  table: {
    heading: string;
    caption: Fn<'date' | 'scope'>;
    search: string;
    searchHint: string;
    starsFilter: string;
    starOption: Record<StarFilter, string>;
    groupFilter: string;
    allGroups: string;
    expiringOnly: string;
    expiring: string;
    expiringCount: Fn<'from' | 'n' | 'until'>;
    showing: Fn<'shown' | 'total'>;
    showMore: Fn<'n'>;
    noMatch: string;
    download: string;
    fileName: string;
    /** Column names; the region column is named by the document's region level. */
    column: Record<Exclude<ProductSortKey, 'region'> | 'group' | 'subject' | 'commune' | 'status', string>;
    csv: { id: string; recognisedStars: string; subjectType: string; communeCode: string; expiringFlag: string; yes: string; no: string };
  };
}

const vi: OcopMessages = {
  heading: 'OCOP',
  stars: (p) => `${p.n} sao`,
  selectedMark: (p) => `▶ ${p.label}`,
  wholeProvinceInSentence: 'toàn tỉnh',
  province: 'Toàn tỉnh',
  goalLine: (p) => `Mục tiêu: ${p.goal}`,
  goalLineProvince: (p) => `Mục tiêu toàn tỉnh: ${p.goal}`,
  goalPart: (p) => `; mục tiêu: ${p.goal}`,
  goalPartProvince: (p) => `; mục tiêu toàn tỉnh: ${p.goal} (hạn ${p.deadline})`,
  noValue: '—',
  column: { year: 'Năm', total: 'Tổng', share: 'Tỷ lệ' },
  years: {
    heading: 'Sản phẩm OCOP qua các năm',
    starsTitle: (p) => `Sản phẩm OCOP còn hiệu lực theo số sao, ${p.first}–${p.last}`,
    starsSummary: (p) =>
      `Cuối năm ${p.year}, ${p.scope} có ${p.total} sản phẩm OCOP: ${p.three} sản phẩm 3 sao, ${p.four} sản phẩm 4 sao, ${p.five} sản phẩm 5 sao.`,
    ratedTitle: (p) => `Tỷ lệ sản phẩm được đánh giá đạt 3 sao trở lên, ${p.first}–${p.last}`,
    ratedSeries: 'Đạt 3 sao trở lên',
    rated: 'Sản phẩm được đánh giá',
    ratedThreePlus: 'Đạt 3 sao trở lên',
    ratedSummary: (p) => `Năm ${p.year}, ${p.scope} có ${p.n}/${p.d} sản phẩm được đánh giá đạt 3 sao trở lên (${p.value})${p.goal}.`,
    ratedSummaryNone: (p) => `Năm ${p.year}, ${p.scope} không có sản phẩm được đánh giá${p.goal}.`,
    noRatings: 'Không có sản phẩm được đánh giá',
    noRatingsTick: '(không có)',
    fiveTitle: (p) => `Sản phẩm 5 sao, ${p.first}–${p.last}`,
    fiveSeries: 'Sản phẩm 5 sao',
    fiveSummary: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.value} sản phẩm 5 sao${p.goal}.`,
    fiveSummaryScoped: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.value} sản phẩm 5 sao, toàn tỉnh có ${p.province}${p.goal}.`,
    maintainedTitle: (p) => `Tỷ lệ sản phẩm được duy trì hoặc nâng hạng khi đánh giá lại, ${p.first}–${p.last}`,
    maintainedSeries: 'Duy trì hoặc nâng hạng',
    due: 'Sản phẩm đến hạn đánh giá lại',
    maintained: 'Được duy trì hoặc nâng hạng',
    maintainedSummary: (p) =>
      `Năm ${p.year}, ${p.scope} có ${p.n}/${p.d} sản phẩm đến hạn đánh giá lại được duy trì hoặc nâng hạng (${p.value})${p.goal}.`,
    maintainedSummaryNone: (p) => `Năm ${p.year}, ${p.scope} không có sản phẩm nào đến hạn đánh giá lại${p.goal}.`,
    noDue: 'Không có sản phẩm đến hạn đánh giá lại',
    noDueTick: '(không có)',
  },
  regions: {
    heading: (p) => `So sánh các ${p.level}`,
    title: (p) => `Sản phẩm OCOP theo ${p.level}, cuối năm ${p.year}`,
    summary: (p) =>
      `Cuối năm ${p.year}, ${p.top} có nhiều sản phẩm OCOP nhất (${p.n}); ${Number(p.zero) === 0 ? `${p.level} nào cũng có sản phẩm OCOP` : `${p.zero}/${p.regions} ${p.level} chưa có sản phẩm OCOP nào`}.`,
    summaryNone: (p) => `Cuối năm ${p.year}, chưa ${p.level} nào trong ${p.regions} ${p.level} có sản phẩm OCOP.`,
    othersRow: (p) => `Trung bình ${p.count} ${p.level} khác`,
    cappedNote: (p) =>
      `Biểu đồ hiện ${p.shown} ${p.level} (nhiều sản phẩm nhất và đang chọn); ${p.rest} ${p.level} còn lại có tổng ${p.sum} sản phẩm, trung bình ${p.mean} sản phẩm mỗi ${p.level} (thanh cuối). Bảng có đủ ${p.total} ${p.level}.`,
    filterBy: (p) => `Chọn ${p.level} để lọc`,
    button: (p) => `${p.name} (${p.n})`,
  },
  mix: {
    heading: 'Nhóm sản phẩm và chủ thể OCOP',
    groupsTitle: (p) => `Sản phẩm OCOP theo nhóm, cuối năm ${p.year}`,
    group: 'Nhóm sản phẩm',
    groupsSummary: (p) =>
      `Cuối năm ${p.year}, ${p.scope} có nhiều sản phẩm OCOP nhất ở nhóm ${p.top} (${p.n}/${p.total}); ${Number(p.zero) === 0 ? 'nhóm nào cũng có sản phẩm' : `${p.zero}/${p.groups} nhóm chưa có sản phẩm`}.`,
    groupsSummaryNone: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có sản phẩm OCOP nào.`,
    subjectsTitle: (p) => `Chủ thể OCOP theo loại hình, cuối năm ${p.year}`,
    subjectType: 'Loại hình chủ thể',
    subjects: 'Chủ thể OCOP',
    modern: 'Bán qua kênh hiện đại',
    notModern: 'Chưa bán qua kênh hiện đại',
    subjectCount: {
      cooperative: (p) => `${p.n} hợp tác xã`,
      enterprise: (p) => `${p.n} doanh nghiệp`,
      household: (p) => `${p.n} hộ kinh doanh`,
      'cooperative-group': (p) => `${p.n} tổ hợp tác`,
    },
    subjectsSummary: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.total} chủ thể OCOP (có sản phẩm còn hiệu lực): ${p.parts}.`,
    subjectsSummaryNone: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có chủ thể nào có sản phẩm OCOP còn hiệu lực.`,
    modernTitle: (p) => `Chủ thể OCOP bán hàng qua kênh hiện đại, cuối năm ${p.year}`,
    allSubjects: 'Tất cả chủ thể OCOP',
    noSubjectsTick: '(không có chủ thể)',
    modernSummary: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.n}/${p.d} chủ thể OCOP (${p.value}) bán hàng qua kênh hiện đại${p.goal}.`,
    modernSummaryNone: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có chủ thể OCOP nào nên chưa tính được tỷ lệ${p.goal}.`,
  },
  table: {
    heading: 'Danh sách sản phẩm',
    caption: (p) => `Sản phẩm của ${p.scope} theo hồ sơ đến ${p.date}`,
    search: 'Tìm theo tên sản phẩm, chủ thể hoặc xã',
    searchHint: 'Gõ không dấu cũng được, ví dụ "vu le".',
    starsFilter: 'Số sao',
    starOption: { any: 'Tất cả', '3': '3 sao', '4': '4 sao', '5': '5 sao', none: 'Chưa được công nhận' },
    groupFilter: 'Nhóm sản phẩm',
    allGroups: 'Tất cả các nhóm',
    expiringOnly: 'Chỉ sản phẩm hết hạn trong 12 tháng',
    expiring: 'Hết hạn trong 12 tháng',
    expiringCount: (p) => `${p.n} sản phẩm trong danh sách có giấy chứng nhận hết hạn trong 12 tháng tới (từ ${p.from} đến ${p.until}).`,
    showing: (p) => `Hiển thị ${p.shown}/${p.total} sản phẩm`,
    showMore: (p) => `Xem thêm ${p.n} sản phẩm`,
    noMatch: 'Không có sản phẩm nào khớp với bộ lọc.',
    download: 'Tải CSV các sản phẩm đã lọc',
    fileName: 'san-pham-ocop',
    column: {
      name: 'Sản phẩm',
      stars: 'Số sao',
      group: 'Nhóm',
      subject: 'Chủ thể',
      commune: 'Xã',
      ratingYear: 'Năm đánh giá',
      status: 'Trạng thái',
      expiry: 'Hết hạn',
    },
    csv: {
      id: 'Mã sản phẩm',
      recognisedStars: 'Số sao còn hiệu lực',
      subjectType: 'Loại hình chủ thể',
      communeCode: 'Mã xã',
      expiringFlag: 'Hết hạn trong 12 tháng',
      yes: 'có',
      no: 'không',
    },
  },
};

const en: OcopMessages = {
  heading: 'OCOP',
  stars: (p) => `${p.n}★`,
  selectedMark: (p) => `▶ ${p.label}`,
  wholeProvinceInSentence: 'the whole province',
  province: 'Whole province',
  goalLine: (p) => `Goal: ${p.goal}`,
  goalLineProvince: (p) => `Province goal: ${p.goal}`,
  goalPart: (p) => `; goal: ${p.goal}`,
  goalPartProvince: (p) => `; province goal: ${p.goal} (by ${p.deadline})`,
  noValue: '—',
  column: { year: 'Year', total: 'Total', share: 'Share' },
  years: {
    heading: 'OCOP products over the years',
    starsTitle: (p) => `Valid OCOP products by stars, ${p.first}–${p.last}`,
    starsSummary: (p) =>
      `At the end of ${p.year}, ${p.scope} had ${count(p.total, 'OCOP product', 'OCOP products')}: ${p.three} with 3★, ${p.four} with 4★, ${p.five} with 5★.`,
    ratedTitle: (p) => `Share of rated products reaching 3★ or more, ${p.first}–${p.last}`,
    ratedSeries: '3★ or more',
    rated: 'Products rated',
    ratedThreePlus: 'Reached 3★ or more',
    ratedSummary: (p) =>
      `In ${p.year}, ${p.n} of ${count(p.d, 'product', 'products')} rated in ${p.scope} reached 3★ or more (${p.value})${p.goal}.`,
    ratedSummaryNone: (p) => `In ${p.year}, no product was rated in ${p.scope}${p.goal}.`,
    noRatings: 'No product rated',
    noRatingsTick: '(none)',
    fiveTitle: (p) => `5★ products, ${p.first}–${p.last}`,
    fiveSeries: '5★ products',
    fiveSummary: (p) => `At the end of ${p.year}, ${p.scope} had ${count(p.value, 'product', 'products')} with 5★${p.goal}.`,
    fiveSummaryScoped: (p) =>
      `At the end of ${p.year}, ${p.scope} had ${count(p.value, 'product', 'products')} with 5★, the whole province ${p.province}${p.goal}.`,
    maintainedTitle: (p) => `Share of products maintained or upgraded on re-evaluation, ${p.first}–${p.last}`,
    maintainedSeries: 'Maintained or upgraded',
    due: 'Products due for re-evaluation',
    maintained: 'Maintained or upgraded',
    maintainedSummary: (p) =>
      `In ${p.year}, ${p.n} of ${count(p.d, 'product', 'products')} due for re-evaluation in ${p.scope} ${isOne(p.n) ? 'was' : 'were'} maintained or upgraded (${p.value})${p.goal}.`,
    maintainedSummaryNone: (p) => `In ${p.year}, no product in ${p.scope} was due for re-evaluation${p.goal}.`,
    noDue: 'No product due for re-evaluation',
    noDueTick: '(none)',
  },
  regions: {
    heading: (p) => `Comparison by ${p.level}`,
    title: (p) => `OCOP products by ${p.level}, end of ${p.year}`,
    summary: (p) =>
      `At the end of ${p.year}, ${p.top} had the most OCOP products (${p.n}); ${Number(p.zero) === 0 ? `every ${p.level} had some` : `${p.zero} of the ${count(p.regions, 'area', 'areas')} (${p.level}) had none`}.`,
    summaryNone: (p) => `At the end of ${p.year}, none of the ${p.regions} (${p.level}) had an OCOP product.`,
    othersRow: (p) => `Mean of ${count(p.count, 'other', 'others')}`,
    cappedNote: (p) =>
      `The chart shows ${p.shown} (${p.level}): those with the most products and those selected; the other ${p.rest} ${isOne(p.rest) ? 'has' : 'have'} ${count(p.sum, 'product', 'products')} in all, a mean of ${p.mean} each (last bar). The table lists all ${p.total}.`,
    filterBy: (p) => `Choose one to filter (${p.level})`,
    button: (p) => `${p.name} (${p.n})`,
  },
  mix: {
    heading: 'Product groups and OCOP subjects',
    groupsTitle: (p) => `OCOP products by group, end of ${p.year}`,
    group: 'Product group',
    groupsSummary: (p) =>
      `At the end of ${p.year}, ${p.scope} had most OCOP products in ${p.top} (${p.n} of ${p.total}); ${Number(p.zero) === 0 ? 'every group had some' : `${p.zero} of ${count(p.groups, 'group', 'groups')} had none`}.`,
    groupsSummaryNone: (p) => `At the end of ${p.year}, ${p.scope} had no OCOP product.`,
    subjectsTitle: (p) => `OCOP subjects by type, end of ${p.year}`,
    subjectType: 'Subject type',
    subjects: 'OCOP subjects',
    modern: 'Sells through modern channels',
    notModern: 'Not yet through modern channels',
    subjectCount: {
      cooperative: (p) => `${p.n} ${isOne(p.count) ? 'cooperative' : 'cooperatives'}`,
      enterprise: (p) => `${p.n} ${isOne(p.count) ? 'enterprise' : 'enterprises'}`,
      household: (p) => `${p.n} ${isOne(p.count) ? 'household business' : 'household businesses'}`,
      'cooperative-group': (p) => `${p.n} ${isOne(p.count) ? 'cooperative group' : 'cooperative groups'}`,
    },
    subjectsSummary: (p) =>
      `At the end of ${p.year}, ${p.scope} had ${count(p.total, 'OCOP subject', 'OCOP subjects')} (with a valid product): ${p.parts}.`,
    subjectsSummaryNone: (p) => `At the end of ${p.year}, no subject in ${p.scope} had a valid OCOP product.`,
    modernTitle: (p) => `OCOP subjects selling through modern channels, end of ${p.year}`,
    allSubjects: 'All OCOP subjects',
    noSubjectsTick: '(no subjects)',
    modernSummary: (p) =>
      `At the end of ${p.year}, ${p.n} of ${count(p.d, 'OCOP subject', 'OCOP subjects')} in ${p.scope} (${p.value}) sold through modern channels${p.goal}.`,
    modernSummaryNone: (p) => `At the end of ${p.year}, ${p.scope} had no OCOP subject, so there is no share${p.goal}.`,
  },
  table: {
    heading: 'Product list',
    caption: (p) => `Products of ${p.scope} as recorded up to ${p.date}`,
    search: 'Search product, subject or commune name',
    searchHint: 'Tone marks are optional, e.g. "vu le".',
    starsFilter: 'Stars',
    starOption: { any: 'All', '3': '3★', '4': '4★', '5': '5★', none: 'Not recognised' },
    groupFilter: 'Product group',
    allGroups: 'All groups',
    expiringOnly: 'Only products expiring within 12 months',
    expiring: 'Expires within 12 months',
    expiringCount: (p) =>
      `${count(p.n, 'product', 'products')} in the list ${isOne(p.n) ? 'has' : 'have'} a certificate expiring within the next 12 months (${p.from} to ${p.until}).`,
    showing: (p) => `Showing ${p.shown} of ${count(p.total, 'product', 'products')}`,
    showMore: (p) => `Show ${count(p.n, 'more product', 'more products')}`,
    noMatch: 'No product matches the filters.',
    download: 'Download the filtered products (CSV)',
    fileName: 'ocop-products',
    column: {
      name: 'Product',
      stars: 'Stars',
      group: 'Group',
      subject: 'Subject',
      commune: 'Commune',
      ratingYear: 'Rating year',
      status: 'Status',
      expiry: 'Expires',
    },
    csv: {
      id: 'Product id',
      recognisedStars: 'Valid stars',
      subjectType: 'Subject type',
      communeCode: 'Commune code',
      expiringFlag: 'Expires within 12 months',
      yes: 'yes',
      no: 'no',
    },
  },
};

export const OCOP_MESSAGES: Record<Locale, OcopMessages> = { vi, en };
