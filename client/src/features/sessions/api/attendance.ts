import type { SheetList } from '@shared/sessions/sheet';
import { callFunction } from '@/lib/cloud';

export const fetchAttendance = (sessionId: string, list: SheetList, cursor?: string) =>
  callFunction('sessions', 'attendance', { sessionId, list, ...(cursor ? { cursor } : {}) });
