import cloud from 'wx-server-sdk';

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves per invocation; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };
export const db = cloud.database();
export const command = db.command;
