/** Collections the org function keeps for itself, beside the shared directory. */
export const ORG_COLLECTIONS = {
  roleRevocations: 'role_revocations',
} as const;

/** What is left of a revoked grant, so a repeated revoke is answered (and scoped) like the first one. */
export interface RoleRevocationRecord {
  _id: string;
  unitPath: string[];
  revokedAt: Date;
}
