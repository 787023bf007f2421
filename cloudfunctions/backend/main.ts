import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_CREDENTIALS, startBackend } from './index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.CLOUDBASE_LOCAL_PORT ?? 39100);
const dataDir = path.resolve(
  repoRoot,
  process.env.CLOUDBASE_LOCAL_DATA ?? 'cloudfunctions/.local-data/backend',
);

startBackend({ dataDir, port, ...LOCAL_CREDENTIALS })
  .then((backend) => {
    console.log(`本地 CloudBase 后端已启动: ${backend.url} (数据目录 ${dataDir})`);
    const shutdown = (): void => {
      backend.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('关闭本地后端失败:', error);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  })
  .catch((error: unknown) => {
    console.error('本地 CloudBase 后端启动失败:', error);
    process.exit(1);
  });
