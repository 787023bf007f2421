import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sign } from '@cloudbase/signature-nodejs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Backend, BackendOptions } from '../../cloudfunctions/backend/index';
import { LOCAL_CREDENTIALS, startBackend } from '../../cloudfunctions/backend/index';

/** Collections and unique indexes every backend test can rely on. */
export const TEST_DECLARATION = {
  collections: {
    items: { indexes: [] },
    people: { indexes: [{ name: 'openid_unique', keys: { openid: 1 }, unique: true }] },
    members: {
      indexes: [{ name: 'unit_phone_unique', keys: { unitId: 1, 'contact.phone': 1 }, unique: true }],
    },
    units: { indexes: [] },
    accounts: { indexes: [] },
  },
};

// wx-server-sdk keeps one global configuration and crashes the process without credentials.
process.env.TENCENTCLOUD_SECRETID = LOCAL_CREDENTIALS.secretId;
process.env.TENCENTCLOUD_SECRETKEY = LOCAL_CREDENTIALS.secretKey;
process.env.SILENCE = 'true';
// Offline, @cloudbase/node-sdk re-probes metadata.tencentyun.com (30 ms timeout, twice) on every request because
// a failed probe is never cached; this flag answers the probe locally. It only changes the default URL (we
// override it with serviceUrl) and the x-tcb-source tag.
process.env.TENCENTCLOUD = 'true';

const require = createRequire(import.meta.url);
// The SDK is a CommonJS webpack bundle; require keeps its single instance and its real runtime shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Cloud = any;
export const cloud: Cloud = require('wx-server-sdk');
/** The SDK's transaction object as runTransaction hands it to callbacks (untyped in wx-server-sdk). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SdkTransaction = any;

export interface TestBackend {
  backend: Backend;
  cloud: Cloud;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: any;
  dataDir: string;
  close(): Promise<void>;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `${prefix}-`));
}

export function writeDeclaration(dir: string, declaration: object = TEST_DECLARATION): string {
  const file = path.join(dir, 'database.json');
  writeFileSync(file, JSON.stringify(declaration));
  return file;
}

/** Starts a backend on a fresh temp dir and points the real wx-server-sdk at it. One per test file. */
export async function startTestBackend(
  options: Partial<Pick<BackendOptions, 'invokeFunction'>> = {},
): Promise<TestBackend> {
  const dataDir = makeTempDir('backend-test');
  const backend = await startBackend({
    dataDir: path.join(dataDir, 'data'),
    port: 0,
    ...LOCAL_CREDENTIALS,
    declarationPath: writeDeclaration(dataDir),
    invokeFunction: options.invokeFunction,
  });
  initCloud(backend.serviceUrl);
  return {
    backend,
    cloud,
    db: cloud.database(),
    dataDir,
    close: async () => {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function initCloud(serviceUrl: string): void {
  cloud.init({ env: 'test-env', serviceUrl, ...LOCAL_CREDENTIALS });
}

/** The errCode of a rejected SDK call (or undefined when it resolved). */
export async function errCodeOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { errCode?: number }).errCode;
  }
}

export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Posts a JSON request to /admin the way @cloudbase/node-sdk does, signed with the given key (or not at all),
 * to reach protocol paths the SDK itself never produces.
 */
export async function rawAdminRequest(
  serviceUrl: string,
  params: Record<string, unknown>,
  options: {
    secretKey?: string;
    unsigned?: boolean;
    rawBody?: string;
    tamper?: (body: string) => string;
  } = {},
): Promise<RawAnswer> {
  const url = `${serviceUrl}?env=test-env&seqId=raw`;
  const headers: Record<string, string> = { 'content-type': 'application/json', host: new URL(url).host };
  const fullParams = { envName: 'test-env', ...params };
  if (!options.unsigned) {
    const { authorization, timestamp } = sign({
      secretId: LOCAL_CREDENTIALS.secretId,
      secretKey: options.secretKey ?? LOCAL_CREDENTIALS.secretKey,
      method: 'post',
      url,
      headers,
      params: fullParams,
      timestamp: Math.floor(Date.now() / 1000) - 1,
      withSignedParams: true,
    });
    headers.authorization = authorization;
    headers['x-timestamp'] = String(timestamp);
  }
  let body = options.rawBody ?? JSON.stringify(fullParams);
  if (options.tamper) body = options.tamper(body);
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
