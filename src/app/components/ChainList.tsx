/** The table view's fourth tab: the chain templates, each with its stages and their alternatives. */
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';

interface ChainListProps {
  readonly model: ParkModel;
  readonly language: Language;
}

export function ChainList({ model, language }: ChainListProps) {
  const { t } = useTranslation();
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
                    <li key={i}>{stage.materials.map(material).join(' / ')}</li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
