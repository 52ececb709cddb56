// One rule for every suite that needs a piece of the machine (Chromium, a Secret Service, an Electron binary):
// on a developer machine a missing piece skips the suite loudly, with the reason; under CI=true it is a failure,
// so a green CI run always means the suite really ran.
export function requireOrSkip(suite: string, available: boolean, reason: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: required in CI but not available here: ${reason}`);
  }
  console.warn(`\n*** ${suite} SKIPPED: ${reason} ***\n`);
  return false;
}

/** Like requireOrSkip, but never fails in CI: for suites that cannot run on CI machines at all. */
export function optionalOrSkip(suite: string, available: boolean, reason: string): boolean {
  if (!available) console.warn(`\n*** ${suite} SKIPPED: ${reason} ***\n`);
  return available;
}
