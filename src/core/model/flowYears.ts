/**
 * A flow's years (domain.md §5a): the exchange runs from `startYear` until
 * the year before `endYear`, so an end before the start is an error. The
 * range itself (1900–2200) is the schema's.
 */
import { itemsOf, numberField, type LooseObject } from './loose.ts';
import { bilingual } from '../text/message.ts';
import { problem, type Problem } from './problems.ts';

export function checkFlowYears(doc: LooseObject, problems: Problem[]): void {
  for (const flow of itemsOf(doc, 'flows')) {
    const start = numberField(flow.value, 'startYear');
    const end = numberField(flow.value, 'endYear');
    if (start === undefined || end === undefined || end >= start) continue;
    problems.push(
      problem(
        'error',
        'end-before-start',
        [...flow.path, 'endYear'],
        bilingual('model:endBeforeStart', { end, start }),
      ),
    );
  }
}
