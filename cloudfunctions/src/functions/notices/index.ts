import { noticesContract } from '../../../shared/notices/contract';
import { createMain } from '../../platform/router';
import { latest } from './actions/latest';

export const actions = { latest };
export const main = createMain('notices', noticesContract, actions);
