import { useEffect, useState, type ReactNode } from 'react';
import type { Node } from 'prosemirror-model';
import type { Person } from '../../../shared/document/fileSchema';
import { loadVersion } from '../../../shared/versions';
import { CompareView, type CompareSide } from '../../components/compare/CompareView';
import type { VersionActions } from '../../components/Toolbar';
import { useStore } from '../../components/useStore';
import { UNKNOWN_AUTHOR, type DocumentSession } from '../../session/documentSession';
import { RestoreDialog } from './RestoreDialog';
import { SaveVersionDialog } from './SaveVersionDialog';
import { compareOrder, versionLabel } from './versionEntries';
import { VersionsPanel } from './VersionsPanel';
import { VersionViewer } from './VersionViewer';

/** What the page shows: the draft (the editor), a saved version, or a comparison. */
type Mode =
  | { kind: 'draft' }
  | { kind: 'version'; id: string; label: string; doc: Node }
  | { kind: 'compare'; from: CompareSide; to: CompareSide; author: Person; time: string };

type Asking = null | { kind: 'save' } | { kind: 'restore'; id: string; label: string };

interface UiState {
  /** The session this state belongs to; another session starts from the draft again. */
  session: DocumentSession;
  panel: boolean;
  mode: Mode;
  asking: Asking;
  error: string | null;
  notice: string | null;
}

/** The pieces of the versions feature the editor screen places. */
export interface VersionsUi {
  toolbar: VersionActions;
  /** Shown instead of the page while a version or a comparison is open; null for the draft. */
  main: ReactNode;
  /** The Versions side panel, while open. */
  side: ReactNode;
  /** Dialogs and the announcement of what was just done. */
  overlay: ReactNode;
}

/** How long "Version saved" stays on screen. */
const NOTICE_MS = 5_000;

const DRAFT: Mode = { kind: 'draft' };

/**
 * The versions feature for one session: "Save version" and "Versions" in the toolbar, the
 * panel, a version open read-only, a comparison, and the restore and save dialogs. The editor
 * stays mounted (hidden) while a version or comparison is shown, so the draft is never touched.
 */
export function useVersionsUi(session: DocumentSession, identity: Person | null): VersionsUi {
  const initial = (): UiState => ({
    session,
    panel: false,
    mode: DRAFT,
    asking: null,
    error: null,
    notice: null,
  });
  const [stored, setStored] = useState<UiState>(initial);
  const ui = stored.session === session ? stored : initial();
  const set = (patch: Partial<UiState>) => setStored({ ...ui, ...patch });
  const { readOnly, versions } = useStore(session, (s) => s.state);
  // A new file object whenever a version was added or the document saved (state changes too).
  const file = session.versionsFile();

  useEffect(() => {
    if (!ui.notice) return;
    const timer = setTimeout(
      () => setStored((s) => (s.notice === ui.notice ? { ...s, notice: null } : s)),
      NOTICE_MS,
    );
    return () => clearTimeout(timer);
  }, [ui.notice]);

  const load = (id: string) => {
    const version = file.versions.list.find((v) => v.id === id);
    const doc = loadVersion(file, id);
    if (!version || !doc.ok) {
      set({
        panel: true,
        error: doc.ok ? 'That version is no longer in the document.' : doc.error.message,
      });
      return null;
    }
    return { version, doc: doc.value, label: versionLabel(version) };
  };

  const open = (id: string) => {
    const loaded = load(id);
    if (loaded)
      set({ mode: { kind: 'version', id, label: loaded.label, doc: loaded.doc }, error: null });
  };

  const compare = (a: string, b: string | null) => {
    const order = compareOrder(file.versions.list, a, b);
    const from = load(order.from);
    if (!from) return;
    const fromSide = { label: from.label, doc: from.doc };
    if (order.to === null) {
      const to = { label: 'the current draft', doc: session.currentDoc() };
      const author = identity ?? UNKNOWN_AUTHOR;
      set({
        mode: { kind: 'compare', from: fromSide, to, author, time: new Date().toISOString() },
        error: null,
      });
      return;
    }
    const to = load(order.to);
    if (!to) return;
    set({
      mode: {
        kind: 'compare',
        from: fromSide,
        to: { label: to.label, doc: to.doc },
        author: to.version.author,
        time: to.version.time,
      },
      error: null,
    });
  };

  const saveVersion = async (name: string, note: string) => {
    setStored({ ...ui, asking: null });
    const saved = await session.saveVersion(name, note);
    const kept = saved.written ? '' : ' Save the document to keep it.';
    setStored((s) => ({ ...s, notice: `Version “${name}” saved.${kept}` }));
  };

  const restore = async (id: string, label: string) => {
    setStored({ ...ui, asking: null });
    const restored = await session.restoreVersion(id);
    setStored((s) =>
      restored.ok
        ? {
            ...s,
            mode: DRAFT,
            error: null,
            notice: `Version ${label} restored. The draft as it was is kept as the version “${restored.value.saved.name}”.`,
          }
        : { ...s, panel: true, error: restored.error.message },
    );
  };

  const askRestore = (id: string) => {
    const version = file.versions.list.find((v) => v.id === id);
    if (version) set({ asking: { kind: 'restore', id, label: versionLabel(version) } });
  };

  const { mode } = ui;
  const main =
    mode.kind === 'version' ? (
      <VersionViewer
        label={mode.label}
        doc={mode.doc}
        canRestore={!readOnly}
        onBack={() => set({ mode: DRAFT })}
        onRestore={() => askRestore(mode.id)}
      />
    ) : mode.kind === 'compare' ? (
      <CompareView
        from={mode.from}
        to={mode.to}
        author={mode.author}
        time={mode.time}
        onClose={() => set({ mode: DRAFT })}
      />
    ) : null;

  // The comparison needs the width; the panel comes back when it is closed.
  const side =
    ui.panel && mode.kind !== 'compare' ? (
      <VersionsPanel
        file={file}
        readOnly={readOnly}
        openId={mode.kind === 'version' ? mode.id : null}
        error={ui.error}
        onOpen={open}
        onRestore={askRestore}
        onCompare={compare}
        onClose={() => set({ panel: false, error: null })}
      />
    ) : null;

  const { asking } = ui;
  const overlay = (
    <>
      {asking?.kind === 'save' && (
        <SaveVersionDialog
          suggested={`Version ${versions.length + 1}`}
          onSubmit={(name, note) => void saveVersion(name, note)}
          onCancel={() => set({ asking: null })}
        />
      )}
      {asking?.kind === 'restore' && (
        <RestoreDialog
          label={asking.label}
          onRestore={() => void restore(asking.id, asking.label)}
          onCancel={() => set({ asking: null })}
        />
      )}
      <p className="versions-notice" role="status">
        {ui.notice ?? ''}
      </p>
    </>
  );

  return {
    toolbar: {
      open: ui.panel,
      save: () => set({ asking: { kind: 'save' } }),
      toggle: () => set({ panel: !ui.panel, error: null }),
    },
    main,
    side,
    overlay,
  };
}
