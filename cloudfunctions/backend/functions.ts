import { BackendError, ErrorCodes, invalidParam } from './errors';

export type FunctionInvoker = (name: string, event: unknown) => Promise<unknown>;

/** functions.invokeFunction: hands the event to the configured local runner and returns its JSON result. */
export async function invokeFunction(
  invoker: FunctionInvoker | undefined,
  params: Record<string, unknown>,
): Promise<unknown> {
  const name = params.function_name;
  if (typeof name !== 'string' || name === '') throw invalidParam('缺少 function_name');
  let event: unknown = {};
  if (typeof params.request_data === 'string' && params.request_data !== '') {
    try {
      event = JSON.parse(params.request_data);
    } catch {
      throw invalidParam('request_data 不是 JSON');
    }
  }
  if (!invoker)
    throw new BackendError(ErrorCodes.functionRequestFailed, `本地后端未配置云函数运行器，无法调用 ${name}`);
  let result: unknown;
  try {
    result = await invoker(name, event);
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    if (code === 'FUNCTION_NOT_FOUND') {
      throw new BackendError(ErrorCodes.functionRequestFailed, `FUNCTION_NOT_FOUND: 云函数不存在: ${name}`);
    }
    throw new BackendError(ErrorCodes.functionFailed, `云函数 ${name} 执行失败: ${String(message ?? error)}`);
  }
  return { data: { response_data: JSON.stringify(result ?? null) } };
}
