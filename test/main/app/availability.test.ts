// The activity reporter: reportMyActivity every three minutes while the user is at the computer, nothing while
// they are away, nothing after sign-out, and no more asking a server that does not offer it.
import { describe, expect, it, vi } from 'vitest';
import { ACTIVITY_EVERY_MS, Availability } from '../../../main/app/availability.js';
import type { ProtocolPort } from '../../../main/app/port.js';
import { createManualClock } from '../../../main/sim/clock.js';
import { UcwaError } from '../../../main/ucwa/errors.js';

function setup() {
  const clock = createManualClock();
  const reportActivity = vi.fn(async () => {});
  let active = true;
  const warn = vi.fn();
  const availability = new Availability(
    () => ({ reportActivity }) as unknown as ProtocolPort,
    clock,
    () => active,
    warn,
  );
  return { clock, reportActivity, availability, warn, setActive: (a: boolean) => (active = a) };
}

/** Let the report's promise settle (it reschedules after it). */
const settle = () => new Promise((r) => setImmediate(r));

describe('activity reporting', () => {
  it('reports every three minutes while the user is active, within the server’s four', async () => {
    const { clock, reportActivity, availability } = setup();
    expect(ACTIVITY_EVERY_MS).toBeLessThan(4 * 60_000);
    availability.start();
    clock.advance(ACTIVITY_EVERY_MS - 1);
    expect(reportActivity).not.toHaveBeenCalled();
    clock.advance(1);
    await settle();
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    expect(reportActivity).toHaveBeenCalledTimes(2);
  });

  it('says nothing while the user is away, and starts again when they are back', async () => {
    const { clock, reportActivity, availability, setActive } = setup();
    availability.start();
    setActive(false);
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    expect(reportActivity).not.toHaveBeenCalled();
    setActive(true);
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    expect(reportActivity).toHaveBeenCalledTimes(1);
  });

  it('stops on sign-out', async () => {
    const { clock, reportActivity, availability } = setup();
    availability.start();
    availability.stop();
    clock.advance(10 * ACTIVITY_EVERY_MS);
    await settle();
    expect(reportActivity).not.toHaveBeenCalled();
  });

  it('keeps trying after a failure, but gives up on a server that does not offer it', async () => {
    const { clock, reportActivity, availability, warn } = setup();
    reportActivity.mockRejectedValueOnce(new UcwaError({ status: 500, code: 'ServiceFailure' }));
    availability.start();
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    reportActivity.mockRejectedValueOnce(new UcwaError({ status: 0, code: 'NotAvailable' }));
    clock.advance(ACTIVITY_EVERY_MS);
    await settle();
    clock.advance(10 * ACTIVITY_EVERY_MS);
    await settle();
    expect(reportActivity).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
