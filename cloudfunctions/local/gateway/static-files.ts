import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { decodeComponent, HttpError } from './responses';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
/** Images and woff fonts are compressed already; squeezing them again only costs time. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.map', '.svg', '.ico', '.ttf']);
/** Webpack names these after their content, so a changed file always arrives under a new name. */
const HASHED_ASSET = /^(?:js|css|static)\/(?:.*\/)?[^/]*\.[0-9a-f]{8,}\.[^/]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

// Quality 5 compresses the whole H5 build in about 0.1 s against 2.5 s at 11, for output 9% larger: on
// loopback the first page load matters more than the last kilobytes.
const brotli = (body: Buffer) =>
  promisify(zlib.brotliCompress)(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
const gzip = (body: Buffer) => promisify(zlib.gzip)(body, { level: 9 });

type Encoding = 'br' | 'gzip' | 'identity';

interface Representation {
  body: Buffer;
  etag: string;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  contentType: string;
  compressible: boolean;
  identity: Representation;
  compressed: Partial<Record<'br' | 'gzip', Promise<Representation>>>;
}

/** The encoding to send: the best one the browser accepts (a q of 0 refuses it). */
function negotiate(acceptEncoding: string): Encoding {
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const refused = parameters.some((parameter) => /^\s*q=0(?:\.0*)?\s*$/.test(parameter));
    if (name && !refused) accepted.add(name);
  }
  if (accepted.has('br') || accepted.has('*')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * Serves the H5 build: each file read once and kept in memory with its compressed forms (made on first
 * demand), revalidated by size and modification time so a rebuild is picked up without a restart.
 */
export function staticFiles(staticDir: string) {
  const root = path.resolve(staticDir);
  const cache = new Map<string, Promise<CachedFile>>();

  const load = async (file: string, mtimeMs: number, size: number): Promise<CachedFile> => {
    const body = await readFile(file);
    const extension = path.extname(file);
    const digest = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    return {
      mtimeMs,
      size,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      compressible: COMPRESSIBLE.has(extension),
      identity: { body, etag: `"${digest}"` },
      compressed: {},
    };
  };

  const cached = async (file: string): Promise<CachedFile | null> => {
    const stats = await stat(file).catch(() => null);
    if (!stats?.isFile()) {
      // A rebuild renames hashed files: forget the ones that are gone.
      cache.delete(file);
      return null;
    }
    const known = await cache.get(file)?.catch(() => null);
    if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known;
    const loading = load(file, stats.mtimeMs, stats.size);
    cache.set(file, loading);
    return loading;
  };

  const representation = async (entry: CachedFile, encoding: Encoding): Promise<Representation> => {
    if (encoding === 'identity' || !entry.compressible) return entry.identity;
    entry.compressed[encoding] ??= (encoding === 'br' ? brotli : gzip)(entry.identity.body).then((body) => ({
      body,
      etag: `${entry.identity.etag.slice(0, -1)}-${encoding}"`,
    }));
    const compressed = await entry.compressed[encoding];
    // A file too small to gain from compression goes out as it is.
    return compressed.body.length < entry.identity.body.length ? compressed : entry.identity;
  };

  /** The file a path names; a path without an extension is a client route, answered with index.html. */
  const resolve = (pathname: string): { file: string; isRoute: boolean } | null => {
    const relative = decodeComponent(pathname, {
      code: 'INVALID_PATH',
      message: '请求路径中的百分号编码有误',
    }).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    const inside = file === root || file.startsWith(root + path.sep);
    const hidden = relative.split('/').some((segment) => segment.startsWith('.'));
    if (!inside || hidden) return null;
    return { file, isRoute: path.extname(relative) === '' };
  };

  return async (request: http.IncomingMessage, response: http.ServerResponse, pathname: string) => {
    const target = resolve(pathname);
    let entry = target && !target.isRoute ? await cached(target.file) : null;
    let file = target?.file ?? '';
    if (!entry && target?.isRoute) {
      file = path.join(root, 'index.html');
      entry = await cached(file);
      if (!entry) {
        throw new HttpError(404, 'NOT_BUILT', 'H5 客户端尚未构建，请先运行 npm run build:h5');
      }
    }
    if (!entry) throw new HttpError(404, 'NOT_FOUND', `没有这个文件：${pathname.slice(0, 200)}`);

    const encoding = negotiate(String(request.headers['accept-encoding'] ?? ''));
    const chosen = await representation(entry, encoding);
    const relative = path.relative(root, file).split(path.sep).join('/');
    const headers: http.OutgoingHttpHeaders = {
      'content-type': entry.contentType,
      'cache-control': HASHED_ASSET.test(relative) ? IMMUTABLE : 'no-cache',
      etag: chosen.etag,
      ...(entry.compressible ? { vary: 'Accept-Encoding' } : {}),
    };
    if (matchesEtag(request.headers['if-none-match'], chosen.etag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    if (chosen !== entry.identity) headers['content-encoding'] = encoding;
    headers['content-length'] = chosen.body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : chosen.body);
  };
}
