import { describe, expect, it } from 'vitest';
import { connectOrigins, cspContent } from './build-plugins';

describe("the built page's connect-src", () => {
  it("is the page's own origin alone by default", () => {
    expect(cspContent(connectOrigins({}))).toContain("connect-src 'self';");
  });
  it('adds the origin of an absolute VITE_DATA_URL and of VITE_CONNECT_ORIGINS, never a wildcard', () => {
    const origins = connectOrigins({
      VITE_DATA_URL: 'https://data.example.gov.vn/ocop/v1.json?x=1',
      VITE_CONNECT_ORIGINS: 'https://staging.example.gov.vn/any/path, not a url, javascript:alert(1), *',
    });
    expect(origins).toEqual(['https://data.example.gov.vn', 'https://staging.example.gov.vn']);
    const csp = cspContent(origins);
    expect(csp).toContain("connect-src 'self' https://data.example.gov.vn https://staging.example.gov.vn;");
    expect(csp).not.toContain('*');
  });
  it('a relative VITE_DATA_URL is covered by self', () => {
    expect(connectOrigins({ VITE_DATA_URL: 'data/live.json' })).toEqual([]);
  });
});
