import { activeMemberById, grantById, inviteById, unitById } from '../../platform/lookup';

/** Resolvers from an action's input to the unit paths its access rule must cover. */
export const unitPath = async (unitId: string) => (await unitById(unitId)).path;
export const memberUnitPath = async (memberId: string) => (await activeMemberById(memberId)).unitPath;
export const inviteUnitPath = async (inviteId: string) => (await inviteById(inviteId)).unitPath;
export const grantUnitPath = async (grantId: string) => (await grantById(grantId)).unitPath;
