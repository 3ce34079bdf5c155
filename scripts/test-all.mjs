// `npm test`: type check, lint, unit and component tests, build and size budgets, browser tests; then one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.test-output', { recursive: true });
for (const f of ['.test-output/vitest.json', '.test-output/playwright.json']) rmSync(f, { force: true });

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  [
    'unit and component tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-output/vitest.json'],
  ],
  ['build', 'npx', ['vite', 'build']],
  ['size budgets', 'node', ['scripts/bundle-size.mjs']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) failedSteps.push(name);
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0, found: false };
  return { ...read(JSON.parse(readFileSync(file, 'utf8'))), found: true };
}
const unit = counts('.test-output/vitest.json', (j) => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests,
  skipped: j.numPendingTests + (j.numTodoTests ?? 0),
}));
const e2e = counts('.test-output/playwright.json', (j) => ({
  passed: j.stats.expected,
  failed: j.stats.unexpected + j.stats.flaky,
  skipped: j.stats.skipped,
}));

console.log(`\nunit/component: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`browser: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
if (!e2e.found || e2e.passed === 0) {
  console.log('browser tests did not run');
  failedSteps.push('browser tests did not run');
}
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
// A step that failed without a failing test (type check, lint, build, budgets) still counts as one failure.
const testFailures = unit.failed + e2e.failed;
const failed = testFailures > 0 ? testFailures : failedSteps.length > 0 ? 1 : 0;
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
