// @vitest-environment node
// The README's nginx, Apache and IIS configurations send one and the same Content-Security-Policy: data only
// from the page's own origin and the configured data origin, and no framing by other sites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`../../deploy/${name}`, import.meta.url), 'utf8');
const POLICIES = {
  nginx: /add_header Content-Security-Policy "([^"]+)" always;/.exec(read('nginx.conf'))?.[1],
  apache: /Header always set Content-Security-Policy "([^"]+)"/.exec(read('apache.conf'))?.[1],
  iis: /<add name="Content-Security-Policy" value="([^"]+)" \/>/.exec(read('web.config'))?.[1],
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('deployment configurations', () => {
  it('all three send the same policy', () => {
    expect(POLICIES.nginx).toBeTruthy();
    expect(POLICIES.apache).toBe(POLICIES.nginx);
    expect(POLICIES.iis).toBe(POLICIES.nginx);
  });

  it("connect-src lists only 'self' and the data origin; frames, plugins and foreign scripts are refused", () => {
    const d = directives(POLICIES.nginx!);
    expect(d.get('connect-src')).toEqual(["'self'", 'https://data.example.gov.vn']);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('each serves the build from /dashboard/ with index.html as the folder page', () => {
    expect(read('nginx.conf')).toMatch(/location \/dashboard\/ \{\s+alias \/var\/www\/dashboard\/;\s+index index\.html;/);
    expect(read('apache.conf')).toMatch(/Alias \/dashboard \/var\/www\/dashboard[\s\S]*DirectoryIndex index\.html/);
    expect(read('web.config')).toMatch(/<add value="index\.html" \/>/);
  });
});
