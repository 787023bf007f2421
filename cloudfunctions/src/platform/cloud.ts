import cloud from 'wx-server-sdk';

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves per invocation; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };
// A missing document reads as null instead of throwing, inside transactions too: absence is a normal answer.
export const db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]);
export const command = db.command;
