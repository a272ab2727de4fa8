// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusBar } from '../../../../renderer/components/StatusBar';
import { TrackChangesTools } from '../../../../renderer/components/TrackChangesTools';
import { LOCKED_REASON, setTracking } from '../../../../renderer/components/trackChangesToggle';
import type { SessionState } from '../../../../renderer/session/documentSession';
import { EditorBridge } from '../../../../renderer/session/editorBridge';
import {
  isTrackChangesKey,
  trackChangesFor,
  useChangesUi,
} from '../../../../renderer/panels/changes/useChangesUi';
import { click, getByRole, press, render } from '../components/render';
import { docTitled, FakeHandle } from '../session/fakes';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const STATE: SessionState = {
  path: '/lib/plan.accord',
  name: 'plan.accord',
  title: 'Plan',
  readOnly: false,
  readOnlyReason: null,
  dirty: false,
  saving: false,
  autosaveError: null,
  versions: [],
  comments: [],
};

function attached(editable = true) {
  const handle = new FakeHandle(docTitled('Plan'), editable);
  const bridge = new EditorBridge(() => {});
  bridge.attach(handle);
  return { handle, bridge };
}

async function renderStatus(state: SessionState = STATE, editable = true) {
  const { handle, bridge } = attached(editable);
  const view = await render(<StatusBar state={state} bridge={bridge} readOnlyReasonId="why" />);
  cleanup = view.unmount;
  return {
    ...view,
    handle,
    bridge,
    mode: () => getByRole(view.container, 'button', 'Track changes'),
  };
}

describe('the editor bridge', () => {
  it('follows whether suggestion mode is on and locked', () => {
    const { handle, bridge } = attached();
    expect(bridge.snapshot.tracking).toBe(false);
    handle.setTrackChanges(true);
    bridge.refreshNow();
    expect(bridge.snapshot.tracking).toBe(true);
    expect(bridge.snapshot.trackingLocked).toBe(false);
    handle.lockTrackChanges(true);
    bridge.refreshNow();
    expect(bridge.snapshot.trackingLocked).toBe(true);
  });

  it('switches the mode from the chrome and shows it at once; refusals are reported', () => {
    const { handle, bridge } = attached();
    expect(setTracking(bridge, true)).toBe(true);
    expect(bridge.snapshot.tracking).toBe(true);
    handle.lockTrackChanges(true);
    expect(setTracking(bridge, false)).toBe(false);
    expect(bridge.snapshot.tracking).toBe(true);
    expect(setTracking(new EditorBridge(() => {}), true)).toBe(false);
  });
});

describe('the status bar', () => {
  it('says whether track changes is on, and its switch turns it on and off', async () => {
    const { handle, mode } = await renderStatus();
    expect(mode().textContent).toBe('Track changes: Off');
    expect(mode().getAttribute('aria-pressed')).toBe('false');
    await click(mode());
    expect(handle.tracking).toBe(true);
    expect(mode().textContent).toBe('Track changes: On');
    expect(mode().getAttribute('aria-pressed')).toBe('true');
    await click(mode());
    expect(handle.tracking).toBe(false);
    expect(mode().textContent).toBe('Track changes: Off');
  });

  it('cannot switch in a read-only document', async () => {
    const { mode } = await renderStatus(
      { ...STATE, readOnly: true, readOnlyReason: 'locked' },
      false,
    );
    expect(mode().hasAttribute('disabled')).toBe(true);
  });

  it('shows a review copy always on, the switch disabled with the reason', async () => {
    const { handle, bridge, mode } = await renderStatus();
    await act(async () => {
      handle.lockTrackChanges(true);
      bridge.refreshNow();
      await Promise.resolve();
    });
    expect(mode().textContent).toBe('Track changes: On');
    expect(mode().hasAttribute('disabled')).toBe(true);
    expect(mode().getAttribute('title')).toBe(LOCKED_REASON);
  });
});

describe('the toolbar’s Review group', () => {
  async function renderTools(readOnly = false) {
    const { handle, bridge } = attached();
    const toggle = vi.fn();
    const view = await render(
      <TrackChangesTools bridge={bridge} open={false} toggle={toggle} readOnly={readOnly} />,
    );
    cleanup = view.unmount;
    const group = getByRole(view.container, 'group', 'Review');
    return { handle, bridge, toggle, group };
  }

  it('has the Track changes switch with Ctrl+Shift+E and the Changes panel toggle', async () => {
    const { handle, toggle, group } = await renderTools();
    const track = getByRole(group, 'button', 'Track changes');
    expect(track.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+E');
    await click(track);
    expect(handle.tracking).toBe(true);
    expect(track.getAttribute('aria-pressed')).toBe('true');
    const panel = getByRole(group, 'button', 'Changes');
    expect(panel.getAttribute('aria-pressed')).toBe('false');
    await click(panel);
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('disables the switch when read-only, but the panel can still be opened', async () => {
    const { group } = await renderTools(true);
    expect(getByRole(group, 'button', 'Track changes').hasAttribute('disabled')).toBe(true);
    expect(getByRole(group, 'button', 'Changes').hasAttribute('disabled')).toBe(false);
  });
});

describe('trackChangesFor', () => {
  it('locks suggestion mode on in a review copy and leaves it off otherwise', () => {
    expect(trackChangesFor({ review: null })).toBe('off');
    const review = {
      sourceDocumentId: 'd1',
      baseVersionId: 'v1',
      reviewers: ['OECD'],
      due: null,
      sentAt: '2025-03-01T09:00:00.000Z',
    };
    expect(trackChangesFor({ review })).toBe('locked');
  });
});

describe('Ctrl+Shift+E outside the text', () => {
  function Screen({ bridge, readOnly }: { bridge: EditorBridge; readOnly: boolean }) {
    const changes = useChangesUi(bridge, readOnly);
    return <TrackChangesTools {...changes.toolbar} />;
  }

  async function renderScreen(readOnly = false) {
    const { handle, bridge } = attached();
    const view = await render(<Screen bridge={bridge} readOnly={readOnly} />);
    cleanup = view.unmount;
    return { handle, view };
  }

  it('recognises Ctrl+Shift+E and Cmd+Shift+E only', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(isTrackChangesKey(key({ key: 'E', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isTrackChangesKey(key({ key: 'e', metaKey: true, shiftKey: true }))).toBe(true);
    expect(isTrackChangesKey(key({ key: 'e', ctrlKey: true }))).toBe(false);
    expect(isTrackChangesKey(key({ key: 'E', ctrlKey: true, shiftKey: true, altKey: true }))).toBe(
      false,
    );
  });

  it('switches suggestion mode from anywhere in the window', async () => {
    const { handle, view } = await renderScreen();
    const track = getByRole(view.container, 'button', 'Track changes');
    await press(document.body, 'E', { ctrlKey: true, shiftKey: true });
    expect(handle.tracking).toBe(true);
    expect(track.getAttribute('aria-pressed')).toBe('true');
    await press(document.body, 'E', { ctrlKey: true, shiftKey: true });
    expect(handle.tracking).toBe(false);
  });

  it('leaves it alone while a dialog is open or the document is read-only', async () => {
    const { handle } = await renderScreen();
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    await press(document.body, 'E', { ctrlKey: true, shiftKey: true });
    expect(handle.tracking).toBe(false);
    dialog.remove();
    cleanup?.();
    const readOnly = await renderScreen(true);
    await press(document.body, 'E', { ctrlKey: true, shiftKey: true });
    expect(readOnly.handle.tracking).toBe(false);
  });
});
