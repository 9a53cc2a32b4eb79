/**
 * `symbiograph example [NAME] [-o OUT]`: the parks that come with Symbiograph
 * — the Linyi reference park and the published exchange lists in
 * data/examples/ — listed, or one of them written out (to OUT, in the format
 * its extension names, converted as `convert` does when it is not the
 * shipped one; else to standard output as shipped), so an installed copy
 * gives its examples to start from.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Language } from '../../core/model/types.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { packageFile } from '../packageFile.ts';
import { convertCommand } from './convert.ts';

interface BundledExample {
  readonly name: string;
  /** From the package's root. */
  readonly path: string;
  readonly title: 'exampleLinyi' | 'exampleKalundborg' | 'exampleGuitang';
}

const EXAMPLES: readonly BundledExample[] = [
  { name: 'linyi-etdz', path: 'data/linyi-etdz.json', title: 'exampleLinyi' },
  { name: 'kalundborg', path: 'data/examples/kalundborg.csv', title: 'exampleKalundborg' },
  { name: 'guitang', path: 'data/examples/guitang.csv', title: 'exampleGuitang' },
];

export async function exampleCommand(
  name: string | undefined,
  output: string | undefined,
  language: Language,
  out: Output,
): Promise<number> {
  if (name === undefined) {
    out.stdout(t(language, 'exampleList'));
    for (const e of EXAMPLES) out.stdout(`  ${e.name.padEnd(12)} ${t(language, e.title)}`);
    return 0;
  }
  const example = EXAMPLES.find((e) => e.name === name);
  if (!example) {
    out.stderr(t(language, 'exampleUnknown', { name, names: EXAMPLES.map((e) => e.name).join(', ') }));
    return 2;
  }
  const file = packageFile(example.path);
  if (output === undefined) {
    const text = await readFile(file, 'utf8');
    out.stdout(text.endsWith('\n') ? text.slice(0, -1) : text);
    return 0;
  }
  // The same format: the file as shipped, byte for byte (its sources and notes as written); another: converted.
  if (extname(output).toLowerCase() !== extname(file)) return convertCommand({ input: file, output, language }, out);
  try {
    await copyFile(file, output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    out.stderr(t(language, 'convertWriteFailed', { file: output, reason }));
    return 1;
  }
  out.stdout(t(language, 'exampleWritten', { name, file: output }));
  return 0;
}
