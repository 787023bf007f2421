import { loadAuthority, type Authority } from './authority';
import { cloud } from './cloud';

export interface Caller {
  openid: string;
  appid: string;
  source: string;
  /** The caller's membership and roles, read once per invocation. */
  authority(): Promise<Authority>;
}

/** The platform's word on who is calling; getWXContext must be read inside the invocation, never at load time. */
export function readCaller(): Caller | null {
  const context = cloud.getWXContext();
  const openid = typeof context.OPENID === 'string' ? context.OPENID : '';
  if (!openid) return null;
  let authority: Promise<Authority> | null = null;
  return {
    openid,
    appid: String(context.APPID ?? ''),
    source: String(context.SOURCE ?? ''),
    authority: () => (authority ??= loadAuthority(openid)),
  };
}
