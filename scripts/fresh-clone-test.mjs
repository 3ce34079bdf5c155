// `npm run test:fresh-clone`: clones this repository's committed HEAD into an empty folder, with nothing beside it,
// and runs `npm ci && npm test` there, proving a clone stands alone. (Not part of `npm test`, which it runs.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parent = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
const repo = join(parent, 'repo');
const run = (cmd, args, cwd) => {
  console.log(`\n=== ${cmd} ${args.join(' ')}  (in ${cwd})`);
  return spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env }).status ?? 1;
};

let status = run('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), repo], parent);
// Nothing but the clone in its folder: a read of ../anything fails there.
console.log(`beside the clone: ${readdirSync(parent).join(', ')}`);
if (status === 0) status = run('npm', ['ci', '--no-audit', '--no-fund'], repo);
if (status === 0) status = run('npm', ['test'], repo);
if (!process.argv.includes('--keep')) rmSync(parent, { recursive: true, force: true });
process.exit(status);
