/**
 * `symbiograph serve` as a process of its own, as a user starts it: on any
 * free port, handed back once it prints its address; stopped with SIGTERM,
 * or killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Launcher } from '../../fixtures/openSession.ts';

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything printed so far, both streams. */
  output(): string;
  /** Sends the signal; the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The clone's bin by default; the package test starts the installed command instead. */
const CLONE: Launcher = { command: process.execPath, args: ['bin/symbiograph.mjs'] };

export function startServe(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  launcher: Launcher = CLONE,
): Promise<ServeProcess> {
  const child = spawn(launcher.command, [...launcher.args, 'serve', '--port', '0', '--lang', 'en', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    ...(launcher.cwd ? { cwd: launcher.cwd } : {}),
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    let started = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = started ? null : /team server at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!found) return;
      started = true;
      resolve({
        url: found[1]!,
        child,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    });
    void exited.then((code) => {
      if (!started) reject(new Error(`serve exited with ${code} before serving:\n${output}`));
    });
  });
}
