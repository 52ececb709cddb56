// Injected faults for tests and the soak: fail / drop / delay / malformed / lose / vanish for the next N matching
// requests.
// The control prefix (/_sim) is never subject to faults.
export type FaultRule =
  | { kind: 'fail'; left: number; match?: RegExp; status: number; code?: string; subcode?: string }
  | { kind: 'drop'; left: number; match?: RegExp }
  | { kind: 'delay'; left: number; match?: RegExp; ms: number }
  | { kind: 'malformed'; left: number; match?: RegExp }
  /** Handled (a PUT is applied), then the connection is closed without the answer. */
  | { kind: 'lose'; left: number; match?: RegExp; method?: string }
  /** Handled as usual; right after the last of them, every application disappears (a server restart). */
  | { kind: 'vanish'; left: number; match?: RegExp; method?: string };

export class Faults {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    if (rule.left > 0) this.rules.push(rule);
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * Counts a handled request (or batch part) against a `vanish` rule: true when it was the last one the rule waited
   * for, so the caller deletes every application now.
   */
  vanishesAfter(target: string, method: string): boolean {
    const rule = this.take(target, ['vanish'], method);
    return rule !== undefined && rule.left <= 0;
  }

  /** Takes (and counts down) the first rule of `kinds` that matches the request's path+query (and method, if set). */
  take(target: string, kinds: Array<FaultRule['kind']>, method?: string): FaultRule | undefined {
    for (const r of this.rules) {
      if (!kinds.includes(r.kind) || r.left <= 0) continue;
      if ('method' in r && r.method !== undefined && r.method !== method) continue;
      if (r.match) {
        r.match.lastIndex = 0;
        if (!r.match.test(target)) continue;
      }
      r.left--;
      if (r.left <= 0) this.rules = this.rules.filter((x) => x !== r);
      return r;
    }
    return undefined;
  }
}
