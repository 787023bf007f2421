import { loadAuthority, type Authority } from './authority';
import { cloud } from './cloud';

export interface Caller {
  openid: string;
  appid: string;
  source: string;
  /** The caller's membership and roles, read once per invocation. */
  authority(): Promise<Authority>;
}

/** A timer trigger's invocation, as CloudBase sends it: no person, only the trigger's name. */
export const TIMER_SOURCE = 'wx_trigger';

/**
 * The platform's word on who is calling; getWXContext must be read inside the invocation, never at load
 * time. Null when no person can be identified and the platform did not say a timer is calling.
 */
export function readCaller(): Caller | null {
  const context = cloud.getWXContext();
  const openid = typeof context.OPENID === 'string' ? context.OPENID : '';
  const source = String(context.SOURCE ?? '');
  if (!openid && source !== TIMER_SOURCE) return null;
  let authority: Promise<Authority> | null = null;
  return {
    openid,
    appid: String(context.APPID ?? ''),
    source,
    authority: () => (authority ??= loadAuthority(openid)),
  };
}
