import protobuf from 'protobufjs';
import QRCode from 'qrcode';
import type { Clock } from './clock';
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
  clock: Clock;
}

/** A JSON answer, or bytes with their content type (as WeChat answers image APIs). */
type OpenApiReply = Record<string, unknown> | { contentType: string; bytes: Buffer };
type OpenApiHandler = (
  context: OpenApiContext,
  args: Record<string, unknown>,
) => OpenApiReply | Promise<OpenApiReply>;

const handlers: Record<string, OpenApiHandler> = {
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': sendSubscribeMessage,
  'wxacode.getUnlimited': unlimitedMiniProgramCode,
};

/** Decodes a wx.openApi request and returns the protobuf CommOpenApiResp bytes the SDK decodes. */
export async function callOpenApi(
  context: OpenApiContext,
  apiName: unknown,
  requestData: unknown,
): Promise<Buffer> {
  if (typeof apiName !== 'string') throw invalidParam('缺少 apiName');
  const handler = handlers[apiName];
  if (!handler) throw new BackendError(ErrorCodes.invalidAction, `本地后端不支持的开放接口: ${apiName}`);
  if (!Buffer.isBuffer(requestData)) throw invalidParam('requestData 必须是 protobuf 二进制');
  const args = decodeArguments(requestData);
  const reply = await handler(context, args);
  const binary = Buffer.isBuffer(reply.bytes) ? (reply as { contentType: string; bytes: Buffer }) : null;
  const bytes = CommOpenApiResp.encode(
    CommOpenApiResp.create({
      respData: binary ? binary.bytes : Buffer.from(JSON.stringify(reply)),
      contentType: binary ? binary.contentType : 'application/json',
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
    return verdict.suggest !== 'risky'
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
  context.store.addOutbox('subscribeMessage.send', args, new Date(context.clock.now()));
  return { errcode: 0, errmsg: 'ok' };
}

/**
 * Local stand-in for WeChat's mini-program code: a plain QR code of the page and scene it would open, so the
 * invite flow can be seen and scanned locally. WeChat's own code only resolves once the app is published.
 */
async function unlimitedMiniProgramCode(
  _context: OpenApiContext,
  args: Record<string, unknown>,
): Promise<OpenApiReply> {
  const scene = args.scene;
  if (typeof scene !== 'string' || scene.length === 0 || scene.length > 32) {
    return { errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' };
  }
  const page = typeof args.page === 'string' ? args.page : '';
  if (page.startsWith('/')) return { errcode: 41030, errmsg: 'invalid page rule' };
  const width = typeof args.width === 'number' ? Math.min(Math.max(args.width, 280), 1280) : 430;
  const bytes = await QRCode.toBuffer(`${page || 'pages/index/index'}?scene=${encodeURIComponent(scene)}`, {
    type: 'png',
    width,
    margin: 2,
  });
  return { contentType: 'image/png', bytes };
}
