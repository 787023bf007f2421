import { describe, expect, it } from 'vitest';
import { contract } from '../../cloudfunctions/shared/contract';

// The functions initialise wx-server-sdk when loaded, which needs credentials to exist (never used here).
process.env.TENCENTCLOUD_SECRETID ??= 'unused';
process.env.TENCENTCLOUD_SECRETKEY ??= 'unused';

const implementations: Record<string, () => Promise<{ actions: Record<string, unknown> }>> = {
  notices: () => import('../../cloudfunctions/src/functions/notices'),
  account: () => import('../../cloudfunctions/src/functions/account'),
  org: () => import('../../cloudfunctions/src/functions/org'),
  sessions: () => import('../../cloudfunctions/src/functions/sessions'),
  reflections: () => import('../../cloudfunctions/src/functions/reflections'),
  reports: () => import('../../cloudfunctions/src/functions/reports'),
  stats: () => import('../../cloudfunctions/src/functions/stats'),
};

describe('access rules', () => {
  it('every deployed function is in the contract and vice versa', async () => {
    const { listFunctionSources } = await import('../../cloudfunctions/build');
    const deployed = listFunctionSources().map((source) => source.name);
    expect(deployed.sort()).toEqual(Object.keys(contract).sort());
    expect(Object.keys(implementations).sort()).toEqual(Object.keys(contract).sort());
  });

  for (const [name, actions] of Object.entries(contract)) {
    it(`${name}: every action of the contract is implemented with a declared access rule, and nothing else`, async () => {
      const implementation = await implementations[name]();
      expect(Object.keys(implementation.actions).sort()).toEqual(Object.keys(actions).sort());
      for (const [actionName, spec] of Object.entries(implementation.actions)) {
        const access = (spec as { access?: { description?: unknown; check?: unknown } }).access;
        expect(access, `${name}.${actionName} has no access rule`).toBeDefined();
        expect(typeof access?.check, `${name}.${actionName}`).toBe('function');
        expect(String(access?.description ?? '')).not.toBe('');
      }
    });
  }
});
