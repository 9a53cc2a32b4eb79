/**
 * The table view: the model's enterprises, materials and flows as sortable,
 * filterable, editable tables in one full-height panel over the explorer
 * (which stays mounted underneath, so closing the tables finds it as it
 * was). Every edit and delete is one undoable step through the store.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { deleteChain, deleteFlow } from '../model/deleteEdits.ts';
import type { CommitResult } from '../model/history.ts';
import { numberLocale } from '../i18n/language.ts';
import { editCell } from './cellEdits.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import {
  NO_TABLE_FILTER,
  TABLES,
  filterRows,
  nextSort,
  releaseTableRows,
  sortRows,
  tableColumns,
  tableRows,
  type TableColumn,
  type TableFilter,
  type TableKind,
  type TableSort,
} from './tables.ts';
import { ChainList } from './ChainList.tsx';
import { DeleteDialog, type DeleteRequest } from './DeleteDialog.tsx';
import { ItemForm, type ItemKind } from '../forms/ItemForm.tsx';
import { TableGrid } from './TableGrid.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useColumnWidths } from './useColumnWidths.ts';

interface TableViewProps {
  readonly model: ParkModel;
  readonly onEdit: (edit: ModelEdit) => CommitResult;
  readonly onClose?: () => void;
}

type PerTable<T> = Readonly<Record<TableKind, T>>;

/** The three tables, then the chain templates (a list, not a grid: a chain is its ordered stages). */
const TABS: readonly ItemKind[] = [...TABLES, 'chains'];

const ADD_KEYS: Readonly<Record<ItemKind, string>> = {
  enterprises: 'enterprise',
  materials: 'material',
  flows: 'flow',
  chains: 'chain',
};

export function TableView({ model, onEdit, onClose }: TableViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [tab, setTab] = useState<ItemKind>('enterprises');
  const table: TableKind = tab === 'chains' ? 'enterprises' : tab;
  /** The open item form: `id` null adds an item. */
  const [form, setForm] = useState<{ readonly kind: ItemKind; readonly id: string | null } | null>(null);
  const [sorts, setSorts] = useState<PerTable<TableSort | null>>({ enterprises: null, materials: null, flows: null });
  const [filters, setFilters] = useState<PerTable<TableFilter>>({
    enterprises: NO_TABLE_FILTER,
    materials: NO_TABLE_FILTER,
    flows: NO_TABLE_FILTER,
  });
  const [deleting, setDeleting] = useState<DeleteRequest | null>(null);
  const [widths, changeWidths] = useColumnWidths();
  // Closed, the table keeps no rows for the next edit (tables.ts).
  useEffect(() => releaseTableRows, []);
  // Typing in the filter stays responsive at 100 000 rows: the rows follow a moment later.
  const filter = useDeferredValue(filters[table]);
  // The same column objects while the columns read the same (most edits): the grid's rows render again only
  // when their own row changed.
  const columnsText = useMemo(() => JSON.stringify(tableColumns(table, model)), [table, model]);
  const columns = useMemo(() => JSON.parse(columnsText) as readonly TableColumn[], [columnsText]);
  const rows = useMemo(() => tableRows(table, model, language), [table, model, language]);
  const sorted = useMemo(() => sortRows(rows, sorts[table], columns), [rows, sorts, table, columns]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);

  const setFilter = (change: Partial<TableFilter>) =>
    setFilters((all) => ({ ...all, [table]: { ...all[table], ...change } }));
  const save = (rowId: string, column: string, typed: string) => {
    const result = editCell(model, table, rowId, column, typed);
    if (result.kind === 'refused') return result.problems;
    if (result.kind === 'unchanged') return [];
    const committed = onEdit(result.edit);
    return committed.ok ? [] : committed.errors;
  };
  const remove = (rowId: string) => {
    if (table !== 'flows') return setDeleting({ table, id: rowId });
    const deletion = deleteFlow(model, rowId);
    if (deletion) onEdit(deletion);
  };

  return (
    <section className="table-panel" data-testid="table-view" aria-label={t('table.title')}>
      <header className="table-panel-head">
        <h2>{t('table.title')}</h2>
        <div className="tabs" role="tablist" aria-label={t('table.title')}>
          {TABS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="tab"
              id={`table-tab-${kind}`}
              data-testid={`table-tab-${kind}`}
              aria-selected={tab === kind}
              aria-controls="table-tabpanel"
              onClick={() => setTab(kind)}
            >
              {t(`table.tab.${kind}`)}
            </button>
          ))}
        </div>
        {onClose && (
          <button type="button" data-testid="table-close" onClick={onClose}>
            {t('table.close')}
          </button>
        )}
      </header>
      <div className="table-tabpanel" role="tabpanel" id="table-tabpanel" aria-labelledby={`table-tab-${tab}`}>
        <div className="table-actions">
          <button
            type="button"
            data-testid={`add-${tab}`}
            aria-haspopup="dialog"
            onClick={() => setForm({ kind: tab, id: null })}
          >
            {t(`forms.${ADD_KEYS[tab]}.add`)}
          </button>
        </div>
        {tab === 'chains' ? (
          <ChainList
            model={model}
            onEdit={(id) => setForm({ kind: 'chains', id })}
            onDelete={(id) => {
              const deletion = deleteChain(model, id);
              if (deletion) onEdit(deletion);
            }}
          />
        ) : (
          <>
            <div className="table-filters">
              <label>
                <span>{t('table.filter')}</span>
                <input
                  type="search"
                  data-testid="table-filter"
                  value={filters[table].text}
                  placeholder={t('table.filterHint')}
                  onChange={(event) => setFilter({ text: event.target.value })}
                />
              </label>
              {columns
                .filter((c) => c.kind === 'enum')
                .map((column) => (
                  <label key={column.key}>
                    <span>{t(`table.column.${column.key}`)}</span>
                    <select
                      data-testid={`table-filter-${column.key}`}
                      value={filters[table].enums[column.key] ?? ''}
                      onChange={(event) =>
                        setFilter({ enums: { ...filters[table].enums, [column.key]: event.target.value } })
                      }
                    >
                      <option value="">{t('table.all')}</option>
                      {column.options?.map((o) => (
                        <option key={o.value} value={o.value}>
                          {localize(o.label, language)}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              <span className="table-count" role="status" data-testid="table-count">
                {t('table.count', {
                  shown: shown.length.toLocaleString(numberLocale(language)),
                  total: rows.length.toLocaleString(numberLocale(language)),
                })}
              </span>
            </div>
            <p className="note">{t('table.keysHint')}</p>
            <TableGrid
              key={table}
              label={t(`table.tab.${table}`)}
              columns={columns}
              rows={shown}
              sort={sorts[table]}
              onSort={(column) => setSorts((all) => ({ ...all, [table]: nextSort(all[table], column) }))}
              onSave={save}
              onDelete={remove}
              onOpen={(id) => setForm({ kind: table, id })}
              widths={widths[table]}
              onWidths={(change) => changeWidths(table, change)}
            />
          </>
        )}
      </div>
      {form && (
        <ItemForm
          key={`${form.kind}:${form.id ?? ''}`}
          kind={form.kind}
          editing={form.id}
          model={model}
          onEdit={onEdit}
          onClose={() => setForm(null)}
        />
      )}
      {deleting && <DeleteDialog request={deleting} model={model} onEdit={onEdit} onClose={() => setDeleting(null)} />}
    </section>
  );
}
