import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'gateway-visitor-secret';
const SECRET_HEX = /^[0-9a-f]{64}$/;
const VISITOR_ID = /^(dev-new-[0-9a-f]{12})\.([A-Za-z0-9_-]{22})$/;

export interface VisitorIds {
  /** A new person's openid, as WeChat gives one to everyone who opens the mini-program. */
  issue(): string;
  /** Whether this gateway's data directory issued the id; anything else is a made-up identity. */
  isGenuine(openid: string): boolean;
}

/** The secret lives beside the data it guards: ids survive a restart and die with a reset of the data. */
function loadOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (!SECRET_HEX.test(secret)) {
    throw new Error(`网关密钥文件 ${file} 内容损坏：删除它后重新启动即可（已发出的新用户身份随之失效）`);
  }
  return Buffer.from(secret, 'hex');
}

export function visitorIds(dataDir: string): VisitorIds {
  const secret = loadOrCreateSecret(dataDir);
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);
  return {
    issue() {
      const body = `dev-new-${randomBytes(6).toString('hex')}`;
      return `${body}.${mac(body)}`;
    },
    isGenuine(openid) {
      const match = VISITOR_ID.exec(openid);
      return match !== null && timingSafeEqual(Buffer.from(mac(match[1])), Buffer.from(match[2]));
    },
  };
}
