/** Runs the CLI in this process, as the command line would, and collects what it prints. */
import { runCli } from '../../src/cli/main.ts';
import type { Output } from '../../src/cli/output.ts';

export async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
  const code = await runCli(args, output);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
