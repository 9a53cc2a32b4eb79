/**
 * A password from standard input: piped (`printf %s "$PASSWORD" | …`, what
 * scripts and tests do), everything up to the end with one final line break
 * dropped; typed at a terminal, one line read without echoing it, after a
 * prompt on standard error. Never from the command line, where other users
 * of the machine could read it in the process list.
 */
import type { Readable } from 'node:stream';

/** The piped input, whole, without its last line break. */
async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** One line typed at the terminal, not shown; null on Ctrl-C or Ctrl-D. */
function readHidden(input: NodeJS.ReadStream, prompt: string): Promise<string | null> {
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (text: string) => {
      for (const char of text) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u0004') return finish(null);
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    input.on('data', onData);
  });
}

export async function readPassword(input: Readable, prompt: string): Promise<string | null> {
  const terminal = input as NodeJS.ReadStream;
  return terminal.isTTY ? readHidden(terminal, prompt) : readAll(input);
}
