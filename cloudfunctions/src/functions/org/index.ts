import { orgContract } from '../../../shared/org/contract';
import { createMain } from '../../platform/router';
import { createInvite } from './actions/create-invite';
import { createUnit } from './actions/create-unit';
import { grantRole } from './actions/grant-role';
import { importUnits } from './actions/import-units';
import { inviteQrCode } from './actions/invite-qr-code';
import { listAudit } from './actions/list-audit';
import { listInvites } from './actions/list-invites';
import { listMembers } from './actions/list-members';
import { listRoles } from './actions/list-roles';
import { moveMember } from './actions/move-member';
import { removeMember } from './actions/remove-member';
import { revokeInvite } from './actions/revoke-invite';
import { revokeRole } from './actions/revoke-role';
import { unitTree } from './actions/unit-tree';
import { updateUnit } from './actions/update-unit';

export const actions = {
  unitTree,
  createUnit,
  updateUnit,
  importUnits,
  listMembers,
  moveMember,
  removeMember,
  createInvite,
  listInvites,
  revokeInvite,
  inviteQrCode,
  listRoles,
  grantRole,
  revokeRole,
  listAudit,
};
export const main = createMain('org', orgContract, actions);
