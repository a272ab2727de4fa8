import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../../shared/bridge';
import { buildMenuTemplate, type MenuOptions } from '../../../../main/menu';

function template(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const about = vi.fn();
  const menu = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Accord',
    send: (command) => sent.push(command),
    about,
    ...overrides,
  });
  return { menu, sent, about };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('item has no click');
  (item.click as () => void)();
}

function byAccelerator(menu: MenuItemConstructorOptions[], accelerator: string) {
  return items(menu).filter((item) => item.accelerator === accelerator);
}

describe('the native menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { menu } = template();
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('uses Word’s shortcuts and sends each command to the renderer', () => {
    const { menu, sent } = template();
    const expected: [string, MenuCommand][] = [
      ['CmdOrCtrl+N', 'new'],
      ['CmdOrCtrl+O', 'open'],
      ['CmdOrCtrl+S', 'save'],
      ['CmdOrCtrl+Shift+S', 'saveAs'],
      ['F12', 'saveAs'],
      ['CmdOrCtrl+W', 'close'],
      ['CmdOrCtrl+Z', 'undo'],
      ['CmdOrCtrl+Y', 'redo'],
    ];
    for (const [accelerator, command] of expected) {
      const found = byAccelerator(menu, accelerator);
      expect(found, accelerator).toHaveLength(1);
      sent.length = 0;
      click(found[0]);
      expect(sent, accelerator).toEqual([command]);
    }
  });

  it('offers every command the renderer understands', () => {
    const { menu, sent } = template();
    for (const item of items(menu)) if (item.click && item.id) click(item);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('labels the file commands the way the product names them', () => {
    const labels = items(template().menu).map((item) => item.label);
    for (const label of [
      'New',
      'New from Template…',
      'Open…',
      'Save',
      'Save As…',
      'Export to Word…',
      'Backups…',
      'Close',
    ]) {
      expect(labels).toContain(label);
    }
  });

  it('leaves cut, copy, paste and select all to the system', () => {
    const roles = items(template().menu).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(template({ isDev }).menu).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('shows About from Help', () => {
    const { menu, about } = template();
    click(items(menu).find((item) => item.label === 'About Accord'));
    expect(about).toHaveBeenCalledTimes(1);
  });

  it('has the application menu and no mnemonics on macOS', () => {
    const { menu } = template({ platform: 'darwin' });
    expect(menu.map((m) => m.label ?? m.role)).toEqual([
      'Accord',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(items(menu).map((item) => item.role)).toContain('about');
  });
});
