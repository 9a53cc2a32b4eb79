/**
 * The words around an exported network picture: the title (the park in the
 * UI language), the subtitle (which part of the park and which filters the
 * picture shows, so a slide cannot pass a filtered picture off as the whole
 * park), the date line and the source line (the model's cited sources, the
 * park model and "Symbiograph"). Pure, so tests read the texts in Node.
 */
import { CATEGORY_LABELS, FLOW_STATUS_LABELS, localize, sourceTitle } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { listNames, namesAndOthers } from '../../core/text/lists.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { Filters } from './filters.ts';
import type { NetworkScope } from './networkExport.ts';

/** At most this many source titles are named; the rest are counted. */
const SOURCES_SHOWN = 3;

export interface NetworkCaption {
  readonly title: string;
  readonly subtitle: string;
  readonly dateLine: string;
  readonly sourceLine: string;
}

export function networkCaption(
  model: ParkModel,
  filters: Filters,
  scope: NetworkScope,
  language: Language,
  date: string,
): NetworkCaption {
  const park = parkName(model, language);
  return {
    title: appMessage(language, 'export.network.title', { park }),
    subtitle: [appMessage(language, `export.network.scope.${scope}`), ...filterNotes(model, filters, language)].join(
      appMessage(language, 'export.network.separator'),
    ),
    dateLine: appMessage(language, 'export.network.date', { date }),
    sourceLine: sourceLine(model, language),
  };
}

function parkName(model: ParkModel, language: Language): string {
  return localize(model.park.name, language) || model.park.id;
}

/** One phrase per filter that leaves something out; none when the picture shows everything. */
function filterNotes(model: ParkModel, filters: Filters, language: Language): string[] {
  const notes: string[] = [];
  const clusters = model.clusters
    .filter((c) => filters.hiddenClusters.has(c.id))
    .map((c) => localize(c.name, language) || c.id);
  if (clusters.length > 0)
    notes.push(appMessage(language, 'export.network.hiddenClusters', { names: listNames(clusters, language) }));
  const categories = [...filters.hiddenCategories].map((c) => CATEGORY_LABELS[c][language]);
  if (categories.length > 0)
    notes.push(appMessage(language, 'export.network.hiddenCategories', { names: listNames(categories, language) }));
  const statuses = [...filters.hiddenStatuses].map((s) => FLOW_STATUS_LABELS[s][language]);
  if (statuses.length > 0)
    notes.push(appMessage(language, 'export.network.hiddenStatuses', { names: listNames(statuses, language) }));
  if (filters.minTonnes > 0)
    notes.push(
      appMessage(language, 'export.network.minTonnes', {
        tonnes: filters.minTonnes.toLocaleString(language === 'zh' ? 'zh-CN' : 'en'),
      }),
    );
  if (!filters.showBoundary) notes.push(appMessage(language, 'export.network.noBoundary'));
  return notes;
}

/**
 * "Source: <the model's sources>; <park> park model (<id>), reference year
 * <year> · Symbiograph", each source's title in the UI's language (`sourceTitle`).
 */
export function sourceLine(model: ParkModel, language: Language): string {
  const titles = (model.park.sources ?? []).map((s) => sourceTitle(s.title, language));
  const params = {
    park: parkName(model, language),
    id: model.park.id,
    year: model.park.referenceYear,
    sources: namesAndOthers(titles, SOURCES_SHOWN, language),
  };
  const estimated = model.flows.some((f) => f.estimated === true);
  return [
    appMessage(language, titles.length > 0 ? 'export.network.sourceCited' : 'export.network.source', params),
    estimated ? appMessage(language, 'export.network.estimates') : '',
    appMessage(language, 'export.network.madeWith'),
  ].join('');
}
