import type { AdminDatabase } from '../admin-sdk';

const REMEMBER_MS = 30_000;

// The SDK types count() as a union with callback-style results; awaited, it is always { total }.
const total = async (query: { count(): unknown }) => ((await query.count()) as { total: number }).total;

export interface KnownIdentities {
  /** Whether the openid belongs to someone on record: a member of any status or a holder of a role. */
  includes(openid: string): Promise<boolean>;
}

/**
 * Positive answers are remembered briefly, since every call of a page asks again; negative ones are not,
 * so a person recorded a moment ago is recognised at once.
 */
export function knownIdentities(db: AdminDatabase, federationAdmins: string[]): KnownIdentities {
  const recognisedUntil = new Map<string, number>();
  const onRecord = async (openid: string) => {
    const [members, roles] = await Promise.all([
      total(db.collection('members').where({ openid })),
      total(db.collection('roles').where({ openid })),
    ]);
    return members > 0 || roles > 0;
  };
  return {
    async includes(openid) {
      if (federationAdmins.includes(openid)) return true;
      if ((recognisedUntil.get(openid) ?? 0) > Date.now()) return true;
      if (!(await onRecord(openid))) return false;
      recognisedUntil.set(openid, Date.now() + REMEMBER_MS);
      return true;
    },
  };
}
