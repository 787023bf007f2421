import path from 'node:path';
import { REPO_ROOT, startLocalStack } from './stack';

process.env.CLOUDBASE_LOCAL = '1';

const backendPort = Number(process.env.CLOUDBASE_LOCAL_PORT ?? 39100);
const gatewayPort = Number(process.env.UNION_GATEWAY_PORT ?? 39200);
const dataDir = path.resolve(
  REPO_ROOT,
  process.env.CLOUDBASE_LOCAL_DATA ?? path.join('cloudfunctions/.local-data/backend'),
);

startLocalStack({ dataDir, backendPort, gatewayPort, seed: true, gateway: true })
  .then((stack) => {
    console.log(`本地 CloudBase 后端: ${stack.backendUrl}（数据目录 ${dataDir}）`);
    console.log(`本地云函数: ${stack.runtime.functionNames().join(', ')}`);
    console.log(`\n  在浏览器中打开: ${stack.gateway?.url}\n`);
    const stop = () => {
      void stack.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error('启动失败:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
