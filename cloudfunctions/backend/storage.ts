import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock';
import { BackendError, ErrorCodes, invalidParam } from './errors';

const DEFAULT_MAX_AGE_SECONDS = 7200;

/** Local stand-in for COS: files under `<dataDir>/files`, upload and download URLs signed with the secret key. */
export class FileStorage {
  private readonly root: string;

  constructor(
    dataDir: string,
    private readonly secretKey: string,
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
  ) {
    this.root = path.join(dataDir, 'files');
    mkdirSync(this.root, { recursive: true });
  }

  getUploadMetadata(params: Record<string, unknown>): unknown {
    const cloudPath = checkCloudPath(params.path);
    const env = typeof params.envName === 'string' && params.envName ? params.envName : 'local';
    return {
      data: {
        url: `${this.baseUrl()}/storage/${encodeCloudPath(cloudPath)}`,
        token: randomBytes(16).toString('hex'),
        authorization: this.sign(`put:${cloudPath}`),
        fileId: `cloud://${env}.${env}-local/${cloudPath}`,
        cosFileId: randomBytes(8).toString('hex'),
      },
    };
  }

  batchGetDownloadUrl(params: Record<string, unknown>): unknown {
    if (!Array.isArray(params.file_list)) throw invalidParam('file_list 必须是数组');
    const downloadList = params.file_list.map((item: unknown) => {
      const { fileid, max_age: maxAgeParam } = (item ?? {}) as { fileid?: unknown; max_age?: unknown };
      const fileID = String(fileid);
      const cloudPath = cloudPathOfFileId(fileID);
      const maxAge =
        typeof maxAgeParam === 'number' && maxAgeParam > 0 ? maxAgeParam : DEFAULT_MAX_AGE_SECONDS;
      if (!cloudPath || !existsSync(this.filePath(cloudPath))) {
        return {
          fileid: fileID,
          fileID,
          code: ErrorCodes.storageFileMissing,
          tempFileURL: '',
          download_url: '',
        };
      }
      const expires = Math.floor(this.clock.now() / 1000) + maxAge;
      // Unencoded like COS temp URLs: the SDK runs encodeURI on them before fetching.
      const url = `${this.baseUrl()}/storage/${cloudPath}?t=${expires}&sign=${this.sign(`get:${cloudPath}:${expires}`)}`;
      return { fileid: fileID, fileID, code: 'SUCCESS', maxAge, tempFileURL: url, download_url: url };
    });
    return { data: { download_list: downloadList } };
  }

  /** Deletes files by fileID (CloudBase answers each with SUCCESS or STORAGE_FILE_NONEXIST). */
  batchDeleteFile(params: Record<string, unknown>): unknown {
    if (!Array.isArray(params.fileid_list)) throw invalidParam('fileid_list 必须是数组');
    const deleteList = params.fileid_list.map((item: unknown) => {
      const fileID = String(item);
      const cloudPath = cloudPathOfFileId(fileID);
      if (!cloudPath || !existsSync(this.filePath(cloudPath))) {
        return { fileID, code: ErrorCodes.storageFileMissing };
      }
      rmSync(this.filePath(cloudPath));
      return { fileID, code: 'SUCCESS' };
    });
    return { data: { delete_list: deleteList } };
  }

  /** PUT /storage/<path>: the body becomes the file; the authorization header must be the one we issued. */
  upload(urlPath: string, authorization: string | undefined, body: Buffer): void {
    const cloudPath = checkCloudPath(decodeURIComponent(urlPath));
    if (!this.matches(authorization, `put:${cloudPath}`)) throw forbidden('上传签名无效');
    const target = this.filePath(cloudPath);
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, body);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  }

  /** GET /storage/<path>?t=&sign=: serves a file whose temporary URL is still valid. */
  download(urlPath: string, query: URLSearchParams): Buffer {
    const cloudPath = checkCloudPath(decodeURIComponent(urlPath));
    const expires = Number(query.get('t'));
    if (!Number.isInteger(expires) || expires < this.clock.now() / 1000) throw forbidden('下载链接已过期');
    if (!this.matches(query.get('sign') ?? undefined, `get:${cloudPath}:${expires}`)) {
      throw forbidden('下载签名无效');
    }
    const file = this.filePath(cloudPath);
    if (!existsSync(file)) throw new BackendError(ErrorCodes.storageFileMissing, `文件不存在: ${cloudPath}`);
    return readFileSync(file);
  }

  private filePath(cloudPath: string): string {
    const resolved = path.resolve(this.root, cloudPath);
    if (!resolved.startsWith(this.root + path.sep)) throw invalidParam(`非法文件路径: ${cloudPath}`);
    return resolved;
  }

  private sign(subject: string): string {
    return createHmac('sha256', this.secretKey).update(subject).digest('hex');
  }

  private matches(given: string | undefined, subject: string): boolean {
    const expected = Buffer.from(this.sign(subject));
    const actual = Buffer.from(given ?? '');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

function forbidden(message: string): BackendError {
  return new BackendError('STORAGE_EXCEED_AUTHORITY', message);
}

/**
 * Cloud paths are relative and slash-separated, without `.`/`..` segments, backslashes, control characters,
 * or the URL metacharacters `%?#` (temp URLs carry the raw path, as in COS).
 */
export function checkCloudPath(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalidParam('文件路径不能为空');
  const segments = value.split('/');
  const bad =
    value.startsWith('/') ||
    /[\\%?#]/.test(value) ||
    [...value].some((char) => char.charCodeAt(0) < 0x20) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw invalidParam(`非法文件路径: ${value}`);
  return value;
}

function encodeCloudPath(cloudPath: string): string {
  return cloudPath.split('/').map(encodeURIComponent).join('/');
}

function cloudPathOfFileId(fileId: string): string | undefined {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  if (!match) return undefined;
  try {
    return checkCloudPath(match[1]);
  } catch {
    return undefined;
  }
}
