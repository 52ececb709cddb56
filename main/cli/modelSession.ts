// What the one-shot commands that work on the app model share (`contacts`, `groups`, `tag`): sign in with the model,
// do one thing, sign out. A failure is one line on stderr (the error in words and its code), exit 1.
import { createAppModel, memoryHistoryStore } from '../app/index.js';
import type { AppModel } from '../app/index.js';
import type { TagStore } from '../app/statusAlerts.js';
import { protocolTrace } from '../log/index.js';
import { isUcwaError } from '../ucwa/errors.js';
import { contactListFailure } from '../words/contactList.js';
import { toUserMessage } from '../words/errors.js';
import { passiveOnlyLine } from './passive.js';
import type { SignInArgs } from './signInArgs.js';

export function modelFor(args: SignInArgs<unknown>): AppModel {
  return createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: args.endpointId,
    format: args.format,
    runtime: {
      log: args.log,
      fetch: args.verbose ? protocolTrace((url, init) => fetch(url, init), args.log) : undefined,
    },
  });
}

/** The error as the one stderr line says it: words, then the code the server gave. */
export function errorLine(e: unknown): string {
  const passiveOnly = passiveOnlyLine(e);
  if (passiveOnly !== undefined) return passiveOnly;
  if (isUcwaError(e))
    return `${contactListFailure(e) ?? toUserMessage(e)} [${e.code}${e.subcode ? `/${e.subcode}` : ''}]`;
  return e instanceof Error ? e.message : String(e);
}

export async function withModel(
  args: SignInArgs<unknown> & { tagStore?: TagStore },
  fail: (message: string) => number,
  work: (model: AppModel) => Promise<number>,
): Promise<number> {
  const model = modelFor(args);
  try {
    await model.signIn({
      ...args.account,
      credentials: { password: async () => args.password },
      tagStore: args.tagStore,
    });
    return await work(model);
  } catch (e) {
    return fail(errorLine(e));
  } finally {
    await model.signOut().catch(() => undefined);
  }
}
