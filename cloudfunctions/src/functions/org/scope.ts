import { activeMemberById, unitById } from '../../platform/directory-lookup';
import { grantOrRevocationPath, inviteById, memberById } from './lookup';

/** Resolvers from an action's input to the unit paths its access rule must cover. */
export const unitPath = async (unitId: string) => (await unitById(unitId)).path;
export const memberUnitPath = async (memberId: string) => (await activeMemberById(memberId)).unitPath;
/** Where a member is or was: removal is answered again when it is repeated. */
export const anyMemberUnitPath = async (memberId: string) => (await memberById(memberId)).unitPath;
export const inviteUnitPath = async (inviteId: string) => (await inviteById(inviteId)).unitPath;
export const grantUnitPath = grantOrRevocationPath;
