export { AuditLog } from './audit-log';
export type { AuditLogProps } from './audit-log';
