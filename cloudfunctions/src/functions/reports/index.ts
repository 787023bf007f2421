import { reportsContract } from '../../../shared/reports/contract';
import { createMain } from '../../platform/router';
import { digest } from './actions/digest';
import { get } from './actions/get';
import { remindMissing } from './actions/remind-missing';
import { returnForRevision } from './actions/return-for-revision';
import { save } from './actions/save';
import { status } from './actions/status';
import { submit } from './actions/submit';

export const actions = { get, save, submit, returnForRevision, status, remindMissing, digest };
export const main = createMain('reports', reportsContract, actions);
