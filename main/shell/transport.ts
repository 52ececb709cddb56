// The production transport: Electron's net.fetch, so the system proxy settings and the OS certificate store apply
// (Node's fetch knows neither). The protocol client only ever sees a `fetch`.
import type * as Electron from 'electron';

export function netFetch(net: Pick<Electron.Net, 'fetch'>): typeof fetch {
  return (input, init) => net.fetch(input instanceof URL ? input.href : input, init);
}
