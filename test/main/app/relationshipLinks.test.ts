// The app offers only the relationship changes the server offers: against the simulator, with some of its
// relationship links taken out (test/support/serverLinks.ts), the contact views and the card's details say what
// can be set and reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppModel } from '../../../main/app/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { SimContact, Simulator } from '../../../main/sim/index.js';
import { withRelationshipLinks } from '../../support/serverLinks.js';
import { simAccount } from '../../support/signIn.js';

describe('relationship links decide what the app offers', () => {
  let sim: Simulator;
  let model: AppModel;
  let people: Record<'noLink' | 'revision1' | 'revision10' | 'noReset' | 'plain', SimContact>;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 3 });
    const [noLink, revision1, revision10, noReset, plain] = sim.control
      .contacts()
      .filter((c) => c.inContactList);
    if (!noLink || !revision1 || !revision10 || !noReset || !plain) throw new Error('too few contacts');
    people = { noLink, revision1, revision10, noReset, plain };
    model = createAppModel({
      historyStore: memoryHistoryStore(),
      endpointId: 'links-test',
      runtime: {
        fetch: withRelationshipLinks({
          [noLink.uri]: { relationship: 'absent' },
          // Revision 1 of the resource links only `self` (reference §4.4).
          [revision1.uri]: [{ revision: '1' }, { reset: 'absent' }],
          [revision10.uri]: { revision: '10' },
          [noReset.uri]: { reset: 'absent' },
        }),
      },
    });
    await model.signIn(simAccount(sim));
    await model.settled();
  });

  afterAll(async () => {
    await model?.signOut();
    await sim?.close();
  });

  const view = (c: SimContact) => model.contacts().find((v) => v.uri === c.uri);
  const abilities = async (c: SimContact) => {
    const d = await model.contactDetails(c.uri);
    return { canSetLevel: d.canSetLevel, canResetLevel: d.canResetLevel };
  };

  it('offers nothing when the contact links no relationship', async () => {
    expect(view(people.noLink)).toMatchObject({ canSetLevel: false, canResetLevel: false });
    expect(await abilities(people.noLink)).toEqual({ canSetLevel: false, canResetLevel: false });
  });

  it('offers neither change nor reset for a revision 1 relationship', async () => {
    expect(view(people.revision1)).toMatchObject({ canSetLevel: false, canResetLevel: false });
    expect(await abilities(people.revision1)).toEqual({ canSetLevel: false, canResetLevel: false });
  });

  it('compares revisions as numbers: revision 10 can be changed', async () => {
    expect(view(people.revision10)).toMatchObject({ canSetLevel: true });
    expect(await abilities(people.revision10)).toEqual({ canSetLevel: true, canResetLevel: true });
  });

  it('offers no reset when the relationship resource links none', async () => {
    expect(await abilities(people.noReset)).toEqual({ canSetLevel: true, canResetLevel: false });
  });

  it('offers both where the server links both', async () => {
    expect(view(people.plain)).toMatchObject({ canSetLevel: true, canResetLevel: true });
    expect(await abilities(people.plain)).toEqual({ canSetLevel: true, canResetLevel: true });
  });
});
