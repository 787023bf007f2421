export { StatusChip } from './status-chip';
