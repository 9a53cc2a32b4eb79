/**
 * How long the installed command line takes to answer, against a bare Node
 * start in the same run (issue 15's targets: `--help` within 3× and
 * `validate`/`summary` of the reference park within 5× of `node -e 0`).
 * Median of repeated runs; the CLI as `npm install` leaves it (the build
 * ahead in dist/cli, see scripts/buildCli.mjs), built first if it is stale.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const RUNS = 9;
const REFERENCE = 'data/linyi-etdz.json';

function medianMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && args[0] !== '-e') throw new Error(`${args.join(' ')} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

execFileSync(process.execPath, ['scripts/buildCli.mjs'], { stdio: 'inherit' });
const bare = medianMs(['-e', '0']);
const cases: readonly (readonly [string, readonly string[], number])[] = [
  ['--help', ['bin/symbiograph.mjs', '--help'], 3],
  ['validate (reference park)', ['bin/symbiograph.mjs', 'validate', REFERENCE], 5],
  ['summary (reference park)', ['bin/symbiograph.mjs', 'summary', REFERENCE], 5],
];
console.log(`CLI start-up, median of ${RUNS} runs`);
console.log(`  node -e 0                      ${bare.toFixed(0).padStart(6)} ms`);
for (const [name, args, target] of cases) {
  const ms = medianMs(args);
  const ratio = ms / bare;
  const verdict = ratio <= target ? 'within' : 'OVER';
  console.log(
    `  ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(1)}× node (${verdict} the ${target}× target)`,
  );
}
