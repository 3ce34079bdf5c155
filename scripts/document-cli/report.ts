// The validator's output: problems with their JSON paths in words (as the page words them), or a summary.
import { describeLoadError, describeProblem } from '../../src/i18n/describe-problem';
import { formatters, type Locale } from '../../src/i18n/format';
import type { CheckResult } from './check-document';
import { CLI_MESSAGES } from './messages';
import { summarise } from './summarise';

export function textReport(source: string, result: CheckResult, locale: Locale): string {
  const m = CLI_MESSAGES[locale];
  const f = formatters(locale);
  if (!result.ok) {
    const lines = [m.invalid({ source }), result.partial ? m.partial({ count: result.total }) : describeLoadError(result.detail, locale)];
    for (const p of result.problems) {
      const { path, message } = describeProblem(p, locale);
      lines.push(`  ${path}: ${message}`);
    }
    if (result.total > result.problems.length && result.problems.length > 0)
      lines.push(m.more({ count: result.total - result.problems.length }));
    return lines.join('\n');
  }
  const s = summarise(result.document, locale);
  const g = s.geography;
  const geography = [g.label, g.regionLevel];
  if (g.validFrom || g.validUntil)
    geography.push(m.validPeriod({ from: g.validFrom ? f.date(g.validFrom) : '…', until: g.validUntil ? f.date(g.validUntil) : '…' }));
  geography.push(m.outlines({ count: g.regionsWithOutline, total: s.counts.regions }));
  const lines = [
    m.valid({ source }),
    s.title,
    `${m.province}: ${s.province.name} (${s.province.code})`,
    `${m.asOf}: ${f.date(s.asOf)}`,
    `${m.geography}: ${geography.join(' · ')}`,
  ];
  if (s.sample) lines.push(m.sample);
  const width = Math.max(...Object.values(m.blocks).map((b) => b.length));
  for (const [key, label] of Object.entries(m.blocks)) {
    lines.push(`  ${label.padEnd(width)}  ${f.number(s.counts[key as keyof typeof s.counts]).padStart(7)}`);
  }
  return lines.join('\n');
}

/** Machine-readable: every problem with its path (as text and as segments), code, parameters and words. */
export function jsonReport(source: string, result: CheckResult, locale: Locale): string {
  if (result.ok)
    return JSON.stringify({ source, valid: true, problems: [], total: 0, summary: summarise(result.document, locale) }, null, 2);
  return JSON.stringify(
    {
      source,
      valid: false,
      error: {
        kind: result.partial ? 'partial' : result.detail.kind,
        message: result.partial ? CLI_MESSAGES[locale].partial({ count: result.total }) : describeLoadError(result.detail, locale),
      },
      total: result.total,
      problems: result.problems.map((p) => {
        const { path, message } = describeProblem(p, locale);
        return { path, segments: p.path, code: p.code, params: p.params, ...(p.hasReceived ? { received: p.received } : {}), message };
      }),
    },
    null,
    2,
  );
}
