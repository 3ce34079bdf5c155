// The document commands' own words (the problems themselves are worded by src/i18n, as on the page).
import type { Locale } from '../../src/i18n/format';

type Fn = (p: Record<string, string | number>) => string;

interface CliMessages {
  readonly valid: Fn;
  readonly invalid: Fn;
  readonly unreadable: Fn;
  readonly more: Fn;
  readonly partial: Fn;
  readonly sample: string;
  readonly asOf: string;
  readonly province: string;
  readonly geography: string;
  readonly validPeriod: Fn;
  readonly outlines: Fn;
  readonly blocks: Record<
    'regions' | 'communes' | 'subjects' | 'products' | 'criteriaSets' | 'ntmCommunes' | 'craftVillages' | 'targets',
    string
  >;
  readonly usage: string;
}

export const CLI_MESSAGES: Record<Locale, CliMessages> = {
  vi: {
    valid: (p) => `Hợp lệ: ${p.source}`,
    invalid: (p) => `Không hợp lệ: ${p.source}`,
    unreadable: (p) => `Không đọc được ${p.source}: ${p.reason}`,
    more: (p) => `… và ${p.count} lỗi khác.`,
    partial: (p) =>
      `Trang sẽ bỏ qua ${p.count} bản ghi lỗi (và những gì phụ thuộc vào chúng) rồi hiển thị phần còn lại, có đánh dấu; hãy sửa trước khi công bố.`,
    sample: 'Số liệu minh họa (meta.sample = true)',
    asOf: 'Số liệu tính đến',
    province: 'Tỉnh',
    geography: 'Địa giới',
    validPeriod: (p) => `hiệu lực ${p.from} – ${p.until}`,
    outlines: (p) => `${p.count}/${p.total} đơn vị có ranh giới bản đồ`,
    blocks: {
      regions: 'Đơn vị cấp huyện (regions)',
      communes: 'Xã, phường, thị trấn (communes)',
      subjects: 'Chủ thể OCOP (ocop.subjects)',
      products: 'Sản phẩm OCOP (ocop.products)',
      criteriaSets: 'Bộ tiêu chí NTM (ntm.criteriaSets)',
      ntmCommunes: 'Xã NTM (ntm.communes)',
      craftVillages: 'Làng nghề (craftVillages)',
      targets: 'Mục tiêu (targets)',
    },
    usage: 'Cách dùng: npm run validate -- <tệp-hoặc-địa-chỉ> [--lang en] [--json]',
  },
  en: {
    valid: (p) => `Valid: ${p.source}`,
    invalid: (p) => `Not valid: ${p.source}`,
    unreadable: (p) => `Could not read ${p.source}: ${p.reason}`,
    more: (p) => `… and ${p.count} more.`,
    partial: (p) =>
      `The page would leave out ${p.count} bad record(s) (and what depends on them) and show the rest, marked; fix them before publishing.`,
    sample: 'Illustrative sample figures (meta.sample = true)',
    asOf: 'Figures as of',
    province: 'Province',
    geography: 'Boundaries',
    validPeriod: (p) => `in force ${p.from} – ${p.until}`,
    outlines: (p) => `${p.count}/${p.total} regions have a map outline`,
    blocks: {
      regions: 'Regions (regions)',
      communes: 'Communes (communes)',
      subjects: 'OCOP subjects (ocop.subjects)',
      products: 'OCOP products (ocop.products)',
      criteriaSets: 'NTM criteria sets (ntm.criteriaSets)',
      ntmCommunes: 'NTM communes (ntm.communes)',
      craftVillages: 'Craft villages (craftVillages)',
      targets: 'Targets (targets)',
    },
    usage: 'Usage: npm run validate -- <file-or-url> [--lang en] [--json]',
  },
};
