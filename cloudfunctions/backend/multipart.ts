import { invalidParam } from './errors';

/**
 * Minimal multipart/form-data parser for the SDK's wx.openApi requests (form-data package, small bodies).
 * Parts declared as application/octet-stream stay Buffers; every other part becomes a UTF-8 string.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, string | Buffer> {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundaryMatch) throw invalidParam('multipart 请求缺少 boundary');
  const delimiter = Buffer.from(`--${boundaryMatch[1] ?? boundaryMatch[2]}`);
  const fields: Record<string, string | Buffer> = {};
  let position = body.indexOf(delimiter);
  if (position < 0) throw invalidParam('multipart 请求体格式不正确');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') break;
    position += 2; // CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', position);
    const next = body.indexOf(delimiter, position);
    if (headerEnd < 0 || next < 0 || headerEnd > next) throw invalidParam('multipart 请求体格式不正确');
    const headers = body.subarray(position, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next - 2); // the part ends with CRLF before the delimiter
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) throw invalidParam('multipart 字段缺少 name');
    const binary = /content-type:\s*application\/octet-stream/i.test(headers);
    fields[name] = binary ? Buffer.from(content) : content.toString('utf8');
    position = next;
  }
  return fields;
}
