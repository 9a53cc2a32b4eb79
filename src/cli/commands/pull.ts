/**
 * `symbiograph pull ID --server URL -o OUT [--revision N]`: a park's latest
 * version (or revision N) from a team server, checked by core as any file
 * is, and written in the format OUT's extension names (whole, renamed into
 * place). Exit codes: 1 the server refused or the file cannot be written;
 * 2 wrong usage.
 */
import { readRevisionTag, routePath } from '../../core/io/serverProtocol.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { validateModelText } from '../../core/model/validate.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { modelFormatOf } from '../readModelFile.ts';
import { readRevisionOption, serverClient } from '../serverClient.ts';
import { exportToFile } from '../writeModelFile.ts';

export interface PullArgs {
  readonly park: string;
  readonly language: Language;
  readonly output?: string;
  readonly server?: string;
  readonly token?: string;
  readonly revision?: string;
}

export async function pullCommand(args: PullArgs, out: Output): Promise<number> {
  const { park, language, output } = args;
  if (output === undefined) {
    out.stderr(t(language, 'pullMissingOutput'));
    return 2;
  }
  const format = await modelFormatOf(output);
  if (format === undefined) {
    out.stderr(t(language, 'convertUnknownFormat', { file: output }));
    return 2;
  }
  const revision = readRevisionOption(args.revision, language, out);
  if (revision === null) return 2;
  const client = serverClient(args, out);
  if (client === null) return 2;
  const path =
    revision === undefined ? routePath('getPark', { id: park }) : routePath('getVersion', { id: park, n: revision });
  const answer = await client.request('GET', path);
  if (answer === null) return 1;
  const checked = validateModelText(await answer.text(), `${client.server}${path}`);
  if (!checked.ok) {
    for (const p of checked.errors) out.stderr(formatProblem(p, language));
    return 1;
  }
  const warnings = await exportToFile(checked.model, format, output, language, out);
  if (warnings === null) return 1;
  const pulled = readRevisionTag(answer.headers.get('etag')) ?? revision ?? '?';
  out.stdout(t(language, 'pullWritten', { id: park, revision: pulled, file: output }));
  for (const p of warnings) out.stdout(`  ${formatProblem(p, language)}`);
  return 0;
}
