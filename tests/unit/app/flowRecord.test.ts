// @vitest-environment jsdom
/**
 * What the flow inspector and the flow form make of an exchange list's
 * flow: describeFlow resolves the cited source (a link only for a web
 * address), the inspector shows years, source, note and attributes as text,
 * and the form saves start and end years with the table's rules.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FlowForm } from '../../../src/app/forms/FlowForm.tsx';
import { FlowInspector } from '../../../src/app/inspector/InspectorDetails.tsx';
import { i18n } from '../../../src/app/i18n/index.ts';
import { problemsAt } from '../../../src/app/forms/formCheck.ts';
import { createHistory, type CommitResult } from '../../../src/app/model/history.ts';
import { commitEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import { describeFlow, webLink } from '../../../src/app/inspector/inspectTargets.ts';
import { flowDraft } from '../../../src/app/forms/itemDrafts.ts';
import { saveFlow } from '../../../src/app/forms/itemForms.ts';
import type { Language, ParkModel } from '../../../src/core/model/types.ts';
import { exchangeList } from './exchangeListFixture.ts';

const list = exchangeList();
const [steam, water, gypsum] = list.flows;

/** The list with its first source given an address. */
function withUrl(url: string): ParkModel {
  const [first, ...rest] = list.park.sources!;
  return { ...list, park: { ...list.park, sources: [{ ...first!, url, note: 'library copy' }, ...rest] } };
}

afterEach(cleanup);

describe('describeFlow', () => {
  it('resolves the source a flow cites, with its web address as a link', () => {
    const details = describeFlow(withUrl('https://example.org/book-a?p=100'), [], steam!.id)!;
    expect(details.source).toEqual({
      id: steam!.source,
      title: 'Book A, ch. 3, case study, pp. 100 and 103',
      href: 'https://example.org/book-a?p=100',
      note: 'library copy',
    });
    expect(details.attributes).toEqual([
      ['page', 100],
      ['contact', 'Jacobsen 2006'],
    ]);
    expect(describeFlow(list, [], water!.id)!.source).toEqual({ id: water!.source, title: 'Book B' });
    expect(describeFlow(list, [], gypsum!.id)).toMatchObject({ source: null, attributes: [] });
  });

  it('links nothing but http and https, and shows a source the park does not list by its id', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'example.org', ' ']) {
      expect(webLink(url), url).toBeUndefined();
      expect(describeFlow(withUrl(url), [], steam!.id)!.source!.href).toBeUndefined();
    }
    expect(webLink(' HTTP://Example.org/a ')).toBe('http://example.org/a');
    const unlisted = { ...list, park: { ...list.park, sources: [] } };
    expect(describeFlow(unlisted, [], steam!.id)!.source).toEqual({ id: steam!.source, title: steam!.source });
  });
});

describe('the flow inspector', () => {
  const show = async (model: ParkModel, id: string, language: Language) => {
    await i18n.changeLanguage(language);
    render(
      createElement(FlowInspector, {
        details: describeFlow(model, [], id)!,
        nameOf: (actor: string) => actor,
        findings: [],
        highlighted: null,
        onToggleFinding: () => undefined,
        onClose: () => undefined,
      }),
    );
  };

  it('shows the years, the source as a safe link, the note and every attribute', async () => {
    await show(withUrl('https://example.org/book-a'), steam!.id, 'zh');
    expect(screen.getByTestId('flow-years').textContent).toBe('1982 年起');
    const link = screen.getByTestId('flow-source').querySelector('a')!;
    expect(link.textContent).toBe('Book A, ch. 3, case study, pp. 100 and 103');
    expect(link.getAttribute('href')).toBe('https://example.org/book-a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByTestId('flow-note').textContent).toBe('piped since the 80s');
    expect(
      screen.getAllByTestId('flow-attribute').map((dd) => [dd.previousSibling!.textContent, dd.textContent]),
    ).toEqual([
      ['page', '100'],
      ['contact', 'Jacobsen 2006'],
    ]);
  });

  it('writes user text as text, never as markup, and a source without a web address as plain text', async () => {
    const hostile = {
      ...withUrl('javascript:alert(1)'),
      flows: list.flows.map((f) =>
        f === steam ? { ...f, note: '<img src=x onerror=alert(1)>', attributes: { '<b>page</b>': '<i>1</i>' } } : f,
      ),
    };
    await show(hostile, steam!.id, 'en');
    expect(screen.getByTestId('flow-source').querySelector('a')).toBeNull();
    expect(screen.getByTestId('flow-note').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('inspector').querySelector('img, b, i')).toBeNull();
    expect(screen.getByTestId('flow-attribute').textContent).toBe('<i>1</i>');
  });

  it('gives a source titled in both languages ("中文 / English") in the language shown', async () => {
    const [first, ...rest] = list.park.sources!;
    const bilingual = {
      ...list,
      park: { ...list.park, sources: [{ ...first!, title: 'A 书 / Book A' }, ...rest] },
    };
    await show(bilingual, steam!.id, 'zh');
    expect(screen.getByTestId('flow-source').textContent).toBe('A 书');
    cleanup();
    await show(bilingual, steam!.id, 'en');
    expect(screen.getByTestId('flow-source').textContent).toBe('Book A');
  });

  it('reads a range and an end alone in both languages, and shows no years when there are none', async () => {
    await show(list, water!.id, 'en');
    expect(screen.getByTestId('flow-years').textContent).toBe('1987–1995');
    cleanup();
    const ended = { ...list, flows: list.flows.map((f) => (f === water ? { ...f, startYear: undefined } : f)) };
    await show(ended, water!.id, 'zh');
    expect(screen.getByTestId('flow-years').textContent).toBe('1995 年止');
    cleanup();
    await show(ended, water!.id, 'en');
    expect(screen.getByTestId('flow-years').textContent).toBe('ended 1995');
    cleanup();
    await show(list, gypsum!.id, 'en');
    expect(screen.queryByTestId('flow-years')).toBeNull();
    expect(screen.queryByTestId('flow-source')).toBeNull();
  });
});

describe('the flow form', () => {
  it('opens on the flow’s years and saves them, keeping its source, note and attributes', () => {
    const draft = flowDraft(steam!);
    expect(draft).toMatchObject({ quantity: '', startYear: '1982', endYear: '' });
    const check = saveFlow(list, { ...draft, startYear: '1983', endYear: '1999' }, steam!.id);
    const saved = check.preview!.flows[0]!;
    expect(saved).toMatchObject({ startYear: 1983, endYear: 1999, source: steam!.source, note: steam!.note });
    expect(saved.attributes).toEqual(steam!.attributes);
    expect('quantity' in saved).toBe(false);
    const cleared = saveFlow(list, { ...draft, startYear: ' ' }, steam!.id).preview!.flows[0]!;
    expect('startYear' in cleared).toBe(false);
  });

  it('refuses a year that is not one, and an end before the start, at their fields', () => {
    const draft = flowDraft(water!);
    const fraction = saveFlow(list, { ...draft, startYear: '1987.5' }, water!.id);
    expect(fraction.edit).toBeNull();
    expect(fraction.unchanged).toBe(false);
    expect(problemsAt(fraction.errors, 'startYear').map((p) => p.code)).toEqual(['not-a-year']);
    const early = saveFlow(list, { ...draft, endYear: '1980' }, water!.id);
    expect(early.edit).toBeNull();
    expect(problemsAt(early.errors, 'endYear').map((p) => p.code)).toEqual(['end-before-start']);
  });

  it('has start and end year fields that show a refusal at the field and save a structural exchange', async () => {
    await i18n.changeLanguage('en');
    // As the store does: core applies the edit's change set to the present.
    const edits: (ModelEdit & { model: ParkModel })[] = [];
    const onEdit = (edit: ModelEdit): CommitResult => {
      const result = commitEdit(createHistory(list), edit);
      if (result.ok) edits.push({ ...edit, model: result.history.present });
      return result;
    };
    render(createElement(FlowForm, { model: list, editing: water!.id, onEdit, onClose: () => undefined }));
    const form = screen.getByTestId('flow-form');
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[data-testid="field-${name}"]`)!;
    expect([field('quantity').value, field('startYear').value, field('endYear').value]).toEqual([
      '700000',
      '1987',
      '1995',
    ]);
    fireEvent.change(field('endYear'), { target: { value: '19' } });
    expect(form.querySelector('[data-testid="error-endYear"]')!.textContent).toBe(
      'a year must be a whole number from 1900 to 2200 (got "19")',
    );
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits).toHaveLength(0);
    fireEvent.change(field('endYear'), { target: { value: '' } });
    fireEvent.change(field('quantity'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('form-save'));
    expect(edits).toHaveLength(1);
    const saved = edits[0]!.model.flows[1]!;
    expect(saved).toMatchObject({ startYear: 1987, unit: 'm3/a', source: water!.source });
    expect('endYear' in saved || 'quantity' in saved).toBe(false);
  });
});
