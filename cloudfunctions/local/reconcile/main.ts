import { LOCAL_CREDENTIALS } from '../../backend';
import { connectAdminSdk } from '../admin-sdk';
import { reconcile, RECOUNTS } from './reconcile';

// `npm run reconcile`: against the backend `npm start` (or `npm run backend`) runs on this machine.
const port = Number(process.env.CLOUDBASE_LOCAL_PORT ?? 39100);
const db = connectAdminSdk(`http://127.0.0.1:${port}/admin`, LOCAL_CREDENTIALS);

reconcile(db)
  .then((differences) => {
    console.log(`已核对计数器：${RECOUNTS.map((recount) => recount.name).join('、')}`);
    if (differences.length === 0) {
      console.log('全部计数器与原始记录一致。');
      return;
    }
    console.log(`发现 ${differences.length} 处不一致：`);
    for (const { key, field, stored, recounted } of differences) {
      console.log(`  ${key} ${field}: 计数器 ${stored}，按原始记录应为 ${recounted}`);
    }
    process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error(
      `无法核对（本地后端是否已启动？端口 ${port}）：`,
      error instanceof Error ? error.message : error,
    );
    process.exitCode = 2;
  });
