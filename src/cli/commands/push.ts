/**
 * `symbiograph push FILE --server URL [--park ID [--revision N]] [--message TEXT]`:
 * a park in any format `convert` reads, stored on a team server — as a new
 * park, or as a new version of --park. The new version starts from
 * --revision, or from the server's latest when none is given (the file
 * replaces it, and the version before stays in the history); a server that
 * has moved past --revision refuses (409) and keeps the model sent. Exit
 * codes: 1 the file has problems or the server refused; 2 wrong usage.
 */
import { routePath, revisionTag, type ParkSummary } from '../../core/io/serverProtocol.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { message } from '../../core/text/message.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { modelFormatOf, readModelFile } from '../readModelFile.ts';
import { readRevisionOption, serverClient, type ServerClient } from '../serverClient.ts';

export interface PushArgs {
  readonly file: string;
  readonly language: Language;
  readonly server?: string;
  readonly token?: string;
  readonly park?: string;
  readonly revision?: string;
  readonly message?: string;
  readonly alias?: string;
}

/** The park's head revision on the server, or null after saying why there is none. */
async function headRevision(
  client: ServerClient,
  park: string,
  language: Language,
  out: Output,
): Promise<number | null> {
  const answer = await client.request('GET', routePath('listParks'));
  if (answer === null) return null;
  const parks = (await answer.json()) as ParkSummary[];
  const found = parks.find((p) => p.id === park);
  if (found === undefined) out.stderr(`✗ ${message(language, 'server:parkNotFound')}: ${park}`);
  return found?.head.revision ?? null;
}

export async function pushCommand(args: PushArgs, out: Output): Promise<number> {
  const { file, language } = args;
  const revision = readRevisionOption(args.revision, language, out);
  if (revision === null) return 2;
  if (revision !== undefined && args.park === undefined) {
    out.stderr(t(language, 'pushNeedsPark'));
    return 2;
  }
  const client = serverClient(args, out);
  if (client === null) return 2;
  const format = await modelFormatOf(file);
  if (format === undefined) {
    out.stderr(t(language, 'convertUnknownFormat', { file }));
    return 2;
  }
  const read = await readModelFile(file, format, args.alias);
  if (!read.ok) {
    out.stdout(t(language, 'pushInvalid', { file, n: read.errors.length }));
    for (const p of read.errors) out.stdout(`  ${formatProblem(p, language)}`);
    return 1;
  }
  if (read.warnings.length > 0) {
    out.stdout(t(language, 'warningsHeader', { n: read.warnings.length }));
    for (const p of read.warnings) out.stdout(`  ${formatProblem(p, language)}`);
  }
  const body = JSON.stringify(read.model);
  const query = args.message === undefined ? '' : `?message=${encodeURIComponent(args.message)}`;
  if (args.park === undefined) {
    const answer = await client.request('POST', `${routePath('createPark')}${query}`, body);
    if (answer === null) return 1;
    const created = (await answer.json()) as { id: string };
    out.stdout(t(language, 'pushCreated', { file, id: created.id, server: client.server }));
    return 0;
  }
  const base = revision ?? (await headRevision(client, args.park, language, out));
  if (base === null) return 1;
  const path = `${routePath('savePark', { id: args.park })}${query}`;
  const answer = await client.request('PUT', path, body, { 'If-Match': revisionTag(base) });
  if (answer === null) return 1;
  const saved = (await answer.json()) as { revision: number };
  out.stdout(t(language, 'pushSaved', { file, id: args.park, revision: saved.revision }));
  return 0;
}
