import { describe, expect, it } from 'vitest';
import {
  checkInPayload,
  parseCheckInPayload,
  sessionIdFromScanPath,
  sessionIdFromScene,
} from '../../cloudfunctions/shared/sessions/codes';
import { distanceMeters, judgeLocation, wgs84ToGcj02 } from '../../cloudfunctions/shared/sessions/geo';
import { checkInPhase, checkInWindow, checkOutOpen } from '../../cloudfunctions/shared/sessions/window';
import {
  codeAt,
  hotp,
  secondsLeftInStep,
  verifyCode,
} from '../../cloudfunctions/src/functions/sessions/totp';

const MINUTE = 60_000;

describe('rotating codes (RFC 6238 style, HMAC-SHA256, 30-second steps)', () => {
  it('computes the RFC 6238 SHA-256 test vectors', () => {
    const key = Buffer.from('12345678901234567890123456789012', 'ascii');
    const vectors: [number, string][] = [
      [59, '46119246'],
      [1111111109, '68084774'],
      [1111111111, '67062674'],
      [1234567890, '91819424'],
      [2000000000, '90698825'],
      [20000000000, '77737706'],
    ];
    for (const [seconds, code] of vectors) expect(hotp(key, Math.floor(seconds / 30), 8)).toBe(code);
  });

  it('changes every 30 seconds and accepts the current and the previous step only', () => {
    const secret = 'ab'.repeat(32);
    const start = Date.UTC(2026, 10, 26, 6, 0, 0);
    const code = codeAt(secret, 'in', start);
    expect(code).toMatch(/^\d{6}$/);
    expect(codeAt(secret, 'in', start + 29_999)).toBe(code);
    expect(codeAt(secret, 'in', start + 30_000)).not.toBe(code);
    expect(verifyCode(secret, 'in', code, start)).toBe('valid');
    expect(verifyCode(secret, 'in', code, start + 59_999)).toBe('valid');
    expect(verifyCode(secret, 'in', code, start + 60_000)).toBe('expired');
    expect(verifyCode(secret, 'in', code, start + 60 * MINUTE)).toBe('expired');
    expect(secondsLeftInStep(start)).toBe(30);
    expect(secondsLeftInStep(start + 29_001)).toBe(1);
  });

  it('keeps check-in and check-out codes and different sessions apart', () => {
    const at = Date.UTC(2026, 10, 26, 6, 0, 0);
    const secret = 'cd'.repeat(32);
    const checkIn = codeAt(secret, 'in', at);
    expect(codeAt(secret, 'out', at)).not.toBe(checkIn);
    expect(verifyCode('ef'.repeat(32), 'in', checkIn, at)).not.toBe('valid');
    const wrong = String((Number(checkIn) + 1) % 1_000_000).padStart(6, '0');
    expect(['invalid', 'expired']).toContain(verifyCode(secret, 'in', wrong, at));
  });
});

describe('the check-in window', () => {
  const start = new Date('2026-11-26T06:00:00Z');
  const session = {
    startAt: start,
    endAt: new Date(start.getTime() + 90 * MINUTE),
    openBeforeMinutes: 30,
    closedAt: null,
  };
  const at = (minutes: number, ms = 0) => start.getTime() + minutes * MINUTE + ms;

  it('opens 30 minutes before the start, exactly', () => {
    expect(checkInWindow(session).opensAt.toISOString()).toBe('2026-11-26T05:30:00.000Z');
    expect(checkInPhase(session, at(-30, -1))).toBe('not_open');
    expect(checkInPhase(session, at(-30))).toBe('open');
  });

  it('is on time until 5 minutes after the start and late after that', () => {
    expect(checkInPhase(session, at(5))).toBe('open');
    expect(checkInPhase(session, at(5, 1))).toBe('late');
  });

  it('closes at the end, or earlier when the leader closes it', () => {
    expect(checkInPhase(session, at(90, -1))).toBe('late');
    expect(checkInPhase(session, at(90))).toBe('closed');
    const closedEarly = { ...session, closedAt: new Date(at(20)) };
    expect(checkInPhase(closedEarly, at(20, -1))).toBe('late');
    expect(checkInPhase(closedEarly, at(20))).toBe('closed');
  });

  it('takes check-outs from the start until 30 minutes after the end', () => {
    expect(checkOutOpen(session, at(0, -1))).toBe(false);
    expect(checkOutOpen(session, at(0))).toBe(true);
    expect(checkOutOpen(session, at(120, -1))).toBe(true);
    expect(checkOutOpen(session, at(120))).toBe(false);
  });

  it('follows the configured opening time', () => {
    expect(checkInPhase({ ...session, openBeforeMinutes: 0 }, at(0, -1))).toBe('not_open');
  });
});

describe('the location fence', () => {
  const fence = { latitude: 36.0662, longitude: 120.3826, radiusMeters: 100 };
  const north = (meters: number) => ({
    latitude: fence.latitude + meters / 111_195,
    longitude: fence.longitude,
  });

  it('measures great-circle distance', () => {
    expect(distanceMeters(fence, north(150))).toBeGreaterThan(149);
    expect(distanceMeters(fence, north(150))).toBeLessThan(151);
    // 青岛 to 济南, about 320 km as the crow flies.
    const jinan = { latitude: 36.6512, longitude: 117.1201 };
    expect(distanceMeters(fence, jinan) / 1000).toBeGreaterThan(290);
    expect(distanceMeters(fence, jinan) / 1000).toBeLessThan(310);
  });

  it('admits a reading whose error circle reaches the fence, refuses one beyond it with the distance', () => {
    expect(judgeLocation(fence, { ...north(50), accuracy: 20, system: 'gcj02' })).toEqual({
      inside: true,
      distance: 50,
    });
    expect(judgeLocation(fence, { ...north(115), accuracy: 20, system: 'gcj02' })).toMatchObject({
      inside: true,
    });
    expect(judgeLocation(fence, { ...north(150), accuracy: 30, system: 'gcj02' })).toEqual({
      inside: false,
      reason: 'out_of_range',
      distance: 150,
    });
  });

  it('asks for another reading when its accuracy is worse than the radius', () => {
    expect(judgeLocation(fence, { ...north(0), accuracy: 101, system: 'gcj02' })).toEqual({
      inside: false,
      reason: 'inaccurate',
      accuracy: 101,
    });
    expect(judgeLocation(fence, { ...north(0), accuracy: 0, system: 'gcj02' })).toMatchObject({
      reason: 'inaccurate',
    });
  });

  it('converts a WGS-84 reading (the H5 build) to GCJ-02 before comparing', () => {
    const shifted = wgs84ToGcj02(fence);
    // In Qingdao GCJ-02 lies a few hundred metres from WGS-84.
    expect(distanceMeters(fence, shifted)).toBeGreaterThan(200);
    const wgs = {
      latitude: fence.latitude - (shifted.latitude - fence.latitude),
      longitude: fence.longitude - (shifted.longitude - fence.longitude),
    };
    expect(judgeLocation(fence, { ...wgs, accuracy: 20, system: 'wgs84' })).toMatchObject({ inside: true });
    expect(judgeLocation(fence, { ...wgs, accuracy: 20, system: 'gcj02' })).toMatchObject({
      reason: 'out_of_range',
    });
    expect(wgs84ToGcj02({ latitude: 51.5, longitude: -0.12 })).toEqual({ latitude: 51.5, longitude: -0.12 });
  });
});

describe('what scanners hand over', () => {
  it('reads the screen’s QR payload and nothing else', () => {
    const payload = checkInPayload('session-0123456789abcdef0123', 'in', '042917');
    expect(parseCheckInPayload(payload)).toEqual({
      sessionId: 'session-0123456789abcdef0123',
      purpose: 'in',
      code: '042917',
    });
    for (const other of ['', 'https://example.com', 'QDGH-SIGN:x:in:12345', 'QDGH-SIGN:x:up:123456']) {
      expect(parseCheckInPayload(other)).toBeNull();
    }
  });

  it('decodes a mini-program code’s scene however the platform encoded it', () => {
    const id = 'session-0123456789abcdef0123';
    expect(sessionIdFromScene(id)).toBe(id);
    expect(sessionIdFromScene(`id%3D${id}`)).toBe(id);
    expect(sessionIdFromScene(`id=${id}`)).toBe(id);
    expect(sessionIdFromScene(encodeURIComponent(encodeURIComponent(`id=${id}`)))).toBe(id);
    expect(sessionIdFromScene('%E4%B8%AD%')).toBeNull();
    expect(sessionIdFromScene(undefined)).toBeNull();
    expect(sessionIdFromScanPath(`pages/session/index?scene=${id}`)).toBe(id);
    expect(sessionIdFromScanPath(`pages/session/index?scene=id%3D${id}`)).toBe(id);
    expect(sessionIdFromScanPath(`pages/join/index?scene=${id}`)).toBeNull();
  });
});
