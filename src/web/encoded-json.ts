// JSON answers encoded once and sent many times: the body, its gzip form and a strong ETag made
// from its content, so that a revalidation (If-None-Match) costs a comparison and a 304.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';

export interface EncodedJson {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export function encodeJson(value: unknown): EncodedJson {
  const body = Buffer.from(JSON.stringify(value));
  return {
    body,
    gzip: zlib.gzipSync(body),
    etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/** Encodes once per object (immutable snapshots): the encoding lives as long as the object. */
export function encodedOnce<K extends object>(encode: (key: K) => unknown): (key: K) => EncodedJson {
  const encodings = new WeakMap<K, EncodedJson>();
  return (key) => {
    let encoded = encodings.get(key);
    if (!encoded) {
      encoded = encodeJson(encode(key));
      encodings.set(key, encoded);
    }
    return encoded;
  };
}

/**
 * 304 when the client holds this version, otherwise the body, pre-compressed when the client
 * accepts gzip (the compression middleware leaves encoded bodies alone).
 */
export function sendEncodedJson(
  req: Request,
  res: Response,
  encoded: EncodedJson,
  contentType = 'application/json; charset=utf-8',
): void {
  // Browsers and proxies keep it but ask again each time: a changed offer shows at once.
  res.set({ ETag: encoded.etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding' });
  if (holdsVersion(req.get('If-None-Match'), encoded.etag)) {
    res.status(304).end();
    return;
  }
  res.type(contentType);
  if (req.acceptsEncodings('gzip')) {
    res.set('Content-Encoding', 'gzip');
    res.send(encoded.gzip);
  } else {
    res.send(encoded.body);
  }
}

/**
 * If-None-Match as RFC 9110 has the origin evaluate it (weak comparison, "*" matches), whatever the
 * request's Cache-Control: fetch() adds "no-cache" to every conditional request, and Express's
 * req.fresh would then never answer 304 to a script revalidating by hand.
 */
function holdsVersion(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
