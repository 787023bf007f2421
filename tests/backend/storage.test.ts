import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { rawAdminRequest, startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

describe('storage', () => {
  it('uploadFile stores the bytes and getTempFileURL serves them back', async () => {
    const content = Buffer.from('学习心得 PDF 内容');
    const { fileID } = await t.cloud.uploadFile({ cloudPath: 'reports/2026/心得.txt', fileContent: content });
    expect(fileID).toBe('cloud://test-env.test-env-local/reports/2026/心得.txt');
    const { fileList } = await t.cloud.getTempFileURL({ fileList: [fileID] });
    expect(fileList[0]).toMatchObject({ fileID, status: 0 });
    const response = await fetch(encodeURI(fileList[0].tempFileURL));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(content)).toBe(true);
  });

  it('a missing file gets a non-success entry', async () => {
    const { fileList } = await t.cloud.getTempFileURL({
      fileList: ['cloud://test-env.test-env-local/none.txt'],
    });
    expect(fileList[0].status).toBe(-503003);
    expect(fileList[0].tempFileURL).toBe('');
  });

  it('deleteFile removes the file, and answers a missing one without failing the rest', async () => {
    const { fileID } = await t.cloud.uploadFile({ cloudPath: 'photos/p.jpg', fileContent: Buffer.from('p') });
    const missing = 'cloud://test-env.test-env-local/photos/none.jpg';
    const { fileList } = await t.cloud.deleteFile({ fileList: [fileID, missing] });
    expect(fileList).toEqual([
      { fileID, status: 0, errMsg: 'ok' },
      { fileID: missing, status: -503003, errMsg: 'storage file not exists' },
    ]);
    const { fileList: links } = await t.cloud.getTempFileURL({ fileList: [fileID] });
    expect(links[0].tempFileURL).toBe('');
  });

  it('a download URL with a forged signature is refused', async () => {
    const { fileID } = await t.cloud.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('a') });
    const { fileList } = await t.cloud.getTempFileURL({ fileList: [fileID] });
    const forged = String(fileList[0].tempFileURL).replace(/sign=[0-9a-f]+/, `sign=${'0'.repeat(64)}`);
    expect((await fetch(forged)).status).toBe(403);
  });

  it('an upload without the issued authorization is refused', async () => {
    const response = await fetch(`${t.backend.url}/storage/evil.txt`, { method: 'PUT', body: 'x' });
    expect(response.status).toBe(403);
  });

  it('path traversal is refused', async () => {
    const refused = await t.cloud
      .uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') })
      .catch((e: unknown) => e);
    // uploadFile errors keep the backend's code; wx-server-sdk sets errCode -1 for them.
    expect(refused).toMatchObject({ code: 'INVALID_PARAM' });
    const answer = await rawAdminRequest(t.backend.serviceUrl, {
      action: 'storage.getUploadMetadata',
      path: 'a/../../b',
      method: 'put',
    });
    expect(answer.body).toMatchObject({ code: 'INVALID_PARAM' });
    const response = await fetch(`${t.backend.url}/storage/..%2F..%2Fetc%2Fpasswd?t=9999999999&sign=x`);
    expect(response.status).toBe(403);
  });
});
