/** What a failed request to the team server says to the user: the server's own words when it sent some. */
import type { Language } from '../../core/text/language.ts';
import { formatProblem } from '../../core/model/problems.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { TeamFailure } from './teamServer.ts';

export function failureText(failure: TeamFailure, language: Language): string {
  if (failure.message) return failure.message[language];
  if (failure.code === 'rate-limited' && failure.retryAfter !== undefined)
    return appMessage(language, 'login.rateLimited', { seconds: failure.retryAfter });
  if (failure.code === 'network') return appMessage(language, 'team.network');
  if (failure.problems.length > 0) return failure.problems.map((p) => formatProblem(p, language)).join('\n');
  return appMessage(language, 'team.failed', { status: failure.status });
}
