// The one IPC handler table: channel → handler, and `dispatch`, the single door every renderer request goes
// through (Electron's ipcMain in the app, Playwright's exposeBinding in the Chromium tests). In order: the sender
// must be our window, the channel must be in the contract, the argument must pass the channel's zod schema; only
// then is a service called. Whatever it throws comes back as `{ok: false, error: {code, message}}`.
import type { z } from 'zod';
import { invokeSchemas } from './contract.js';
import type {
  AboutView,
  AppStateView,
  ChangeEntry,
  ContactDetails,
  ContactView,
  InvitationView,
  InvokeChannel,
  InvokeResults,
  IpcResult,
  PrivacyLevel,
  SettingsPatch,
  SettingsView,
} from './contract.js';
import { foreignSender, unknownRequest } from '../words/errors.js';
import { invalidArgument, toIpcError } from './errors.js';
import type { Logger } from './ports.js';

type Args<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]>;

/** What the handlers call: implemented by the backend (main/backend/services.ts). */
export interface BackendServices {
  ready(): AppStateView;
  signIn(args: Args<'session:sign-in'>): Promise<AppStateView>;
  signInMethods(args: Args<'session:sign-in-methods'>): Promise<InvokeResults['session:sign-in-methods']>;
  tryDemo(): Promise<AppStateView>;
  signOut(): Promise<AppStateView>;
  forgetAccount(): Promise<AppStateView>;
  retryNow(): AppStateView;
  about(): AboutView;
  contacts(): ContactView[];
  contactDetails(uri: string): Promise<ContactDetails>;
  setLevel(
    uri: string,
    level: PrivacyLevel,
    expected?: PrivacyLevel,
  ): Promise<InvokeResults['privacy:set-level']>;
  resetLevel(uri: string): Promise<PrivacyLevel>;
  setMany(changes: Args<'privacy:set-many'>['changes']): Promise<InvokeResults['privacy:set-many']>;
  diagnostics(): string;
  history(): ChangeEntry[];
  markSeen(): AppStateView;
  invitations(): InvitationView[];
  dismissInvitations(ids: readonly string[]): InvitationView[];
  settings(): SettingsView;
  updateSettings(patch: SettingsPatch): SettingsView;
  pause(what: Args<'notifications:pause'>['for']): number | null;
  openExternal(url: string): Promise<void>;
  /** The contact list, search, groups, delegation and tags (main/backend/contactListServices.ts). */
  contactList: ContactListServices;
}

export interface ContactListServices {
  get(): Promise<InvokeResults['contactList:get']>;
  search(query: string, limit?: number): Promise<InvokeResults['contactList:search']>;
  add(uri: string, groupId?: string): Promise<InvokeResults['contactList:add']>;
  remove(uri: string, groupId?: string): Promise<InvokeResults['contactList:remove']>;
  setLevel(uri: string, level: PrivacyLevel): Promise<PrivacyLevel>;
  createGroup(name: string): Promise<InvokeResults['groups:create']>;
  renameGroup(id: string, name: string): Promise<InvokeResults['groups:rename']>;
  deleteGroup(id: string): Promise<InvokeResults['groups:delete']>;
  expandGroup(id: string): Promise<InvokeResults['groups:expand']>;
  delegation(): Promise<InvokeResults['delegation:get']>;
  tags(): InvokeResults['tags:list'];
  tag(uri: string): Promise<InvokeResults['tags:add']>;
  untag(uri: string): Promise<InvokeResults['tags:remove']>;
}

export type HandlerTable = {
  [C in InvokeChannel]: (args: Args<C>) => Promise<InvokeResults[C]> | InvokeResults[C];
};

export function createHandlers(s: BackendServices): HandlerTable {
  return {
    'app:ready': () => s.ready(),
    'session:sign-in': (args) => s.signIn(args),
    'session:sign-in-methods': (args) => s.signInMethods(args),
    'session:try-demo': () => s.tryDemo(),
    'session:sign-out': () => s.signOut(),
    'session:forget-account': () => s.forgetAccount(),
    'session:retry-now': () => s.retryNow(),
    'app:about': () => s.about(),
    'contacts:list': () => s.contacts(),
    'contacts:details': ({ uri }) => s.contactDetails(uri),
    'privacy:set-level': ({ uri, level, expected }) => s.setLevel(uri, level, expected),
    'privacy:reset': async ({ uri }) => ({ level: await s.resetLevel(uri) }),
    'privacy:set-many': ({ changes }) => s.setMany(changes),
    'app:diagnostics': () => ({ text: s.diagnostics() }),
    'history:list': () => s.history(),
    'history:mark-seen': () => s.markSeen(),
    'invitations:list': () => s.invitations(),
    'invitations:dismiss': ({ ids }) => s.dismissInvitations(ids),
    'contactList:get': () => s.contactList.get(),
    'contactList:search': ({ query, limit }) => s.contactList.search(query, limit),
    'contactList:add': ({ uri, groupId }) => s.contactList.add(uri, groupId),
    'contactList:remove': ({ uri, groupId }) => s.contactList.remove(uri, groupId),
    'contactList:set-level': async ({ uri, level }) => ({ level: await s.contactList.setLevel(uri, level) }),
    'groups:create': ({ name }) => s.contactList.createGroup(name),
    'groups:rename': ({ id, name }) => s.contactList.renameGroup(id, name),
    'groups:delete': ({ id }) => s.contactList.deleteGroup(id),
    'groups:expand': ({ id }) => s.contactList.expandGroup(id),
    'delegation:get': () => s.contactList.delegation(),
    'tags:list': () => s.contactList.tags(),
    'tags:add': ({ uri }) => s.contactList.tag(uri),
    'tags:remove': ({ uri }) => s.contactList.untag(uri),
    'settings:get': () => s.settings(),
    'settings:set': (patch) => s.updateSettings(patch),
    'notifications:pause': (args) => ({ pausedUntil: s.pause(args.for) }),
    'shell:open-external': async ({ url }) => {
      await s.openExternal(url);
      return null;
    },
  };
}

/** Every channel main answers (ipcMain registers each): the contract's list, which matches invokeSchemas. */
export { invokeChannels } from './contract.js';

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(invokeSchemas, channel);
}

/** Who sent a request. The Electron adapter sets `trusted` only for our own window's main frame. */
export interface IpcSender {
  trusted: boolean;
}

export async function dispatch(
  table: HandlerTable,
  channel: unknown,
  rawArgs: unknown,
  sender: IpcSender,
  log?: Logger,
): Promise<IpcResult<unknown>> {
  if (!sender.trusted) {
    log?.warn('IPC request from a foreign sender refused', { channel: String(channel).slice(0, 64) });
    return { ok: false, error: { code: 'ForeignSender', message: foreignSender() } };
  }
  if (!isInvokeChannel(channel)) {
    return { ok: false, error: { code: 'InvalidArgument', message: unknownRequest() } };
  }
  // Structured clone and Playwright bindings may turn a missing argument into null: treat both as "none".
  const parsed = invokeSchemas[channel].safeParse(rawArgs === null ? undefined : rawArgs);
  if (!parsed.success) return { ok: false, error: invalidArgument(parsed.error) };
  try {
    const handler = table[channel] as (args: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toIpcError(e, log) };
  }
}
