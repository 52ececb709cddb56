/// <reference types="electron-vite/node" />
// The icon files, as paths into the built bundle: `?asset` makes electron-vite copy each PNG next to the main
// bundle (inside out/, so the packaged app's `files: out/**` carries them) and resolve its path at run time.
// Only main/index.ts imports this (Vitest does not know `?asset`); everything else receives paths.
import appIcon from '../../assets/icon.png?asset';
import connected from '../../assets/tray/connected.png?asset';
import connected2x from '../../assets/tray/connected@2x.png?asset';
import connectedTemplate from '../../assets/tray/connectedTemplate.png?asset';
import connectedTemplate2x from '../../assets/tray/connectedTemplate@2x.png?asset';
import reconnecting from '../../assets/tray/reconnecting.png?asset';
import reconnecting2x from '../../assets/tray/reconnecting@2x.png?asset';
import reconnectingTemplate from '../../assets/tray/reconnectingTemplate.png?asset';
import reconnectingTemplate2x from '../../assets/tray/reconnectingTemplate@2x.png?asset';
import signedOut from '../../assets/tray/signedOut.png?asset';
import signedOut2x from '../../assets/tray/signedOut@2x.png?asset';
import signedOutTemplate from '../../assets/tray/signedOutTemplate.png?asset';
import signedOutTemplate2x from '../../assets/tray/signedOutTemplate@2x.png?asset';
import unseen from '../../assets/tray/unseen.png?asset';
import unseen2x from '../../assets/tray/unseen@2x.png?asset';
import unseenTemplate from '../../assets/tray/unseenTemplate.png?asset';
import unseenTemplate2x from '../../assets/tray/unseenTemplate@2x.png?asset';
import type { TrayIconFiles } from './tray.js';
import type { TrayIconName } from './trayMenu.js';

export const appIconPath: string = appIcon;

export const trayIconFiles: Record<TrayIconName, TrayIconFiles> = {
  connected: {
    normal: connected,
    normal2x: connected2x,
    template: connectedTemplate,
    template2x: connectedTemplate2x,
  },
  reconnecting: {
    normal: reconnecting,
    normal2x: reconnecting2x,
    template: reconnectingTemplate,
    template2x: reconnectingTemplate2x,
  },
  signedOut: {
    normal: signedOut,
    normal2x: signedOut2x,
    template: signedOutTemplate,
    template2x: signedOutTemplate2x,
  },
  unseen: { normal: unseen, normal2x: unseen2x, template: unseenTemplate, template2x: unseenTemplate2x },
};
