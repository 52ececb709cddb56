// A ticking "now" for countdowns and relative times: one interval for the whole page.
let now = $state(Date.now());
let timer: ReturnType<typeof setInterval> | undefined;

export const clock = {
  get now(): number {
    if (timer === undefined) timer = setInterval(() => (now = Date.now()), 1000);
    return now;
  },
};
