import { formatChinaClock, formatChinaDateTime } from '@shared/platform/china-time';

export const chinaClock = (at: string) => formatChinaClock(at);
export const chinaDateTime = (at: string) => formatChinaDateTime(at);
