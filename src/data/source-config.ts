// Where the data comes from: ?source=, then config.json, then a build-time URL, then the built-in sample.
export const BUILT_IN_DATA_PATH = 'data/thai-binh-sample.json';

/** config.json: unknown fields are kept and ignored. */
export interface RuntimeConfig {
  readonly dataUrl?: string;
  readonly allowedOrigins: readonly string[];
  /** Reload the document every this many minutes (wall screens, 1 to 1440); absent: never. */
  readonly refreshMinutes?: number;
  /** Give up waiting for the document after this many seconds (1 to 300, and say so); absent: 20. */
  readonly timeoutSeconds?: number;
  readonly [field: string]: unknown;
}

const numberIn = (v: unknown, min: number, max: number) =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);

/**
 * config.json as read, or null when it is not a valid one. Checked by hand, not with the contract's
 * validation library: that lives in the document worker, so the page's own script stays small.
 */
export function readRuntimeConfig(value: unknown): RuntimeConfig | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.dataUrl !== undefined && (typeof v.dataUrl !== 'string' || v.dataUrl === '')) return null;
  const origins = v.allowedOrigins ?? [];
  if (!Array.isArray(origins) || !origins.every((o) => typeof o === 'string')) return null;
  if (!numberIn(v.refreshMinutes, 1, 24 * 60) || !numberIn(v.timeoutSeconds, 1, 300)) return null;
  return { ...v, allowedOrigins: origins as string[] };
}

export type SourceOrigin = 'param' | 'config' | 'build' | 'default';

export type ResolvedSource =
  /** `isConfigured`: the deployer's own source (config.json, build or built-in), not one a link chose. */
  | { readonly kind: 'ok'; readonly url: string; readonly from: SourceOrigin; readonly isConfigured: boolean }
  | {
      readonly kind: 'refused';
      readonly requested: string;
      readonly reason: 'origin' | 'scheme' | 'malformed';
      readonly fallbackUrl: string;
    };

function toUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The origins data may come from: the page's own and those config.json lists (exact origins only). */
export function allowedOrigins(pageUrl: string, config: RuntimeConfig | null): Set<string> {
  const out = new Set([new URL(pageUrl).origin]);
  for (const o of config?.allowedOrigins ?? []) {
    const u = toUrl(o, pageUrl);
    if (u && isHttp(u)) out.add(u.origin);
  }
  return out;
}

const isHttp = (u: URL) => u.protocol === 'https:' || u.protocol === 'http:';

/** The one rule for what may be requested: an absolute http(s) address on an allowed origin. */
export function isAllowedUrl(url: string, origins: Iterable<string>): boolean {
  const u = toUrl(url);
  return !!u && isHttp(u) && new Set(origins).has(u.origin);
}

/**
 * Picks the data URL. A `?source=` on an origin that is not allowed is refused, never fetched: a crafted
 * link must not show invented figures under the province's name. Config and build URLs are the deployer's own.
 */
export function resolveSource(input: {
  pageUrl: string;
  baseUrl: string;
  config: RuntimeConfig | null;
  buildUrl?: string | undefined;
}): ResolvedSource {
  const { pageUrl, baseUrl, config, buildUrl } = input;
  const defaultUrl = new URL(BUILT_IN_DATA_PATH, baseUrl).href;
  const configured = config?.dataUrl ? toUrl(config.dataUrl, baseUrl)?.href : undefined;
  const built = buildUrl ? toUrl(buildUrl, baseUrl)?.href : undefined;
  const fallbackUrl = configured ?? built ?? defaultUrl;
  const param = new URL(pageUrl).searchParams.get('source');
  if (param !== null && param.trim() !== '') {
    const u = toUrl(param.trim(), pageUrl);
    if (!u) return { kind: 'refused', requested: param, reason: 'malformed', fallbackUrl };
    if (!isHttp(u)) return { kind: 'refused', requested: param, reason: 'scheme', fallbackUrl };
    if (!isAllowedUrl(u.href, allowedOrigins(pageUrl, config)))
      return { kind: 'refused', requested: u.href, reason: 'origin', fallbackUrl };
    return { kind: 'ok', url: u.href, from: 'param', isConfigured: u.href === fallbackUrl };
  }
  if (configured) return { kind: 'ok', url: configured, from: 'config', isConfigured: true };
  if (built) return { kind: 'ok', url: built, from: 'build', isConfigured: true };
  return { kind: 'ok', url: defaultUrl, from: 'default', isConfigured: true };
}
