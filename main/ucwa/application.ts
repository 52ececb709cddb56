// The application resource (reference §2.1): created by POST to the user's `applications` link with culture,
// endpointId (stable per install: injected by the caller) and userAgent; 201 when new, 200 when this endpoint already
// has one. Recreated after 404 ApplicationNotFound; deleted on sign-out.
import { malformed, isUcwaError } from './errors.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

export interface ApplicationParams {
  culture: string;
  endpointId: string;
  userAgent: string;
}

export interface Application {
  resource: UcwaResource;
  /** Absolute URL of the application (its self link): the base for every href inside it. */
  url: string;
}

export async function createApplication(
  transport: Transport,
  applicationsUrl: string,
  params: ApplicationParams,
  signal?: AbortSignal,
): Promise<Application> {
  const res = await transport.request({
    method: 'POST',
    href: applicationsUrl,
    body: { kind: 'input', properties: { ...params } },
    signal,
  });
  // An answer without a self link still says where the new application is in its Location header (201 Created).
  const self = res.resource?.href ?? res.headers.get('location') ?? undefined;
  if (res.resource === undefined || self === undefined) throw malformed('application', res.status);
  return { resource: res.resource, url: resolveHref(self, res.url).href };
}

export async function deleteApplication(transport: Transport, app: Application): Promise<void> {
  try {
    await transport.request({ method: 'DELETE', href: app.url });
  } catch (e) {
    // Already gone is what we wanted.
    if (!(isUcwaError(e) && (e.status === 404 || e.status === 410))) throw e;
  }
}

/** True for the error that means "the application no longer exists: create a new one". */
export function isApplicationGone(e: unknown): boolean {
  return isUcwaError(e) && e.status === 404 && e.subcode === 'ApplicationNotFound';
}
