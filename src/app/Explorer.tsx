/**
 * The explorer of one open model: the network (or the material and process
 * view) with its legend and year slider, the top bar, the inspector, the
 * evolution and the analysis beside it, and the dialogs. It wires the store
 * and the UI reducer to the domains' components; the work is theirs.
 */
import { useCallback, useEffect, useMemo, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../core/analysis/finding.ts';
import type { ProjectCandidate } from '../core/analysis/projects.ts';
import type { TechnologyCatalogue } from '../core/catalogue/schema.ts';
import { localize, stageMaterials } from '../core/model/labels.ts';
import type { ParkModel } from '../core/model/types.ts';
import { AnalysisPanel } from './analysis/AnalysisPanel.tsx';
import { EvolutionPanel } from './analysis/EvolutionPanel.tsx';
import { useAnalysis } from './analysis/useAnalysis.ts';
import { useEvolution } from './analysis/useEvolution.ts';
import { FlowForm } from './forms/FlowForm.tsx';
import { SelectionInspector } from './inspector/SelectionInspector.tsx';
import { useLanguage } from './i18n/useLanguage.ts';
import { LibraryDialog } from './library/LibraryDialog.tsx';
import { NoticeList } from './library/NoticeList.tsx';
import { TabConflictBanner } from './library/TabConflictBanner.tsx';
import type { ModelStore } from './library/useModelStore.ts';
import { useHistoryKeys } from './model/useHistoryKeys.ts';
import { usePreparedEdits } from './usePreparedEdits.ts';
import { applyThroughflow } from './network/displayGraph.ts';
import { drawPark, useDisplayGraph } from './network/useDisplayGraph.ts';
import { activeHighlight } from './network/highlight.ts';
import { findingPicture } from './network/findingPicture.ts';
import { useActorScales } from './network/useActorScales.ts';
import { ShowChainContext, type ChainRequest } from './outputs/chainRequest.ts';
import type { OpenFile } from './outputs/openFile.ts';
import { TeamBanners } from './team/TeamBanners.tsx';
import { TeamDialog } from './team/TeamDialog.tsx';
import type { TeamClient } from './team/teamServer.ts';
import { useTeamPark } from './team/useTeamPark.ts';
import { Legend } from './network/Legend.tsx';
import { NetworkView } from './network/NetworkView.tsx';
import { ParkView } from './network/ParkView.tsx';
import { addGhost, overlayNodes, projectOverlay, removeGhost } from './network/projectOverlay.ts';
import { useTestApi } from './network/testApi.ts';
import type { UiAction, UiState } from './network/uiState.ts';
import { lazyViewGraphs } from './network/viewGraphs.ts';
import { carrySelection, type ViewKind } from './network/views.ts';
import { positionsToKeep, useYearView } from './network/yearFilter.ts';
import { YearSlider } from './network/YearSlider.tsx';
import { TableView } from './tables/TableView.tsx';
import { TopBar } from './TopBar.tsx';

interface ExplorerProps {
  readonly store: ModelStore;
  /** The bundled reference park: what a new model starts from. */
  readonly reference: ParkModel;
  readonly catalogue: TechnologyCatalogue;
  /** The file `symbiograph open` served the park from, once known (null: none); the top bar offers to save to it. */
  readonly openFile: Promise<OpenFile | null>;
  /** The team server the page is served by, signed in (null: none). */
  readonly team: TeamClient | null;
  readonly ui: UiState;
  readonly dispatch: Dispatch<UiAction>;
}

export function Explorer({ store, reference, catalogue, openFile, team: teamClient, ui, dispatch }: ExplorerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { entry, history } = store.session;
  const model = history.present;
  const { positions, keepPositions: storePositions } = store;
  // Drawn once per model opened, then patched by each edit (useDisplayGraph.ts).
  const drawn = useDisplayGraph(model, entry.id, positions);
  usePreparedEdits(model);
  const wholeGraph = drawn.graph;
  // The year slider's view: the park as of a year, or the whole park (`graph` is what the network draws).
  const yearView = useYearView(model, wholeGraph, positions, entry.id, drawPark);
  const graph = yearView.graph;
  // What the memos below read of the graph's contents changes with each patch, not only with a new graph:
  // they read it through `shown`, which is new after each.
  const revision = graph === wholeGraph ? drawn.revision : 0;
  const shown = useMemo(() => ({ graph, revision }), [graph, revision]);
  // Saved with the model, not as an undo step; after "cluster layout" the graph holds that layout, kept the same way.
  const keepPositions = useCallback(
    () => storePositions(positionsToKeep(graph, wholeGraph, positions())),
    [graph, wholeGraph, positions, storePositions],
  );
  const [libraryOpen, setLibraryOpen] = useState(false);
  const closeLibrary = useCallback(() => setLibraryOpen(false), []);
  const [teamOpen, setTeamOpen] = useState(false);
  const team = useTeamPark(teamClient, store);
  const [chainRequest, setChainRequest] = useState<ChainRequest | null>(null);
  const showChain = useCallback(
    (chain: string) => setChainRequest((before) => ({ chain, token: (before?.token ?? 0) + 1 })),
    [],
  );
  const [tablesOpen, setTablesOpen] = useState(false);
  // A flow drawn on the network, waiting in the flow form for its material and quantity.
  const [drawnFlow, setDrawnFlow] = useState<{ from: string; to: string } | null>(null);
  const drawFlow = useCallback((from: string, to: string) => setDrawnFlow({ from, to }), []);
  useHistoryKeys(!libraryOpen && !teamOpen, store.undo, store.redo);
  // Another model: what was selected or highlighted belongs to the one before.
  useEffect(() => dispatch({ type: 'clear' }), [entry.id, dispatch]);
  // Built on first use: at 100 000 flows each takes over a second the user may never need.
  const viewGraphs = useMemo(() => lazyViewGraphs(model), [model]);
  const chooseView = (view: ViewKind) => {
    const target = view === 'exchange' ? graph : viewGraphs.get(view);
    dispatch({
      type: 'set-view',
      view,
      selected: carrySelection(ui.selected, ui.view, view, (k) => target.hasNode(k)),
    });
  };
  const [selfLoops, setSelfLoops] = useState(false);
  const analysis = useAnalysis(model, catalogue, { selfLoops });
  const evolution = useEvolution(model, selfLoops);
  // A stable object while the filters are unchanged, so the views refresh only when they change.
  const viewFilterState = useMemo(
    () => ({
      hiddenCategories: ui.hiddenCategories,
      hiddenClusters: ui.hiddenClusters,
      hiddenStatuses: ui.hiddenStatuses,
      minTonnes: ui.minTonnes,
      showBoundary: ui.showBoundary,
    }),
    [ui.hiddenCategories, ui.hiddenClusters, ui.hiddenStatuses, ui.minTonnes, ui.showBoundary],
  );
  const findings = useMemo(() => (analysis.status === 'done' ? analysis.analysis.findings : []), [analysis]);

  useEffect(() => {
    const network = analysis.status === 'done' ? analysis.analysis.network : undefined;
    // The whole park's figures size the whole park's actors; a year's graph has its own from core.
    if (network) applyThroughflow(wholeGraph, network.actors);
  }, [analysis, wholeGraph]);

  const candidates = useMemo(
    () => (analysis.status === 'done' ? (analysis.analysis.projects?.candidates ?? []) : []),
    [analysis],
  );
  const candidate = candidates.find((c) => c.technology === ui.project);
  const overlay = useMemo(
    () => (candidate ? projectOverlay(model, catalogue, candidate) : null),
    [model, catalogue, candidate],
  );
  useEffect(() => {
    if (!overlay) return;
    const ghost = addGhost(graph, overlay);
    return () => removeGhost(graph, ghost);
  }, [graph, overlay]);

  const scales = useActorScales(graph, ui.sizeBy, ui.colourBy, analysis, model.enterprises);
  const finding = findings.find((f) => f.id === ui.finding);
  const picture = useMemo(() => (finding ? findingPicture(shown.graph, finding) : undefined), [shown, finding]);
  const findingDrawing = useMemo(() => {
    if (!picture) return null;
    const stage = picture.missingStage;
    const materials = new Map(model.materials.map((m) => [m.id, m.name]));
    const names = (ids: readonly string[]) => stageMaterials(ids, (id) => localize(materials.get(id), language) || id);
    return {
      proposedLinks: picture.proposedLinks,
      missingStage: stage
        ? {
            ...stage,
            near: [...picture.highlight.nodes],
            label: t('network.missingStage', { from: names(stage.from), to: names(stage.to) }),
          }
        : null,
    };
  }, [picture, model, language, t]);
  const projectActors = useMemo(() => (overlay ? overlayNodes(overlay) : undefined), [overlay]);
  const highlight = useMemo(
    () =>
      activeHighlight(shown.graph, {
        selected: ui.selected,
        finding: picture?.highlight,
        project: projectActors,
        flow:
          ui.flow !== null && shown.graph.hasEdge(ui.flow)
            ? { id: ui.flow, source: shown.graph.source(ui.flow), target: shown.graph.target(ui.flow) }
            : undefined,
      }),
    [shown, ui.selected, ui.flow, picture, projectActors],
  );
  const snapshot = useMemo(
    () => ({
      selected: ui.selected,
      language,
      highlighted: {
        finding: finding?.id ?? null,
        nodes: [...(picture?.highlight.nodes ?? [])],
        edges: [...(picture?.highlight.edges ?? [])],
      },
      project: overlay
        ? {
            technology: overlay.technology,
            ghost: overlay.enterprise.id,
            flows: overlay.flows.map((f) => f.id),
            planned: overlay.flows.map((f) => ({ id: f.id, from: f.from, to: f.to })),
          }
        : null,
    }),
    [ui.selected, language, finding, picture, overlay],
  );
  useTestApi(snapshot);

  const actors = useCallback(() => shown.graph.mapNodes((id, a) => ({ id, name: a.actor.name })), [shown]);
  const toggleFinding = useCallback(
    (f: Finding) => dispatch({ type: 'highlight-finding', finding: f.id, nodes: findingPicture(graph, f).focus }),
    [dispatch, graph],
  );
  const toggleProject = useCallback(
    (c: ProjectCandidate) => dispatch({ type: 'show-project', project: c.technology, nodes: c.partners }),
    [dispatch],
  );

  return (
    <ShowChainContext.Provider value={showChain}>
      <div className="explorer">
        <TopBar
          store={store}
          catalogue={catalogue}
          openFile={openFile}
          analysis={analysis}
          actors={actors}
          view={ui.view}
          onChooseView={chooseView}
          onSearch={(id) => dispatch({ type: 'select', node: id, focus: true })}
          tablesOpen={tablesOpen}
          onToggleTables={() => setTablesOpen((open) => !open)}
          libraryOpen={libraryOpen}
          chainRequest={chainRequest}
          onOpenLibrary={() => setLibraryOpen(true)}
          team={team}
          onOpenTeam={() => setTeamOpen(true)}
        />
        <div className="explorer-notices">
          <TabConflictBanner conflict={store.conflict} name={entry.name} actions={store.resolveConflict} />
          {team && <TeamBanners team={team} name={entry.name} />}
          <NoticeList notices={store.notices} onDismiss={store.dismissNotice} />
        </div>
        <LibraryDialog
          open={libraryOpen}
          actions={store.library}
          currentId={entry.id}
          defaultName={localize(reference.park.name, language)}
          persistent={store.persistent}
          changes={store.libraryChanges}
          onReset={store.resetToReference}
          onClose={closeLibrary}
        />
        {team && <TeamDialog open={teamOpen} team={team} name={entry.name} onClose={() => setTeamOpen(false)} />}
        {tablesOpen && <TableView model={model} onEdit={store.commit} onClose={() => setTablesOpen(false)} />}
        {drawnFlow && (
          <FlowForm
            key={`${drawnFlow.from}→${drawnFlow.to}`}
            model={model}
            editing={null}
            ends={drawnFlow}
            onEdit={store.commit}
            onClose={() => setDrawnFlow(null)}
          />
        )}
        <Legend model={model} graph={graph} ui={ui} scales={scales} dispatch={dispatch} />
        {ui.view === 'exchange' ? (
          <NetworkView
            model={model}
            graph={graph}
            patch={graph === wholeGraph ? drawn.patch : null}
            revision={revision}
            ui={ui}
            highlight={highlight}
            overlay={overlay}
            findingDrawing={findingDrawing}
            scales={scales}
            dispatch={dispatch}
            onPositionsChanged={keepPositions}
            onDrawFlow={drawFlow}
          />
        ) : (
          <ParkView
            key={ui.view}
            graph={viewGraphs.get(ui.view)}
            filters={viewFilterState}
            label={t(`view.${ui.view}`)}
            selected={ui.selected}
            dispatch={dispatch}
          />
        )}
        {ui.view === 'exchange' && yearView.years.length > 0 && (
          <YearSlider
            years={yearView.years}
            year={yearView.year}
            onChange={yearView.setYear}
            shown={{
              enterprises: graph.filterNodes((_id, a) => a.actor.kind === 'enterprise' && !a.ghost).length,
              flows: graph.size,
            }}
          />
        )}
        <div className="side">
          <SelectionInspector
            view={ui.view}
            flow={ui.flow}
            network={analysis.status === 'done' ? analysis.analysis.network : undefined}
            model={model}
            graph={graph}
            project={overlay}
            selected={ui.selected}
            findings={findings}
            highlighted={ui.finding}
            onClose={() => dispatch({ type: 'select', node: null })}
            onToggleFinding={toggleFinding}
            onEdit={store.commit}
          />
          <EvolutionPanel model={model} state={evolution} year={yearView.year} onYear={yearView.setYear} />
          <AnalysisPanel
            model={model}
            analysis={analysis}
            highlighted={ui.finding}
            onToggle={toggleFinding}
            onClear={() => dispatch({ type: 'highlight-finding', finding: null })}
            shownProject={overlay ? ui.project : null}
            onToggleProject={toggleProject}
            selfLoops={selfLoops}
            onSelfLoops={setSelfLoops}
          />
        </div>
      </div>
    </ShowChainContext.Provider>
  );
}
