import { CloudError, networkError } from './cloud-error';
import { requestGateway } from './gateway';

/** Local-only identity switcher of the gateway; the H5 build is the only one that imports this file. */
export type DevRole = 'federation_admin' | 'unit_admin' | 'member' | 'visitor';

export interface DevIdentity {
  openid: string;
  name: string;
  role: DevRole;
  roleLabel: string;
  unitName: string | null;
}

type DevResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

async function request<T>(url: string, method: 'GET' | 'POST', data?: object): Promise<T> {
  const result = (await requestGateway(url, method, data)) as DevResult<T> | undefined;
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw networkError();
  if (!result.ok) throw new CloudError(result.code, result.message);
  return result.data;
}

export const fetchDevIdentities = () => request<DevIdentity[]>('/dev/identities', 'GET');

/** `null` asks the gateway for a fresh visitor identity (a new person who has not joined a unit). */
export const devLogin = (openid: string | null) => request<unknown>('/dev/login', 'POST', { openid });
