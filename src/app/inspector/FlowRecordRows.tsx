/**
 * The flow inspector's rows for what an exchange list records about a flow:
 * its years, note, cited source and custom attributes (an imported CSV's
 * unknown columns, under their header). All of it is user data, rendered as
 * text; the source becomes a link only when describeFlow found a web address.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sourceTitle } from '../../core/model/labels.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { FlowDetails } from './inspectTargets.ts';

export function FlowRecordRows({ details }: { readonly details: FlowDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { flow, source, attributes } = details;
  const years = yearsText(flow.startYear, flow.endYear, t);
  const value = (v: string | number | boolean) =>
    typeof v === 'boolean' ? t(v ? 'inspect.yes' : 'inspect.no') : String(v);
  return (
    <>
      {years !== null && (
        <>
          <dt>{t('inspect.years')}</dt>
          <dd data-testid="flow-years">{years}</dd>
        </>
      )}
      {source && (
        <>
          <dt>{t('inspect.source')}</dt>
          <dd data-testid="flow-source" className="flow-record">
            {source.href === undefined ? (
              sourceTitle(source.title, language)
            ) : (
              <a href={source.href} target="_blank" rel="noopener noreferrer">
                {sourceTitle(source.title, language)}
              </a>
            )}
            {source.note !== undefined && <span className="note"> {source.note}</span>}
          </dd>
        </>
      )}
      {flow.note !== undefined && flow.note.trim() !== '' && (
        <>
          <dt>{t('inspect.note')}</dt>
          <dd data-testid="flow-note" className="flow-record">
            {flow.note}
          </dd>
        </>
      )}
      {attributes.map(([key, v]) => (
        <FlowAttribute key={key} name={key} value={value(v)} />
      ))}
    </>
  );
}

function FlowAttribute({ name, value }: { readonly name: string; readonly value: string }) {
  return (
    <>
      <dt className="flow-record">{name}</dt>
      <dd data-testid="flow-attribute" className="flow-record" data-attribute={name}>
        {value}
      </dd>
    </>
  );
}

/** "1982 年起" / "since 1982", "1982–1995", "1995 年止" / "ended 1995"; null without years. */
function yearsText(start: number | undefined, end: number | undefined, t: TFunction): string | null {
  if (start !== undefined && end !== undefined) return t('inspect.yearsRange', { start, end });
  if (start !== undefined) return t('inspect.yearsFrom', { start });
  if (end !== undefined) return t('inspect.yearsUntil', { end });
  return null;
}
