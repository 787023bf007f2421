import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';
import { addGrant, addInvite } from '../support/fixtures/org';
import { dumpDatabase } from '../support/database-dump';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

/**
 * A backend whose audit log cannot be written: every change that records itself there must then not
 * happen at all, because the entry and the change commit together.
 */
let harness: FunctionHarness;
let work: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'audit-atomicity-'));
  const declaration = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cloudfunctions/database.json'), 'utf8'));
  delete declaration.collections.audit_log;
  const declarationPath = path.join(work, 'database.json');
  writeFileSync(declarationPath, JSON.stringify(declaration));
  harness = await startFunctionHarness({ seed: true, declarationPath });
});
afterAll(async () => {
  await harness?.close();
  rmSync(work, { recursive: true, force: true });
});

const withoutAudit = (collections: string[]) => collections.filter((name) => name !== 'audit_log');
const collections = withoutAudit([
  'units',
  'members',
  'roles',
  'invites',
  'invite_quotas',
  'role_revocations',
  'unit_imports',
]);

describe('a change and its audit entry commit together', () => {
  it('leaves everything as it was when the audit entry cannot be written', async () => {
    const grant = await addGrant(harness.stack.db, TARGET_UNIT);
    const invite = await addInvite(harness.stack.db, TARGET_UNIT, { maxUses: 3 });
    const before = await dumpDatabase(harness.stack.db, collections);
    const attempts = [
      harness.call('org', 'removeMember', { memberId: grant.memberId }, PERSONAS.unitAdmin),
      harness.call('org', 'revokeRole', { grantId: grant._id }, PERSONAS.unitAdmin),
      harness.call(
        'org',
        'grantRole',
        { memberId: grant.memberId, role: 'unit_admin', unitId: 'unit-education' },
        PERSONAS.parentAdmin,
      ),
      harness.call(
        'org',
        'moveMember',
        { memberId: grant.memberId, toUnitId: 'unit-school-58' },
        PERSONAS.parentAdmin,
      ),
      harness.call(
        'org',
        'createUnit',
        { parentId: TARGET_UNIT, name: '不该出现的单位', code: null },
        PERSONAS.unitAdmin,
      ),
      harness.call('org', 'revokeInvite', { inviteId: invite._id }, PERSONAS.unitAdmin),
      harness.call('account', 'join', { code: invite.code, name: '不该加入' }, 'openid-audit-less'),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(await dumpDatabase(harness.stack.db, collections)).toBe(before);
  });
});
