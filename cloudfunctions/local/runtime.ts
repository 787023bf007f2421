import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InvocationReply, InvocationRequest } from './function-worker';
import { LOCAL_ENV_ID, type InvocationIdentity } from './identity';

export class FunctionInvocationError extends Error {
  constructor(
    readonly code:
      | 'FUNCTION_NOT_FOUND'
      | 'FUNCTION_TIMEOUT'
      | 'FUNCTION_EXECUTION_FAILED'
      | 'FUNCTION_EVENT_UNSENDABLE'
      | 'RUNTIME_CLOSED',
    message: string,
  ) {
    super(message);
  }
}

export interface RuntimeOptions {
  /** Folder of built functions: <distDir>/<name>/index.js (+ config.json). */
  distDir: string;
  /** Where the functions' wx-server-sdk sends its requests: the local backend's /admin URL. */
  serviceUrl: string;
  credentials: { secretId: string; secretKey: string };
  poolSize?: number;
  envId?: string;
  /** Environment variables of the functions, as set in the CloudBase console. */
  functionEnv?: Record<string, string>;
}

export interface FunctionRuntime {
  invoke(name: string, event: unknown, identity: InvocationIdentity): Promise<unknown>;
  /** Shifts the functions' clock from real time (0: real time again), together with the backend's. */
  shiftClock(offsetMs: number): void;
  functionNames(): string[];
  close(): Promise<void>;
}

interface Pending {
  request: InvocationRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

const DEFAULT_TIMEOUT_SECONDS = 3;
const workerBootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(
  path.join(__dirname, 'function-worker.ts'),
)});`;

/**
 * Runs built cloud functions as CloudBase does, with the real wx-server-sdk inside: a pool of worker
 * threads, each holding one invocation at a time with that invocation's identity in its own process.env.
 */
export function createRuntime(options: RuntimeOptions): FunctionRuntime {
  const envId = options.envId ?? LOCAL_ENV_ID;
  const workerEnv = {
    ...process.env,
    ...options.functionEnv,
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: options.serviceUrl }),
    TENCENTCLOUD_SECRETID: options.credentials.secretId,
    TENCENTCLOUD_SECRETKEY: options.credentials.secretKey,
    SILENCE: 'true',
    // Says "inside Tencent Cloud", as the platform does: otherwise the SDK probes a metadata host on every
    // request (two 30 ms timeouts offline). It only changes the default URL, which TCB_CONTEXT_CNFG overrides.
    TENCENTCLOUD: 'true',
  };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(workerBootstrap, {
      eval: true,
      env: workerEnv,
      workerData: { distDir: options.distDir },
    });
    const slot: Slot = { worker, current: null, timer: null };
    worker.on('message', (reply: InvocationReply) => settle(slot, reply));
    worker.on('error', (error) =>
      fail(slot, new FunctionInvocationError('FUNCTION_EXECUTION_FAILED', error.message)),
    );
    return slot;
  };

  const release = (slot: Slot): Pending | null => {
    const pending = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = null;
    slot.timer = null;
    return pending;
  };

  const settle = (slot: Slot, reply: InvocationReply) => {
    if ('started' in reply) {
      const pending = slot.current;
      if (pending && pending.request.id === reply.id) startTimer(slot, pending);
      return;
    }
    const pending = release(slot);
    if (pending && reply.id === pending.request.id) {
      if (reply.ok) pending.resolve(JSON.parse(reply.json));
      else
        pending.reject(
          new FunctionInvocationError(
            'FUNCTION_EXECUTION_FAILED',
            `云函数 ${pending.request.name} 执行出错: ${reply.message}`,
          ),
        );
    }
    dispatch();
  };

  /** A worker that hung or crashed is replaced, as the platform would start a fresh instance. */
  const fail = (slot: Slot, error: Error) => {
    const pending = release(slot);
    pending?.reject(error);
    void slot.worker.terminate();
    if (!closed) slots[slots.indexOf(slot)] = spawn();
    dispatch();
  };

  const startTimer = (slot: Slot, pending: Pending) => {
    slot.timer = setTimeout(
      () =>
        fail(
          slot,
          new FunctionInvocationError(
            'FUNCTION_TIMEOUT',
            `云函数 ${pending.request.name} 运行超过 ${pending.request.timeoutMs} 毫秒`,
          ),
        ),
      pending.request.timeoutMs,
    );
  };

  const dispatch = () => {
    for (const slot of slots) {
      while (!slot.current && queue.length > 0) handOver(slot, queue.shift() as Pending);
    }
  };

  /**
   * The structured clone that carries an event to a worker can throw (an event nested thousands deep
   * overflows its recursion); that call alone fails, and the slot stays free for the next one.
   */
  const handOver = (slot: Slot, pending: Pending) => {
    slot.current = pending;
    try {
      slot.worker.postMessage(pending.request);
    } catch (error) {
      release(slot);
      const reason = error instanceof Error ? error.message : String(error);
      pending.reject(
        new FunctionInvocationError(
          'FUNCTION_EVENT_UNSENDABLE',
          `云函数 ${pending.request.name} 的调用参数无法交给运行实例（${reason}），本次调用未执行`,
        ),
      );
    }
  };

  // Workers keep each bundle once loaded, as a warm instance does; its config is read once to match.
  const timeouts = new Map<string, number>();
  const timeoutOf = (name: string): number | null => {
    const known = timeouts.get(name);
    if (known !== undefined) return known;
    if (!/^[A-Za-z0-9_-]+$/.test(name) || !existsSync(path.join(options.distDir, name, 'index.js')))
      return null;
    const configFile = path.join(options.distDir, name, 'config.json');
    const seconds = existsSync(configFile)
      ? Number(JSON.parse(readFileSync(configFile, 'utf8')).timeout ?? DEFAULT_TIMEOUT_SECONDS)
      : DEFAULT_TIMEOUT_SECONDS;
    timeouts.set(name, seconds * 1000);
    return seconds * 1000;
  };

  const functionNames = () =>
    existsSync(options.distDir)
      ? readdirSync(options.distDir).filter((name) =>
          existsSync(path.join(options.distDir, name, 'index.js')),
        )
      : [];

  for (let i = 0; i < (options.poolSize ?? 4); i += 1) slots.push(spawn());

  let clockOffsetMs = 0;
  return {
    functionNames,
    shiftClock(offsetMs) {
      clockOffsetMs = offsetMs;
    },
    invoke(name, event, identity) {
      if (closed)
        return Promise.reject(new FunctionInvocationError('RUNTIME_CLOSED', '本地云函数运行时已关闭'));
      const timeoutMs = timeoutOf(name);
      if (timeoutMs === null) {
        return Promise.reject(new FunctionInvocationError('FUNCTION_NOT_FOUND', `云函数 ${name} 不存在`));
      }
      return new Promise((resolve, reject) => {
        queue.push({
          request: { id: nextId++, name, event, identity, timeoutMs, clockOffsetMs },
          resolve,
          reject,
        });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) {
        pending.reject(new FunctionInvocationError('RUNTIME_CLOSED', '本地云函数运行时已关闭'));
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
