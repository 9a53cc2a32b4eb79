/**
 * The app's texts worded outside React: one language with appMessage, both at once with appBilingual (undo-step
 * labels, problems), whatever language the UI shows, from the same i18next resources the components read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appBilingual, appMessage, i18n } from '../../../src/app/i18n/appMessage.ts';
import { message } from '../../../src/core/text/message.ts';

afterEach(async () => {
  await i18n.changeLanguage('zh');
});

describe('appMessage and appBilingual', () => {
  it('fill placeholders and nest core entries in each language', () => {
    expect(appBilingual('step.deleteEnterpriseWithFlows', { name: 'A', count: 3 })).toEqual({
      zh: '删除企业“A”及其 3 条物质流',
      en: 'Delete enterprise “A” and its 3 flows',
    });
    expect(appMessage('en', 'fieldProblem.numberMissing')).toBe('enter a number');
  });

  it('ask for params once per language when they are words', () => {
    const label = appBilingual('step.deleteItem', (language) => ({
      kind: message(language, 'label:kind_chain'),
      name: language === 'zh' ? '链' : 'chain one',
    }));
    expect(label).toEqual({ zh: '删除产业链模板“链”', en: 'Delete chain template “chain one”' });
  });

  it('do not follow the UI language', async () => {
    await i18n.changeLanguage('en');
    expect(appMessage('zh', 'step.reset')).toBe('恢复为参考园区');
    expect(appBilingual('step.import', { file: 'a.json' })).toEqual({ zh: '导入 a.json', en: 'Import a.json' });
  });
});
