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

const insert = (value: string) => ({
  action: 'database.insertDocument',
  collectionName: 'items',
  data: [JSON.stringify({ marker: value })],
});

async function countMarker(value: string): Promise<number> {
  return (await t.db.collection('items').where({ marker: value }).count()).total;
}

describe('request signatures', () => {
  it('a correctly signed raw request is accepted', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('signed'));
    expect(answer.body.code).toBeUndefined();
    expect(await countMarker('signed')).toBe(1);
  });

  it('an unsigned request is rejected and writes nothing', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('unsigned'), { unsigned: true });
    expect(answer.body).toMatchObject({ code: 'SIGNATURE_INVALID' });
    expect(await countMarker('unsigned')).toBe(0);
  });

  it('a request signed with the wrong key is rejected and writes nothing', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('wrong-key'), {
      secretKey: 'not-the-key',
    });
    expect(answer.body).toMatchObject({ code: 'SIGNATURE_INVALID' });
    expect(await countMarker('wrong-key')).toBe(0);
  });

  it('a body changed after signing is rejected', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('original'), {
      tamper: (body) => body.replace('original', 'tampered'),
    });
    expect(answer.body).toMatchObject({ code: 'SIGNATURE_INVALID' });
    expect(await countMarker('tampered')).toBe(0);
  });

  it('a parameter added after signing is rejected', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('extra'), {
      tamper: (body) => body.replace('{', '{"transactionId":"x",'),
    });
    expect(answer.body).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('a garbled (non-JSON) body is rejected', async () => {
    const answer = await rawAdminRequest(t.backend.serviceUrl, insert('garbled'), { rawBody: '{not json' });
    expect(answer.body).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await countMarker('garbled')).toBe(0);
  });
});
