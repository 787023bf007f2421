/** Where an invocation came from, as CloudBase reports it in getWXContext().SOURCE. */
export type InvocationSource = 'wx_client' | 'wx_function' | 'wx_trigger' | 'wx_http';

/** What the platform injects about the caller of one invocation. */
export interface InvocationIdentity {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  SOURCE: InvocationSource;
}

export const LOCAL_APPID = 'wx0000000000000000';
export const LOCAL_ENV_ID = 'local-dev';
