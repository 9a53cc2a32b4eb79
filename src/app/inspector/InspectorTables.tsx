/** The inspector's tables of declared streams and of flows. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FlowRow, StreamRow } from './inspector.ts';

interface TableProps {
  readonly title: string;
  readonly names: ReadonlyMap<string, string>;
  readonly number: Intl.NumberFormat;
  readonly t: TFunction;
}

export function StreamTable({
  title,
  parkHeader,
  rows,
  names,
  number,
  t,
}: TableProps & {
  readonly parkHeader: string;
  readonly rows: readonly StreamRow[];
}) {
  return (
    <details open>
      <summary>
        {title} ({rows.length})
      </summary>
      {rows.length === 0 ? (
        <p className="note">{t('inspector.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('inspector.material')}</th>
              <th scope="col">{t('inspector.declared')}</th>
              <th scope="col">{parkHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.material}-${i}`}>
                <th scope="row">{names.get(row.material) ?? row.material}</th>
                <td>{row.declared === null ? '–' : `${number.format(row.declared)} ${row.unit}`}</td>
                <td>{`${number.format(row.internal)} ${row.unit}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

export function FlowTable({ title, rows, names, number }: TableProps & { readonly rows: readonly FlowRow[] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{title}</summary>
      <ul className="flows">
        {rows.map((row) => (
          <li key={row.id}>
            {names.get(row.partner) ?? row.partner} · {names.get(row.material) ?? row.material} ·{' '}
            {row.quantity === null ? t('inspect.noQuantity') : `${number.format(row.quantity)} ${row.unit}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
