/**
 * Where the exchanges a finding names are documented: the park's sources
 * that its flows cite (a published exchange list's citation column becomes
 * them on import). A finding built from a literature list can then say
 * which paper records the exchange it is about.
 */
import type { Language, ParkModel, Source } from '../model/types.ts';
import { sourceTitle } from '../model/labels.ts';
import { message } from '../text/message.ts';
import type { Finding } from './finding.ts';

/** Sources named in one line before "and N more". */
const MAX_NAMED = 3;

/** The findings with `sources` set from their flows' citations; findings whose flows cite nothing are returned as they are. */
export function withFindingSources(model: ParkModel, findings: readonly Finding[]): Finding[] {
  const sources = new Map((model.park.sources ?? []).map((s) => [s.id, s]));
  if (sources.size === 0) return [...findings];
  const citedBy = new Map<string, Source>();
  for (const flow of model.flows) {
    const source = flow.source === undefined ? undefined : sources.get(flow.source);
    if (source) citedBy.set(flow.id, source);
  }
  return findings.map((finding) => {
    const cited = new Map<string, Source>();
    for (const flow of finding.flows) {
      const source = citedBy.get(flow);
      if (source) cited.set(source.id, source);
    }
    return cited.size === 0 ? finding : { ...finding, sources: [...cited.values()] };
  });
}

/** "出处:…" / "Documented in: …", or undefined when the finding cites nothing. */
export function formatFindingSources(finding: Pick<Finding, 'sources'>, language: Language): string | undefined {
  const list = finding.sources ?? [];
  if (list.length === 0) return undefined;
  const named = list.slice(0, MAX_NAMED).map((s) => sourceTitle(s.title, language));
  const more = list.length - named.length;
  const names = named.join(message(language, 'common:groupSeparator'));
  return more > 0
    ? message(language, 'finding:sourcesAndMore', { names, total: list.length, more })
    : message(language, 'finding:sources', { names });
}
