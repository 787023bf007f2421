import path from 'node:path';
import { prepareBuilds } from './prepare-builds';
import { REPO_ROOT, startLocalStack } from './stack';

process.env.CLOUDBASE_LOCAL = '1';

const backendPort = Number(process.env.CLOUDBASE_LOCAL_PORT ?? 39100);
const gatewayPort = Number(process.env.UNION_GATEWAY_PORT ?? 39200);
const dataDir = path.resolve(
  REPO_ROOT,
  process.env.CLOUDBASE_LOCAL_DATA ?? path.join('cloudfunctions/.local-data/backend'),
);

function explain(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & { port?: number };
  if (failure.code === 'EADDRINUSE') {
    return `端口 ${failure.port} 已被占用（可能已有一个 npm start 在运行）；可用 CLOUDBASE_LOCAL_PORT / UNION_GATEWAY_PORT 换端口`;
  }
  return failure instanceof Error ? failure.message : String(error);
}

async function main() {
  await prepareBuilds(REPO_ROOT);
  const stack = await startLocalStack({
    dataDir,
    backendPort,
    gatewayPort,
    seed: true,
    gateway: true,
    timers: true,
  });
  console.log(`
  在浏览器中打开: ${stack.gateway?.url}

  数据目录:       ${dataDir}
  重置演示数据:   按 Ctrl+C 停止后删除数据目录（rm -rf "${dataDir}"），再运行 npm start
  停止:           Ctrl+C
`);
  const stop = () => {
    void stack.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`启动失败: ${explain(error)}`);
  process.exit(1);
});
