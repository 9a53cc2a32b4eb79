/**
 * The open model as a team park: which park and revision its edits start
 * from, saving to the server (If-Match that revision), a save refused
 * because someone saved first (409: the conflict the user settles by
 * keeping theirs, keeping mine on top, or downloading mine), the server's
 * live notices of others' saves (its event stream), the versions, and
 * opening or uploading parks. The model itself stays in the model store
 * and its library entry (the offline copy, saved by the autosave as any
 * model); what comes from the server replaces it as one undoable step, so
 * nothing the user did is lost.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { roleAtLeast, routePath, HEAD_EVENT, SAVED_EVENT } from '../../core/io/serverProtocol.ts';
import type { ParkSummary, RevisionStamp } from '../../core/io/serverProtocol.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { ModelStore } from '../library/useModelStore.ts';
import { loadTeamLinks, storeTeamLinks, withTeamLink, type TeamLink, type TeamLinks } from './teamLinks.ts';
import { parkIdOf, parkOrigin, readStamp, type TeamClient, type TeamFailure, type TeamResult } from './teamServer.ts';

export interface OpenTeamPark extends TeamLink {
  readonly entryId: string;
  readonly canSave: boolean;
}

export interface TeamPark {
  readonly client: TeamClient;
  /** The open model's park on the server, when it is one. */
  readonly open: OpenTeamPark | null;
  /** The open model differs from the revision it is based on (unknown after a reload: assumed so). */
  readonly dirty: boolean;
  readonly busy: boolean;
  /** The last save's revision, until the next edit. */
  readonly savedRevision: number | null;
  /** A save refused because the server's head moved on: who saved, and the message the save carried. */
  readonly conflict: { readonly head: RevisionStamp; readonly message: string } | null;
  /** Someone else saved a revision newer than the base. */
  readonly live: RevisionStamp | null;
  /** What the last request failed with. */
  readonly failure: TeamFailure | null;
  save(message: string): Promise<void>;
  keepMine(): Promise<void>;
  takeTheirs(): Promise<void>;
  modelToSave(): ParkModel;
  dismissLive(): void;
  dismissFailure(): void;
  openPark(park: ParkSummary): Promise<TeamResult<null>>;
  upload(message: string): Promise<TeamResult<null>>;
  openCopy(revision: number, name: string): Promise<TeamResult<null>>;
  restore(revision: number): Promise<TeamResult<null>>;
}

const ok: TeamResult<null> = { ok: true, value: null };

/** The browser library refused to keep a park the server gave (storage full, say): its problems, as a failed request's. */
function libraryFailure(problems: TeamFailure['problems']): TeamFailure {
  return { ok: false, status: 0, code: 'bad-answer', message: null, problems };
}

export function useTeamPark(client: TeamClient | null, store: ModelStore): TeamPark | null {
  const [links, setLinks] = useState<TeamLinks>(loadTeamLinks);
  const [busy, setBusy] = useState(false);
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const [conflict, setConflict] = useState<TeamPark['conflict']>(null);
  const [live, setLive] = useState<RevisionStamp | null>(null);
  const [failure, setFailure] = useState<TeamFailure | null>(null);
  /** The model at the base revision ('next': the one the store opens next, for this entry). */
  const [base, setBase] = useState<{ entryId: string; model: ParkModel | 'next' } | null>(null);
  /** Revisions this page saved: their events are not news. */
  const ownSaves = useRef(new Set<number>());

  const { entry, history } = store.session;
  const present = history.present;
  const parkId = parkIdOf(entry.origin, window.location.origin);
  const link = parkId === null ? undefined : links[entry.id];
  const open: OpenTeamPark | null =
    client && link && link.parkId === parkId
      ? { ...link, entryId: entry.id, canSave: roleAtLeast(link.role, 'editor') }
      : null;
  // The model just opened for a park is its base (derived state, set while rendering); so is a copy reopened
  // (a reload) that held no edits when it was last seen.
  if (base?.model === 'next' && base.entryId === entry.id) setBase({ entryId: entry.id, model: present });
  else if (open && base?.entryId !== entry.id && link?.edited === false) setBase({ entryId: entry.id, model: present });
  const dirty = open !== null && (base?.entryId !== entry.id || base.model !== present);

  /** Changes an entry's link (none: leaves it) and stores the record when it changed. */
  const updateLink = useCallback((entryId: string, change: (known: TeamLink | undefined) => TeamLink | undefined) => {
    setLinks((before) => {
      const next = change(before[entryId]);
      const after = next ? withTeamLink(before, entryId, next) : before;
      if (after !== before) storeTeamLinks(after);
      return after;
    });
  }, []);
  const keepLink = (entryId: string, next: TeamLink) => updateLink(entryId, () => next);

  // Whether the copy holds edits not on the server, kept with its link so a reload knows.
  const linkedEntry = open ? entry.id : null;
  useEffect(() => {
    if (linkedEntry !== null) updateLink(linkedEntry, (known) => known && { ...known, edited: dirty });
  }, [linkedEntry, dirty, updateLink]);

  const modelToSave = store.savedModel;

  const settleSaved = (revision: number, model: ParkModel) => {
    if (!open) return;
    ownSaves.current.add(revision);
    keepLink(open.entryId, { parkId: open.parkId, base: revision, role: open.role });
    setBase({ entryId: open.entryId, model });
    setSavedRevision(revision);
    setConflict(null);
    setFailure(null);
  };

  const saveOn = async (onto: number, message: string) => {
    if (!client || !open) return;
    setBusy(true);
    const sentPresent = present;
    const result = await client.savePark(open.parkId, modelToSave(), onto, message || undefined);
    setBusy(false);
    if (result.ok) return settleSaved(result.value, sentPresent);
    if (result.code === 'stale-revision' && result.head) {
      setConflict({ head: result.head, message });
      setFailure(null);
    } else setFailure(result);
  };

  /** The server's head in place of the open model, as one undoable step. */
  const loadHead = async (): Promise<TeamResult<null>> => {
    if (!client || !open) return ok;
    setBusy(true);
    const read = await client.readPark(open.parkId);
    setBusy(false);
    if (!read.ok) {
      setFailure(read);
      return read;
    }
    const committed = store.commitValidated({
      model: read.value.model,
      label: appBilingual('shared.theirsLabel', { revision: read.value.revision }),
    });
    if (!committed.ok) return ok;
    keepLink(open.entryId, { parkId: open.parkId, base: read.value.revision, role: open.role });
    setBase({ entryId: open.entryId, model: read.value.model });
    setConflict(null);
    setFailure(null);
    setLive(null);
    return ok;
  };

  // The park's event stream while it is open: who saves it, as they save.
  const heard = useEffectEvent((stamp: RevisionStamp) => {
    if (!link || stamp.revision <= link.base || ownSaves.current.has(stamp.revision)) return;
    setLive((before) => (before && before.revision >= stamp.revision ? before : stamp));
  });
  const streamedPark = client && link ? link.parkId : null;
  useEffect(() => {
    if (streamedPark === null || typeof EventSource === 'undefined') return;
    const source = new EventSource(routePath('events', { id: streamedPark }));
    const listener = (event: MessageEvent<string>) => {
      const stamp = readStamp(event.data);
      if (stamp) heard(stamp);
    };
    source.addEventListener(SAVED_EVENT, listener);
    source.addEventListener(HEAD_EVENT, listener);
    return () => source.close();
  }, [streamedPark]);

  if (!client) return null;
  const shownLive = live && open && live.revision > open.base ? live : null;
  return {
    client,
    open,
    dirty,
    busy,
    savedRevision: savedRevision !== null && open?.base === savedRevision && !dirty ? savedRevision : null,
    conflict: open ? conflict : null,
    live: shownLive,
    failure,
    save: (message) => saveOn(open?.base ?? 0, message),
    keepMine: () => (conflict ? saveOn(conflict.head.revision, conflict.message) : Promise.resolve()),
    takeTheirs: async () => void (await loadHead()),
    modelToSave,
    dismissLive: () => setLive(null),
    dismissFailure: () => setFailure(null),

    async openPark(park) {
      const origin = parkOrigin(window.location.origin, park.id);
      const listed = await store.library.list();
      const copy = listed.ok ? listed.value.entries.find((e) => e.origin === origin && links[e.id]) : undefined;
      if (copy) {
        // The offline copy, with any edits not on the server yet; the event stream says if the server moved on.
        const opened = await store.library.open(copy.id);
        if (!opened.ok) return libraryFailure(opened.problems);
        // Its base model is known when it held no edits (`edited` false), else its edits are taken as unsaved.
        keepLink(copy.id, { ...links[copy.id]!, role: park.role });
        return ok;
      }
      const read = await client.readPark(park.id);
      if (!read.ok) return read;
      const name = park.name.zh ?? park.name.en ?? park.id;
      const created = await store.library.create(name, read.value.model, origin);
      if (!created.ok) return libraryFailure(created.problems);
      keepLink(created.value.id, { parkId: park.id, base: read.value.revision, role: park.role });
      setBase({ entryId: created.value.id, model: 'next' });
      return ok;
    },

    async upload(message) {
      const model = modelToSave();
      const created = await client.createPark(model, message || undefined);
      if (!created.ok) return created;
      ownSaves.current.add(created.value.revision);
      const origin = parkOrigin(window.location.origin, created.value.id);
      const entryMade = await store.library.create(entry.name, model, origin);
      if (!entryMade.ok) return libraryFailure(entryMade.problems);
      keepLink(entryMade.value.id, { parkId: created.value.id, base: created.value.revision, role: 'owner' });
      setBase({ entryId: entryMade.value.id, model: 'next' });
      return ok;
    },

    async openCopy(revision, name) {
      if (!open) return ok;
      const read = await client.readPark(open.parkId, revision);
      if (!read.ok) return read;
      const created = await store.library.create(name, read.value.model);
      return created.ok ? ok : libraryFailure(created.problems);
    },

    async restore(revision) {
      if (!open) return ok;
      const restored = await client.restore(open.parkId, revision, open.base);
      if (!restored.ok) {
        if (restored.code === 'stale-revision' && restored.head) setConflict({ head: restored.head, message: '' });
        return restored;
      }
      ownSaves.current.add(restored.value);
      return loadHead();
    },
  };
}
