import { describe, expect, it } from 'vitest';
import { allowedOrigins, resolveSource, isAllowedUrl, type RuntimeConfig } from './source-config';

const base = 'https://dashboard.example.vn/app/';
const page = (search = '') => `https://dashboard.example.vn/app/${search}`;
const builtIn = 'https://dashboard.example.vn/app/data/thai-binh-sample.json';

describe('resolveSource: ?source=, then config.json, then the build variable, then the built-in data', () => {
  it.each([
    ['nothing configured', page(), null, undefined, { kind: 'ok', url: builtIn, from: 'default', isConfigured: true }],
    [
      'build variable',
      page(),
      null,
      'https://dashboard.example.vn/api/v1.json',
      { kind: 'ok', url: 'https://dashboard.example.vn/api/v1.json', from: 'build', isConfigured: true },
    ],
    [
      'config.json beats the build variable',
      page(),
      { dataUrl: 'data/live.json', allowedOrigins: [] },
      'https://x.vn/a.json',
      { kind: 'ok', url: 'https://dashboard.example.vn/app/data/live.json', from: 'config', isConfigured: true },
    ],
    [
      'same-origin ?source= beats config',
      page('?source=/feeds/hy.json'),
      { dataUrl: 'data/live.json', allowedOrigins: [] },
      undefined,
      { kind: 'ok', url: 'https://dashboard.example.vn/feeds/hy.json', from: 'param', isConfigured: false },
    ],
    [
      '?source= on an origin config.json allows',
      page('?source=https://data.thaibinh.gov.vn/ocop.json'),
      { allowedOrigins: ['https://data.thaibinh.gov.vn'] },
      undefined,
      { kind: 'ok', url: 'https://data.thaibinh.gov.vn/ocop.json', from: 'param', isConfigured: false },
    ],
  ] as const)('%s', (_name, pageUrl, config, buildUrl, expected) => {
    expect(resolveSource({ pageUrl, baseUrl: base, config: config as RuntimeConfig | null, buildUrl })).toEqual(expected);
  });

  it.each([
    ['a foreign origin', 'https://evil.example/x.json', 'origin', 'https://evil.example/x.json'],
    [
      'a look-alike subdomain',
      'https://dashboard.example.vn.evil.example/x.json',
      'origin',
      'https://dashboard.example.vn.evil.example/x.json',
    ],
    ['the same host on another port', 'https://dashboard.example.vn:8443/x.json', 'origin', 'https://dashboard.example.vn:8443/x.json'],
    ['http instead of https', 'http://dashboard.example.vn/x.json', 'origin', 'http://dashboard.example.vn/x.json'],
    ['javascript:', 'javascript:alert(1)', 'scheme', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{}', 'scheme', 'data:application/json,{}'],
    ['protocol-relative foreign', '//evil.example/x.json', 'origin', 'https://evil.example/x.json'],
  ])('refuses %s and falls back to the configured source', (_name, source, reason, requested) => {
    const r = resolveSource({
      pageUrl: page(`?source=${encodeURIComponent(source)}`),
      baseUrl: base,
      config: { allowedOrigins: ['https://data.thaibinh.gov.vn'] },
      buildUrl: undefined,
    });
    expect(r).toEqual({ kind: 'refused', requested, reason, fallbackUrl: builtIn });
  });

  it('treats an empty ?source= as absent', () => {
    expect(resolveSource({ pageUrl: page('?source='), baseUrl: base, config: null })).toMatchObject({ kind: 'ok', from: 'default' });
  });

  it('a ?source= naming the configured document itself is the configured source', () => {
    const r = resolveSource({
      pageUrl: page('?source=data/live.json'),
      baseUrl: base,
      config: { dataUrl: 'data/live.json', allowedOrigins: [] },
    });
    expect(r).toMatchObject({ kind: 'ok', from: 'param', isConfigured: true });
  });

  it('isAllowedUrl: the one rule, http(s) on an allowed origin (also used for redirect targets)', () => {
    const origins = allowedOrigins(page(), { allowedOrigins: ['https://data.thaibinh.gov.vn'] });
    expect(isAllowedUrl('https://dashboard.example.vn/other.json', origins)).toBe(true);
    expect(isAllowedUrl('https://data.thaibinh.gov.vn/x.json', origins)).toBe(true);
    expect(isAllowedUrl('https://evil.example/other.json', origins)).toBe(false);
    expect(isAllowedUrl('http://dashboard.example.vn/other.json', origins)).toBe(false);
    expect(isAllowedUrl('/relative.json', origins)).toBe(false);
    expect(isAllowedUrl('javascript:alert(1)', ['null'])).toBe(false);
  });
});
