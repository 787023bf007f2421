import { statsContract } from '../../../shared/stats/contract';
import { createMain } from '../../platform/router';
import { exportFederationTable } from './actions/export-federation-table';
import { exportSessionSheet } from './actions/export-session-sheet';
import { federationTable } from './actions/federation-table';
import { sessionSheet } from './actions/session-sheet';
import { setThresholds } from './actions/set-thresholds';
import { unitSummary } from './actions/unit-summary';

export const actions = {
  sessionSheet,
  exportSessionSheet,
  unitSummary,
  federationTable,
  exportFederationTable,
  setThresholds,
};
export const main = createMain('stats', statsContract, actions);
