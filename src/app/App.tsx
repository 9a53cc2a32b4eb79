/**
 * The app: the reference park and the catalogue bundled with it, checked by
 * core validation; the model store opening the library's model (first the
 * reference park, or `?model=`), and the file behind it when `symbiograph
 * open` served it; when a team server (`symbiograph serve`) serves the page,
 * its sign-in page until the user is signed in; the UI reducer; then the explorer
 * (Explorer.tsx), or the loading and error screens before it. The folders
 * beside this file are the app's domains: README.md has the map.
 */
import { useEffect, useMemo, useReducer, useState } from 'react';
import catalogueJson from '../../data/technologies.json';
import parkJson from '../../data/linyi-etdz.json';
import { Explorer } from './Explorer.tsx';
import { i18n } from './i18n/index.ts';
import { languageOf } from './i18n/useLanguage.ts';
import { appStarter } from './library/appStart.ts';
import { loadPark } from './library/loadPark.ts';
import { modelAddress } from './library/modelSource.ts';
import { discoverOpenFile } from './outputs/openFile.ts';
import { useModelStore } from './library/useModelStore.ts';
import { initialUiState, uiReducer } from './network/uiState.ts';
import { ErrorScreen, LoadingScreen } from './StartScreens.tsx';
import { LoginScreen } from './team/LoginScreen.tsx';
import { detectTeamServer, teamClient, type TeamDetection, type TeamFetch } from './team/teamServer.ts';

/** The reference park and the catalogue, checked once: the first model, and what "reset" and "new" start from. */
const bundled = loadPark(parkJson, catalogueJson);
const address = modelAddress(window.location.search, window.location.href);
const startOnce = bundled.ok
  ? appStarter({ reference: bundled.model, catalogueJson, address, language: () => languageOf(i18n) })
  : null;
/** The file `symbiograph open` serves the park from, when it does: asked once, beside the start. */
const openFile = discoverOpenFile(address?.ok ? address.url : null, window.location.href, (url) => fetch(url));
const fetchSameOrigin: TeamFetch = (url, init) => fetch(url, init);
/**
 * Whether a team server (`symbiograph serve`) serves the page, and who is signed in: asked once, beside the start.
 * Not asked of `symbiograph open`, which serves no API (its 404 would be a console error for nothing).
 */
const teamDetection = openFile.then((file): Promise<TeamDetection> =>
  file ? Promise.resolve({ kind: 'none' }) : detectTeamServer(fetchSameOrigin),
);

export function App() {
  const [ui, dispatch] = useReducer(uiReducer, undefined, initialUiState);
  const [team, setTeam] = useState<TeamDetection | null>(null);
  useEffect(() => {
    let live = true;
    void teamDetection.then((found) => {
      if (live) setTeam(found);
    });
    return () => {
      live = false;
    };
  }, []);
  const client = useMemo(() => (team?.kind === 'signed-in' ? teamClient(fetchSameOrigin, team.user) : null), [team]);
  if (team === null) return <LoadingScreen />;
  if (team.kind === 'anonymous') return <LoginScreen onSignedIn={(user) => setTeam({ kind: 'signed-in', user })} />;
  if (!bundled.ok || !startOnce) {
    return <ErrorScreen source={bundled.ok ? 'model' : bundled.source} errors={bundled.ok ? [] : bundled.errors} />;
  }
  return (
    <StoredExplorer
      start={startOnce}
      reference={bundled.model}
      catalogue={bundled.catalogue}
      openFile={openFile}
      team={client}
      ui={ui}
      dispatch={dispatch}
    />
  );
}

type ExplorerProps = Parameters<typeof Explorer>[0];

interface StoredExplorerProps extends Omit<ExplorerProps, 'store'> {
  readonly start: Parameters<typeof useModelStore>[0];
}

/** The explorer once the store has opened a model; the loading and error screens before. */
function StoredExplorer({ start, ...props }: StoredExplorerProps) {
  const state = useModelStore(start, props.reference);
  if (state.status === 'loading') return <LoadingScreen />;
  if (state.status === 'failed') return <ErrorScreen source="model" errors={state.errors} />;
  return <Explorer store={state.store} {...props} />;
}
