import { DEFAULT_THRESHOLDS, type Thresholds } from '../../../shared/stats/views';
import type { SettingsRecord } from './records';

/** The stored thresholds, or the defaults before the federation admin has set any. */
export const thresholdsOf = (record: Pick<SettingsRecord, 'thresholds'> | null | undefined): Thresholds => ({
  ...DEFAULT_THRESHOLDS,
  ...(record?.thresholds ?? {}),
});
