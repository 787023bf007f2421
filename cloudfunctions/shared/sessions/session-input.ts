import * as z from 'zod/mini';
import { idSchema } from '../platform/schema';
import { textSchema } from '../platform/text';
import { unitIdSchema } from '../org/unit';
import { SESSION_KINDS } from './kinds';
import { DEFAULT_OPEN_BEFORE_MINUTES, MAX_OPEN_BEFORE_MINUTES, sessionTimesProblem } from './window';

/**
 * What a leader types to create or change a session, and the location a phone reports at check-in: checked
 * by the admin screens and the function alike. Workers' screens never import this file, so these schemas
 * stay out of the main package.
 */
/** A reason a person gives (for leave) or an admin gives (for 补签). */
export const reasonSchema = (label: string) => textSchema({ label, min: 2, max: 200, multiline: true });

export const MIN_RADIUS_METERS = 30;
export const MAX_RADIUS_METERS = 3_000;

const isoTime = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label}应为带时区的 ISO 8601 时间，如 2026-11-26T14:30:00+08:00` });

export const geofenceSchema = z.strictObject({
  latitude: z.number({ error: '缺少纬度' }).check(z.gte(-90, '纬度无效'), z.lte(90, '纬度无效')),
  longitude: z.number({ error: '缺少经度' }).check(z.gte(-180, '经度无效'), z.lte(180, '经度无效')),
  radiusMeters: z
    .number({ error: '请选择签到范围' })
    .check(
      z.int('签到范围应为整数米'),
      z.gte(MIN_RADIUS_METERS, `签到范围至少 ${MIN_RADIUS_METERS} 米`),
      z.lte(MAX_RADIUS_METERS, `签到范围最大 ${MAX_RADIUS_METERS} 米`),
    ),
});

export const sessionTitleSchema = textSchema({ label: '活动名称', min: 2, max: 40, name: true });
export const placeSchema = textSchema({ label: '地点', min: 2, max: 60 });

/** What a leader fills in for a session; the same fields for creating and for editing. */
export const sessionFields = {
  title: sessionTitleSchema,
  kind: z.enum(SESSION_KINDS, { error: '请选择活动类型' }),
  startAt: isoTime('开始时间'),
  endAt: isoTime('结束时间'),
  place: placeSchema,
  geofence: z._default(z.nullable(geofenceSchema), null),
  noticeId: z._default(z.nullable(idSchema('通知')), null),
  requireCheckOut: z._default(z.boolean(), false),
  openBeforeMinutes: z._default(
    z
      .number()
      .check(
        z.int('提前开放时间应为整数分钟'),
        z.gte(0, '提前开放时间不能为负'),
        z.lte(MAX_OPEN_BEFORE_MINUTES, `最多提前 ${MAX_OPEN_BEFORE_MINUTES} 分钟开放签到`),
      ),
    DEFAULT_OPEN_BEFORE_MINUTES,
  ),
};

const timesInOrder = z.superRefine((value: { startAt: string; endAt: string }, context) => {
  const problem = sessionTimesProblem(value.startAt, value.endAt);
  if (problem) context.issues.push({ code: 'custom', message: problem, path: ['endAt'], input: value });
});

export const createSessionSchema = z
  .strictObject({
    unitId: unitIdSchema,
    ...sessionFields,
    /** Another 班次 of this session: the same activity, attended once at any of its shifts. */
    sameActivityAs: z.optional(idSchema('原活动')),
  })
  .check(timesInOrder);
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const updateSessionSchema = z
  .strictObject({ sessionId: idSchema('学习活动'), ...sessionFields })
  .check(timesInOrder);

export const locationSchema = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  accuracy: z.number({ error: '缺少定位精度' }).check(z.gte(0), z.lte(100_000)),
  system: z.enum(['gcj02', 'wgs84'], { error: '坐标系应为 gcj02 或 wgs84' }),
});
