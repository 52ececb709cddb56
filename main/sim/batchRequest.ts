// POST {application}/batch: each multipart/batching part runs through the same dispatcher as a real request, with
// the batch's Authorization, and the answers go back in request order. Only resources of this application can be
// batched (not events or batch); more parts than the server's limit is 413. A `fail` fault whose pattern matches a
// part's URL fails that part alone (a server that refuses one change of a batch), as it would the plain request; a
// `vanish` fault counts parts too, so the applications can disappear between two parts of one batch.
import { boundaryOf, parseBatch, renderBatch } from './batch.js';
import type { Front, Outcome } from './dispatch.js';
import { parseTarget } from './requestTarget.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  baseHeaders,
  errorResponse,
  negotiate,
} from './http.js';

type Dispatch = (req: SimRequest, front: Front) => Promise<Outcome>;

function partsOf(req: SimRequest, max: number): ReturnType<typeof parseBatch> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary || !(req.headers['content-type'] ?? '').toLowerCase().includes('multipart/batching')) {
    throw new HttpError(415, undefined, 'A batch must be multipart/batching with a boundary.');
  }
  let parts;
  try {
    parts = parseBatch(req.body, boundary);
  } catch (e) {
    throw new HttpError(400, 'DeserializationFailure', (e as Error).message);
  }
  if (parts.length > max) throw new HttpError(413, undefined, `At most ${max} requests per batch.`);
  return parts;
}

export async function answerBatch(
  req: SimRequest,
  front: Front,
  base: string,
  dispatch: Dispatch,
): Promise<SimResponse> {
  const responses: SimResponse[] = [];
  for (const part of partsOf(req, front.ctx.maxBatchParts)) {
    const url = parseTarget(part.target, req.origin);
    const sub: SimRequest = {
      ...req,
      method: part.method,
      path: url.pathname,
      query: url.searchParams,
      rawUrl: url.pathname + url.search,
      headers: { authorization: req.headers.authorization, ...part.headers },
      body: part.body,
      accept: part.headers.accept ?? req.accept,
      format: negotiate(part.headers.accept ?? req.accept),
    };
    if (!url.pathname.startsWith(`${base}/`) || /\/(events|batch)$/.test(url.pathname)) {
      responses.push(
        errorResponse(sub, 400, {
          code: 'BadRequest',
          message: 'Only resources of this application can be batched (not events or batch).',
        }),
      );
      continue;
    }
    const fault = front.ctx.faults.take(sub.rawUrl, ['fail']);
    if (fault?.kind === 'fail') {
      responses.push(
        errorResponse(sub, fault.status, {
          code: fault.code ?? 'ServiceFailure',
          subcode: fault.subcode,
          message: 'Injected fault.',
        }),
      );
      continue;
    }
    const out = await dispatch(sub, front);
    front.stats.byRoute[`batched ${out.route}`] = (front.stats.byRoute[`batched ${out.route}`] ?? 0) + 1;
    responses.push(out.resp);
    if (front.ctx.faults.vanishesAfter(sub.rawUrl, sub.method)) front.ctx.apps.deleteAll();
  }
  const outBoundary = `batchresponse_${Math.random().toString(36).slice(2)}`;
  return {
    status: 200,
    headers: { ...baseHeaders(), 'Content-Type': `multipart/batching; boundary=${outBoundary}` },
    body: renderBatch(responses, outBoundary),
  };
}
