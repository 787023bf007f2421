import { accountContract } from '../../../shared/account/contract';
import { createMain } from '../../platform/router';
import { deleteAccount } from './actions/delete-account';
import { join } from './actions/join';
import { me } from './actions/me';
import { previewInvite } from './actions/preview-invite';
import { updateProfile } from './actions/update-profile';

export const actions = { me, previewInvite, join, updateProfile, deleteAccount };
export const main = createMain('account', accountContract, actions);
