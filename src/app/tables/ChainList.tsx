/** The table view's fourth tab: the chain templates, each with its stages and their alternatives, to edit or delete. */
import { useTranslation } from 'react-i18next';
import { localize, stageMaterials } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ChainListProps {
  readonly model: ParkModel;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

export function ChainList({ model, onEdit, onDelete }: ChainListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (model.chains.length === 0) return <p className="note">{t('forms.chain.none')}</p>;
  const material = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;
  const cluster = (id: string) => localize(model.clusters.find((c) => c.id === id)?.name, language) || id;
  return (
    <div className="chain-list">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('table.column.id')}</th>
            <th scope="col">{t('table.column.nameZh')}</th>
            <th scope="col">{t('table.column.nameEn')}</th>
            <th scope="col">{t('table.column.cluster')}</th>
            <th scope="col">{t('table.column.stages')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {model.chains.map((chain) => (
            <tr key={chain.id} data-testid="chain-row" data-row-id={chain.id}>
              <td>{chain.id}</td>
              <td lang="zh-CN">{chain.name.zh ?? ''}</td>
              <td lang="en">{chain.name.en ?? ''}</td>
              <td>{cluster(chain.cluster)}</td>
              <td>
                <ol>
                  {chain.stages.map((stage, i) => (
                    <li key={i}>
                      {stage.name && <strong>{localize(stage.name, language)}: </strong>}
                      {stageMaterials(stage.materials, material)}
                    </li>
                  ))}
                </ol>
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  data-testid="edit-chain"
                  aria-haspopup="dialog"
                  aria-label={t('table.editRow', { id: chain.id })}
                  onClick={() => onEdit(chain.id)}
                >
                  {t('table.edit')}
                </button>
                <button
                  type="button"
                  data-testid="delete-chain"
                  aria-label={t('table.deleteRow', { id: chain.id })}
                  onClick={() => onDelete(chain.id)}
                >
                  {t('table.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
