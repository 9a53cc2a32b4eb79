/**
 * The explorer's top bar: the park's name, search, the view switch, the
 * tables, undo and redo, the library and its save status, "Save to FILE"
 * (when `symbiograph open` served the park), the team server's part (a
 * shared park's revision and "Save to server", team parks, who is signed
 * in), import, export, outputs and the language switch.
 */
import { useTranslation } from 'react-i18next';
import type { TechnologyCatalogue } from '../core/catalogue/schema.ts';
import { localize } from '../core/model/labels.ts';
import type { AnalysisState } from './analysis/useAnalysis.ts';
import { ImportDialog } from './imports/ImportDialog.tsx';
import { LanguageButton } from './i18n/LanguageButton.tsx';
import { useLanguage } from './i18n/useLanguage.ts';
import { applyImport } from './library/applyImport.ts';
import { SaveStatus } from './library/SaveStatus.tsx';
import type { ModelStore } from './library/useModelStore.ts';
import { HistoryButtons } from './model/HistoryButtons.tsx';
import type { SearchableActor } from './network/search.ts';
import { SearchBox } from './network/SearchBox.tsx';
import type { ViewKind } from './network/views.ts';
import { ViewSwitch } from './network/ViewSwitch.tsx';
import { ExportMenu } from './outputs/ExportMenu.tsx';
import { OutputsDialog } from './outputs/OutputsDialog.tsx';
import type { OpenFile } from './outputs/openFile.ts';
import { SaveToFile } from './outputs/SaveToFile.tsx';
import type { ChainRequest } from './outputs/chainRequest.ts';
import { TeamBar } from './team/TeamBar.tsx';
import type { TeamPark } from './team/useTeamPark.ts';

interface TopBarProps {
  readonly store: ModelStore;
  readonly catalogue: TechnologyCatalogue;
  /** The file `symbiograph open` served the park from (null: none): "Save to FILE". */
  readonly openFile: Promise<OpenFile | null>;
  readonly analysis: AnalysisState;
  /** The actors the search finds, listed when a search is typed. */
  readonly actors: () => readonly SearchableActor[];
  readonly view: ViewKind;
  readonly onChooseView: (view: ViewKind) => void;
  /** An actor chosen in the search: selected and brought into view. */
  readonly onSearch: (id: string) => void;
  readonly tablesOpen: boolean;
  readonly onToggleTables: () => void;
  readonly libraryOpen: boolean;
  /** The latest request to show a chain's diagram (from a finding). */
  readonly chainRequest: ChainRequest | null;
  readonly onOpenLibrary: () => void;
  /** The team server, when the page is served by one and the user is signed in. */
  readonly team: TeamPark | null;
  readonly onOpenTeam: () => void;
}

export function TopBar(props: TopBarProps) {
  const { store, catalogue, analysis } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { entry, history } = store.session;
  const model = history.present;
  const parkName = localize(model.park.name, language);
  return (
    <header className="topbar">
      <h1>
        {/* A long name is cut to keep the top bar one line: the whole name in its tooltip. */}
        <span className="park-name" title={parkName}>
          {parkName}
        </span>{' '}
        <small>{t('app.title')}</small>
      </h1>
      {/* Keyed by the open model: another park opens with an empty search, not the last park's query. */}
      <SearchBox key={props.store.session.entry.id} actors={props.actors} onChoose={props.onSearch} />
      <ViewSwitch view={props.view} onChoose={props.onChooseView} />
      <button type="button" data-testid="tables-button" aria-pressed={props.tablesOpen} onClick={props.onToggleTables}>
        {t('table.button')}
      </button>
      <HistoryButtons history={history} onUndo={store.undo} onRedo={store.redo} />
      <button
        type="button"
        data-testid="library-button"
        className="library-button"
        title={entry.name}
        aria-haspopup="dialog"
        aria-expanded={props.libraryOpen}
        onClick={props.onOpenLibrary}
      >
        {t('library.button')} · <span data-testid="open-model-name">{entry.name}</span>
      </button>
      <SaveStatus status={store.saveStatus} persistent={store.persistent} problems={store.saveProblems} />
      {props.team && <TeamBar team={props.team} name={entry.name} onOpenTeam={props.onOpenTeam} />}
      <SaveToFile openFile={props.openFile} entryOrigin={entry.origin} model={model} positions={store.positions} />
      <ImportDialog model={model} onApply={(action) => applyImport(store, action)} />
      <ExportMenu model={model} positions={store.positions} />
      <OutputsDialog model={model} catalogue={catalogue} analysis={analysis} chainRequest={props.chainRequest} />
      <LanguageButton />
    </header>
  );
}
