// Sign-in (discovery → token → user → application) against captured answers of servers that send documents without
// `rel` or `self`: every link resolves against the URL that answered, and the application is where Location says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UcwaClient } from '../../../main/ucwa/client.js';
import { capturesDir } from '../../support/samples.js';
import { fakeFetch, json } from './fakeFetch.js';
import type { Handler } from './fakeFetch.js';

const HOST = 'https://dc2.testcompany.com';
const USER = `${HOST}/Autodiscover/AutodiscoverService.svc/root/oauth/user`;
const TOKEN = `${HOST}/WebTicket/oauthtoken`;

const answer = (file: string, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(readFileSync(join(capturesDir, file), 'utf8'), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const capture =
  (file: string, status = 200, headers: Record<string, string> = {}): Handler =>
  () =>
    answer(file, status, headers);

/** The user resource asks for a token first (401 with the MsRtcOAuth challenge), then answers. */
function userResource(): Handler {
  return (req) =>
    req.headers.get('authorization') === 'Bearer cwt=abc'
      ? answer('user.2.json')
      : new Response(null, {
          status: 401,
          headers: {
            'www-authenticate': `MsRtcOAuth href="${TOKEN}",grant_type="urn:microsoft.rtc:windows,password"`,
          },
        });
}

function routes(application: Handler): Record<string, Handler> {
  return {
    'GET https://lyncdiscover.testcompany.com/': capture('root.5.json'),
    [`GET ${USER}`]: userResource(),
    [`POST ${TOKEN}`]: () => json(200, { access_token: 'cwt=abc', token_type: 'Bearer', expires_in: 28800 }),
    [`POST ${HOST}/ucwa/oauth/v1/applications`]: application,
  };
}

const signIn = (f: ReturnType<typeof fakeFetch>) =>
  UcwaClient.signIn({ sipAddress: 'user@testcompany.com', password: 'pw', endpointId: 'e1', fetch: f });

describe('sign-in against captured documents without rel or self', () => {
  it('finds the applications link on a user resource without self, and the application at its Location', async () => {
    const location = `${HOST}/ucwa/oauth/v1/applications/123`;
    const f = fakeFetch(routes(capture('application.2.json', 201, { location })));
    const client = await signIn(f);
    expect(client.applicationUrl).toBe(location);
    expect(f.calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      TOKEN,
      `${HOST}/ucwa/oauth/v1/applications`,
    ]);
  });

  it('refuses an application answer that says nowhere where the application is', async () => {
    const f = fakeFetch(routes(capture('application.2.json', 201)));
    await expect(signIn(f)).rejects.toMatchObject({ code: 'MalformedResponse' });
  });
});
