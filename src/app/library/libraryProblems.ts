/**
 * How the model library's failures read: a storage failure, a refused name,
 * a missing or misfiled entry — values with problems, never exceptions.
 */
import { problem, type Problem } from '../../core/model/problems.ts';
import { MAX_NAME_LENGTH } from '../../core/model/schema.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { LibraryResult } from './modelLibrary.ts';

/** Storage failures (quota, a closed connection, an aborted transaction) as problems. */
export async function guarded<R>(work: () => Promise<R>): Promise<R | LibraryResult<never>> {
  try {
    return await work();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [problem('error', 'library-storage', [], appBilingual('libraryProblem.storageFailed', { detail }))],
    };
  }
}

export function checkName(name: string): LibraryResult<string> {
  const trimmed = name.trim();
  if (trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH) return { ok: true, value: trimmed };
  return {
    ok: false,
    problems: [
      problem('error', 'library-name', ['name'], appBilingual('libraryProblem.name', { max: MAX_NAME_LENGTH })),
    ],
  };
}

export function missingProblem(id: string): Problem {
  return problem('error', 'library-missing', [], appBilingual('libraryProblem.missing', { id }));
}

export function keyProblem(): Problem {
  return problem('error', 'library-entry-key', [], appBilingual('libraryProblem.entryKey'));
}
