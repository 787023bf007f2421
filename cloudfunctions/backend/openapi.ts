import protobuf from 'protobufjs';
import type { ContentSecurityRules } from './content-security';
import { BackendError, ErrorCodes, invalidParam } from './errors';
import type { DocumentStore } from './store';

// Same messages and field numbers as wx-server-sdk's bundled src/protobuf/openapi.js.
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
      },
    },
  },
});
const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');
const OPEN_API = 0;

export interface OpenApiContext {
  store: DocumentStore;
  contentRules: ContentSecurityRules;
}

type OpenApiHandler = (context: OpenApiContext, args: Record<string, unknown>) => Record<string, unknown>;

const handlers: Record<string, OpenApiHandler> = {
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': sendSubscribeMessage,
};

/** Decodes a wx.openApi request and returns the protobuf CommOpenApiResp bytes the SDK decodes. */
export function callOpenApi(context: OpenApiContext, apiName: unknown, requestData: unknown): Buffer {
  if (typeof apiName !== 'string') throw invalidParam('缺少 apiName');
  const handler = handlers[apiName];
  if (!handler) throw new BackendError(ErrorCodes.invalidAction, `本地后端不支持的开放接口: ${apiName}`);
  if (!Buffer.isBuffer(requestData)) throw invalidParam('requestData 必须是 protobuf 二进制');
  const args = decodeArguments(requestData);
  const response = handler(context, args);
  const bytes = CommOpenApiResp.encode(
    CommOpenApiResp.create({
      respData: Buffer.from(JSON.stringify(response)),
      contentType: 'application/json',
      errorCode: 0,
      httpCode: 200,
    }),
  ).finish();
  return Buffer.from(bytes);
}

function decodeArguments(requestData: Buffer): Record<string, unknown> {
  let message: { apiType?: number; openapiData?: { pairs?: { key: string; value: Uint8Array }[] } };
  try {
    message = CommApiData.toObject(CommApiData.decode(requestData), { defaults: true }) as typeof message;
  } catch (error) {
    throw invalidParam(`requestData 不是合法的 CommApiData: ${(error as Error).message}`);
  }
  if (message.apiType !== OPEN_API) throw invalidParam(`不支持的 apiType: ${message.apiType}`);
  const args: Record<string, unknown> = {};
  for (const { key, value } of message.openapiData?.pairs ?? []) {
    try {
      args[key] = JSON.parse(Buffer.from(value).toString('utf8'));
    } catch {
      throw invalidParam(`参数 ${key} 不是 JSON`);
    }
  }
  return args;
}

function msgSecCheck(context: OpenApiContext, args: Record<string, unknown>): Record<string, unknown> {
  if (typeof args.content !== 'string') return { errcode: 47001, errmsg: 'content 缺失或不是字符串' };
  const verdict = context.contentRules.check(args.content);
  if (args.version !== 2) {
    return verdict.suggest === 'pass'
      ? { errcode: 0, errmsg: 'ok' }
      : { errcode: 87014, errmsg: 'risky content' };
  }
  if (typeof args.openid !== 'string' || typeof args.scene !== 'number') {
    return { errcode: 47001, errmsg: 'version 2 需要 openid 与 scene' };
  }
  const detail = [
    {
      strategy: 'content_model',
      errcode: 0,
      suggest: verdict.suggest,
      label: verdict.label,
      ...(verdict.keyword ? { keyword: verdict.keyword, prob: 90 } : { prob: 0 }),
    },
  ];
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest: verdict.suggest, label: verdict.label },
    detail,
    trace_id: `local-${Date.now()}`,
  };
}

function sendSubscribeMessage(
  context: OpenApiContext,
  args: Record<string, unknown>,
): Record<string, unknown> {
  if (typeof args.touser !== 'string' || typeof args.template_id !== 'string') {
    return { errcode: 47003, errmsg: 'argument invalid! touser 与 template_id 必填' };
  }
  if (!args.data || typeof args.data !== 'object')
    return { errcode: 47003, errmsg: 'argument invalid! data 必填' };
  context.store.addOutbox('subscribeMessage.send', args);
  return { errcode: 0, errmsg: 'ok' };
}
