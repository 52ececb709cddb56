// Tray, Menu and nativeImage, with each platform's click and tooltip rules (https://www.electronjs.org/docs/latest/api/tray):
// - macOS: with a context menu set, a left mouse-down pops the menu up and `click` also fires; `mouse-up` is not
//   emitted then (https://www.electronjs.org/docs/latest/api/tray#event-mouse-up-macos). A right click emits `right-click` and pops the menu.
// - Windows: a left click emits `click`; a right click emits `right-click` and pops the context menu. The
//   tooltip is cut to 127 characters (NOTIFYICONDATA.szTip holds 128 with the terminating NUL:
//   https://learn.microsoft.com/en-us/windows/win32/api/shellapi/ns-shellapi-notifyicondataw).
// - Linux: StatusNotifierItem; `click` is the host's "activate" (often a left click), the host pops the menu
//   itself and no menu event reaches the app. Without a StatusNotifierItem host (FAKE_ELECTRON_TRAY_HOST=none, stock
//   GNOME) the icon is not shown at all.
// - A menu replaced while it is open closes under the pointer (recorded as `rebuiltWhileOpen`).
// Menu.buildFromTemplate validates like lib/browser/api/menu.ts (https://www.electronjs.org/docs/latest/api/menu#menubuildfromtemplatetemplate).
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { platform, preventable, recorded, requireReady, touch } from './state.mjs';

export const nativeImage = {
  createFromPath(path) {
    const image = {
      path,
      exists: path !== '' && existsSync(path),
      bytes: path !== '' && existsSync(path) ? readFileSync(path).length : 0,
      representations: [],
      template: false,
      addRepresentation(rep) {
        image.representations.push({ scaleFactor: rep.scaleFactor, bytes: rep.buffer?.length ?? 0 });
      },
      setTemplateImage(on) {
        image.template = on;
      },
      isTemplateImage: () => image.template,
      isEmpty: () => !image.exists,
    };
    return image;
  },
  createEmpty: () => nativeImage.createFromPath(''),
};

const MENU_TYPES = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'];

export class Menu extends EventEmitter {
  items = [];
  static buildFromTemplate(template) {
    if (!Array.isArray(template))
      throw new TypeError('Invalid template for Menu: Menu template must be an array');
    const valid = (item) =>
      item !== null &&
      typeof item === 'object' &&
      ('label' in item || 'role' in item || item.type === 'separator');
    if (!template.every(valid))
      throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
    const menu = new Menu();
    for (const options of template) menu.items.push(menuItem(options));
    return menu;
  }
  static setApplicationMenu() {}
  getMenuItemById(id) {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

function menuItem(options) {
  const item = { ...options, enabled: options.enabled !== false, visible: options.visible !== false };
  if (item.submenu != null && !(item.submenu instanceof Menu))
    item.submenu = Menu.buildFromTemplate(item.submenu);
  if (item.type == null) item.type = item.submenu ? 'submenu' : 'normal';
  if (item.type === 'submenu' && !(item.submenu instanceof Menu)) throw new Error('Invalid submenu');
  if (!MENU_TYPES.includes(item.type)) throw new Error(`Unknown menu item type: ${item.type}`);
  if (options.click !== undefined && typeof options.click !== 'function')
    throw new TypeError('click must be a function');
  return item;
}

export class Tray extends EventEmitter {
  constructor(image, guid) {
    requireReady('Cannot create Tray before app is ready');
    super();
    if (!image) throw new TypeError('Insufficient number of arguments.');
    this.image = image;
    this.guid = guid ?? null;
    this.tooltip = '';
    this.requestedTooltip = '';
    this.title = '';
    this.menu = null;
    this.menuBuilds = 0;
    this.openMenu = null;
    this.rebuiltWhileOpen = 0;
    this.clicks = [];
    this.destroyed = false;
    this.shown = platform !== 'linux' || process.env.FAKE_ELECTRON_TRAY_HOST !== 'none';
    recorded.trays.push(this);
    touch();
  }
  setImage(image) {
    this.image = image;
    touch();
  }
  setPressedImage() {}
  setToolTip(text) {
    this.requestedTooltip = text;
    this.tooltip = platform === 'win32' ? text.slice(0, 127) : text;
    touch();
  }
  setTitle(title) {
    // https://www.electronjs.org/docs/latest/api/tray#traysettitletitle-options-macos: macOS only (text beside the icon in the menu bar).
    if (platform === 'darwin') this.title = title;
    touch();
  }
  getTitle() {
    return this.title;
  }
  setContextMenu(menu) {
    if (menu !== null && !(menu instanceof Menu))
      throw new TypeError('Error processing argument at index 0, conversion failure');
    if (this.openMenu) {
      this.rebuiltWhileOpen += 1;
      this.#closeMenu();
    }
    this.menu = menu;
    this.menuBuilds += 1;
    touch();
  }
  popUpContextMenu(menu) {
    this.#popUp(menu ?? this.menu);
  }
  closeContextMenu() {
    this.#closeMenu();
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }

  // ---- what the user does (control commands) ----
  userClick(button) {
    const events = [];
    const emit = (name) => {
      events.push(name);
      this.emit(name, preventable(), { x: 0, y: 0, width: 22, height: 22 }, { x: 10, y: 10 });
    };
    if (platform === 'darwin') {
      if (button === 'left') {
        emit('mouse-down');
        if (this.menu) this.#popUp(this.menu);
        emit('click');
        if (!this.menu) emit('mouse-up');
      } else {
        emit('right-click');
        if (this.menu) this.#popUp(this.menu);
      }
    } else if (platform === 'win32') {
      if (button === 'left') emit('click');
      else {
        emit('right-click');
        if (this.menu) this.#popUp(this.menu);
      }
    } else if (button === 'left') emit('click');
    else if (this.menu) this.#popUp(this.menu, false);
    const click = { button, events, menuOpened: this.openMenu !== null };
    this.clicks.push(click);
    touch();
    return click;
  }
  userCloseMenu() {
    this.#closeMenu();
  }
  #popUp(menu, announce = platform !== 'linux') {
    this.openMenu = menu;
    if (announce) menu.emit('menu-will-show', preventable());
    touch();
  }
  #closeMenu() {
    const menu = this.openMenu;
    if (!menu) return;
    this.openMenu = null;
    if (platform !== 'linux') menu.emit('menu-will-close', preventable());
    touch();
  }
}
