/**
 * Until the network explorer lands (its own issue), the app loads the
 * reference park through the same core validation as the CLI and shows
 * its summary, so `npm start` already opens a real, checked model.
 */
import { useState } from 'react';
import referencePark from '../../data/linyi-etdz.json';
import { summarizePark } from '../core/analysis/summary.ts';
import { CATEGORY_LABELS, localize } from '../core/model/labels.ts';
import { formatProblem } from '../core/model/problems.ts';
import type { Language } from '../core/model/types.ts';
import { validateModel } from '../core/model/validate.ts';

const loaded = validateModel(referencePark);

export function App() {
  const [language, setLanguage] = useState<Language>('zh');
  const other: Language = language === 'zh' ? 'en' : 'zh';
  if (!loaded.ok) {
    return (
      <main role="alert">
        <h1>{language === 'zh' ? '无法加载园区模型' : 'The park model cannot be loaded'}</h1>
        <ul>
          {loaded.errors.map((p, i) => (
            <li key={i}>{formatProblem(p, language)}</li>
          ))}
        </ul>
      </main>
    );
  }
  const summary = summarizePark(loaded.model);
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  return (
    <main style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', margin: '2rem' }}>
      <button type="button" onClick={() => setLanguage(other)}>
        {other === 'zh' ? '中文' : 'English'}
      </button>
      <h1>{localize(summary.park.name, language)}</h1>
      <p>
        {language === 'zh'
          ? `${summary.counts.enterprises} 家企业 · ${summary.counts.flows} 条物质流 · ${summary.counts.chains} 条产业链`
          : `${summary.counts.enterprises} enterprises · ${summary.counts.flows} flows · ${summary.counts.chains} chains`}
      </p>
      <table>
        <thead>
          <tr>
            <th>{language === 'zh' ? '物料类别' : 'Category'}</th>
            <th>{language === 'zh' ? '流数' : 'Flows'}</th>
            <th>{language === 'zh' ? '质量 (t/a)' : 'Mass (t/a)'}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(summary.byCategory).map(([category, totals]) => (
            <tr key={category}>
              <td>{CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS][language]}</td>
              <td>{number.format(totals.flows)}</td>
              <td>{totals.totals.mass === undefined ? '–' : number.format(totals.totals.mass)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
