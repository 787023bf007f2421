import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { errCodeOf, rawAdminRequest, startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

describe('error contract', () => {
  it('a duplicate _id is -502001 with an E11000 message', async () => {
    await t.db.collection('items').add({ data: { _id: 'dup' } });
    const error = await t.db
      .collection('items')
      .add({ data: { _id: 'dup' } })
      .catch((e: unknown) => e);
    expect(error.errCode).toBe(-502001);
    expect(String(error.message)).toMatch(/E11000 duplicate key/);
  });

  it('a duplicate unique key is -502001, on add, update and set', async () => {
    await t.db.collection('people').add({ data: { _id: 'p1', openid: 'o1' } });
    await t.db.collection('people').add({ data: { _id: 'p2', openid: 'o2' } });
    const error = await t.db
      .collection('people')
      .add({ data: { openid: 'o1' } })
      .catch((e: unknown) => e);
    expect(error.errCode).toBe(-502001);
    expect(String(error.message)).toMatch(/openid_unique/);
    expect(
      await errCodeOf(
        t.db
          .collection('people')
          .doc('p2')
          .update({ data: { openid: 'o1' } }),
      ),
    ).toBe(-502001);
    expect(
      await errCodeOf(
        t.db
          .collection('people')
          .doc('p2')
          .set({ data: { openid: 'o1' } }),
      ),
    ).toBe(-502001);
    expect((await t.db.collection('people').doc('p2').get()).data.openid).toBe('o2');
  });

  it('compound unique keys treat a missing field as null', async () => {
    const members = t.db.collection('members');
    await members.add({ data: { unitId: 'u1', contact: { phone: '138' } } });
    await members.add({ data: { unitId: 'u2', contact: { phone: '138' } } });
    expect(await errCodeOf(members.add({ data: { unitId: 'u1', contact: { phone: '138' } } }))).toBe(-502001);
    await members.add({ data: { unitId: 'u3' } });
    expect(await errCodeOf(members.add({ data: { unitId: 'u3', contact: {} } }))).toBe(-502001);
    expect((await members.count()).total).toBe(3);
  });

  it('a unique key freed by an update can be reused', async () => {
    await t.db.collection('people').add({ data: { _id: 'p3', openid: 'free-me' } });
    await t.db
      .collection('people')
      .doc('p3')
      .update({ data: { openid: 'moved' } });
    await t.db.collection('people').add({ data: { openid: 'free-me' } });
    await t.db.collection('people').doc('p3').remove();
    await t.db.collection('people').add({ data: { openid: 'moved' } });
  });

  it('a missing collection is -502005 for reads and writes', async () => {
    expect(await errCodeOf(t.db.collection('nowhere').get())).toBe(-502005);
    expect(await errCodeOf(t.db.collection('nowhere').add({ data: { a: 1 } }))).toBe(-502005);
    expect(
      await errCodeOf(
        t.db
          .collection('nowhere')
          .doc('x')
          .update({ data: { a: 1 } }),
      ),
    ).toBe(-502005);
    expect(await errCodeOf(t.db.collection('nowhere').count())).toBe(-502005);
  });

  it('an unsupported query operator is refused explicitly', async () => {
    const _ = t.db.command;
    const error = await t.db
      .collection('items')
      .where({ location: _.geoNear({ geometry: new t.db.Geo.Point(120, 36), maxDistance: 10 }) })
      .get()
      .catch((e: unknown) => e);
    expect(error.errCode).toBe(-502002);
    expect(String(error.message)).toMatch(/不支持的查询操作符: \$nearSphere/);
  });

  it('an unsupported aggregate stage is refused explicitly', async () => {
    const error = await t.db
      .collection('items')
      .aggregate()
      .bucket({ groupBy: '$n', boundaries: [0, 10] })
      .end()
      .catch((e: unknown) => e);
    // wx-server-sdk's aggregate wrapper reports errCode -1 but keeps the backend's code.
    expect(error.code).toBe('DATABASE_INVALID_OPERRATOR');
    expect(String(error.message)).toMatch(/不支持的聚合阶段: \$bucket/);
  });

  it('unsupported update operators, expression operators and actions are refused explicitly', async () => {
    const { _id } = await t.db.collection('items').add({ data: { n: 1 } });
    const update = await rawAdminRequest(t.backend.serviceUrl, {
      action: 'database.modifyDocument',
      collectionName: 'items',
      queryType: 'DOC',
      query: JSON.stringify({ _id }),
      data: JSON.stringify({ $currentDate: { at: true } }),
      multi: false,
      merge: true,
      upsert: false,
    });
    expect(update.body).toMatchObject({
      code: 'DATABASE_INVALID_OPERRATOR',
      message: '不支持的更新操作符: $currentDate',
    });
    const expression = await rawAdminRequest(t.backend.serviceUrl, {
      action: 'database.aggregateDocuments',
      collectionName: 'items',
      stages: [{ stageKey: '$project', stageValue: JSON.stringify({ x: { $function: {} } }) }],
    });
    expect(expression.body).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
    const action = await rawAdminRequest(t.backend.serviceUrl, { action: 'database.dropCollection' });
    expect(action.body).toMatchObject({ code: 'INVALID_ACTION' });
    expect((await t.db.collection('items').doc(_id).get()).data).toEqual({ _id, n: 1 });
  });
});
