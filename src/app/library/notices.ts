/**
 * Messages the model store shows above the explorer: storage that is not
 * there, records that cannot be read. The sentence is a key of the app's
 * text tables (i18n/messages); the details are core problems,
 * which carry both languages themselves.
 */
import type { Problem } from '../../core/model/problems.ts';

export type NoticeKey = 'notice.storageUnavailable' | 'notice.openFailed' | 'notice.readNotes' | 'notice.storeFailed';

export interface Notice {
  /** Stable, so the same notice is shown once and can be dismissed. */
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly key: NoticeKey;
  /** Interpolated into the sentence; user text, rendered as text. */
  readonly params?: Readonly<Record<string, string>>;
  readonly details: readonly Problem[];
}

export function storageUnavailableNotice(problem: Problem): Notice {
  return { id: 'storage-unavailable', severity: 'warning', key: 'notice.storageUnavailable', details: [problem] };
}

export function openFailedNotice(id: string, name: string | undefined, details: readonly Problem[]): Notice {
  return {
    id: `open-failed:${id}`,
    severity: 'error',
    key: 'notice.openFailed',
    params: { name: name ?? id },
    details,
  };
}

export function readNotesNotice(id: string, details: readonly Problem[]): Notice {
  return { id: `read-notes:${id}`, severity: 'warning', key: 'notice.readNotes', details };
}

export function storeFailedNotice(details: readonly Problem[]): Notice {
  return { id: 'store-failed', severity: 'warning', key: 'notice.storeFailed', details };
}

/** Adds notices not already shown. */
export function addNotices(shown: readonly Notice[], more: readonly Notice[]): readonly Notice[] {
  const ids = new Set(shown.map((n) => n.id));
  const fresh = more.filter((n) => !ids.has(n.id));
  return fresh.length === 0 ? shown : [...shown, ...fresh];
}
