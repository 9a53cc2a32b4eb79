/**
 * The app: the reference park and the catalogue bundled with it, checked by
 * core validation; the model store opening the library's model (first the
 * reference park, or `?model=`), and the file behind it when `symbiograph
 * open` served it; the UI reducer; then the explorer
 * (Explorer.tsx), or the loading and error screens before it. The folders
 * beside this file are the app's domains: README.md has the map.
 */
import { useReducer } from 'react';
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

/** The reference park and the catalogue, checked once: the first model, and what "reset" and "new" start from. */
const bundled = loadPark(parkJson, catalogueJson);
const address = modelAddress(window.location.search, window.location.href);
const startOnce = bundled.ok
  ? appStarter({ reference: bundled.model, catalogueJson, address, language: () => languageOf(i18n) })
  : null;
/** The file `symbiograph open` serves the park from, when it does: asked once, beside the start. */
const openFile = discoverOpenFile(address?.ok ? address.url : null, window.location.href, (url) => fetch(url));

export function App() {
  const [ui, dispatch] = useReducer(uiReducer, undefined, initialUiState);
  if (!bundled.ok || !startOnce) {
    return <ErrorScreen source={bundled.ok ? 'model' : bundled.source} errors={bundled.ok ? [] : bundled.errors} />;
  }
  return (
    <StoredExplorer
      start={startOnce}
      reference={bundled.model}
      catalogue={bundled.catalogue}
      openFile={openFile}
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
