import cloud from 'wx-server-sdk';
import { LOCAL_ENV_ID } from './identity';

/**
 * The real wx-server-sdk in this process, with admin rights, pointed at the local backend: used by local
 * tooling (seeding, the development login) that is never deployed.
 */
export function connectAdminSdk(serviceUrl: string, credentials: { secretId: string; secretKey: string }) {
  process.env.TENCENTCLOUD_SECRETID = credentials.secretId;
  process.env.TENCENTCLOUD_SECRETKEY = credentials.secretKey;
  process.env.SILENCE = 'true';
  // Skips the SDK's per-request probe of Tencent Cloud's metadata host (see runtime.ts).
  process.env.TENCENTCLOUD = 'true';
  cloud.init({ env: LOCAL_ENV_ID, serviceUrl, ...credentials } as Parameters<typeof cloud.init>[0]);
  return cloud.database();
}

export type AdminDatabase = ReturnType<typeof connectAdminSdk>;
