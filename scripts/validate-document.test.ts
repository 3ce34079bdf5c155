// @vitest-environment node
// `npm run validate`: the page's problems with their paths, a summary when valid, and exit codes a script can use.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidDocument, partialDocument, truncatedDocumentText } from '../mocks/fixtures/broken-documents';
import { buildSmallDocument } from '../mocks/fixtures/small-document';

const DIR = mkdtempSync(join(tmpdir(), 'validate-'));
const write = (name: string, body: unknown) => {
  const file = join(DIR, name);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
};
const SAMPLE = 'public/data/thai-binh-sample.json';

/** Runs the command as `npm run validate --` does; never rejects, so exit codes can be asserted. */
function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/validate-document.ts', ...args], (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run validate', { timeout: 60_000 }, () => {
  it('a valid document: exit 0 and a summary with counts per block, the as-of date and the geography', async () => {
    const r = await validate(SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Hợp lệ: ${SAMPLE}`);
    expect(r.stdout).toContain('Số liệu tính đến: 30/06/2025');
    expect(r.stdout).toContain('Địa giới: Địa giới hành chính trước 01/07/2025 · Huyện/Thành phố');
    expect(r.stdout).toContain('8/8 đơn vị có ranh giới bản đồ');
    expect(r.stdout).toMatch(/Xã, phường, thị trấn \(communes\) +242/);
    expect(r.stdout).toMatch(/Sản phẩm OCOP \(ocop\.products\) +261/);
    expect(r.stdout).toMatch(new RegExp(`Mục tiêu \\(targets\\) +${JSON.parse(readFileSync(SAMPLE, 'utf8')).targets.length}\n`));
  });

  it('an invalid document: exit 1 and each problem with its JSON path, in Vietnamese or English', async () => {
    // A broken structure: nothing of it would be shown.
    const broken = await validate(write('invalid.json', invalidDocument()));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('  meta.asOf: thiếu trường bắt buộc');
    // Bad records: the page would leave them out and show the rest; the validator names each and exits 1.
    const file = write('partial.json', partialDocument());
    const vi = await validate(file);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('Trang sẽ bỏ qua');
    expect(vi.stdout).toContain('  ocop.products[1].stars: phải từ 1 đến 5, nhận được 7');
    const en = await validate(file, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('ocop.products[1].stars: must be between 1 and 5, got 7');
  });

  it('--json prints the problems machine-readably', async () => {
    const r = await validate(write('invalid2.json', partialDocument()), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: false, error: { kind: 'partial' } });
    expect(out.total).toBeGreaterThanOrEqual(4);
    expect(out.problems).toContainEqual(
      expect.objectContaining({ path: 'ocop.products[1].stars', segments: ['ocop', 'products', 1, 'stars'], code: 'range', received: 7 }),
    );
    const ok = JSON.parse((await validate(write('small.json', buildSmallDocument()), '--json')).stdout);
    expect(ok).toMatchObject({ valid: true, problems: [], summary: { counts: { targets: buildSmallDocument().targets.length } } });
  });

  it('text that is not a whole JSON document is said in words, exit 1', async () => {
    const r = await validate(write('truncated.json', truncatedDocumentText()));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bị cắt cụt');
  });

  it('a missing file or wrong arguments: exit 2', async () => {
    const missing = await validate(join(DIR, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không đọc được');
    const usage = await validate();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('npm run validate --');
  });

  describe('an address', () => {
    const server = createServer((req, res) => {
      if (req.url === '/doc.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(buildSmallDocument()));
      else res.writeHead(404).end();
    });
    let base = '';
    beforeAll(async () => {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('is fetched the way the page fetches it', async () => {
      const ok = await validate(`${base}/doc.json`);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain(`Hợp lệ: ${base}/doc.json`);
      const gone = await validate(`${base}/gone.json`, '--lang', 'en');
      expect(gone.code).toBe(2);
      expect(gone.stderr).toContain('HTTP error 404');
    });
  });
});
