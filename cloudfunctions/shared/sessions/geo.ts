/**
 * Where a check-in happened, against the session's fence. Fences are stored in GCJ-02, the system WeChat's
 * own location APIs and maps use in China; a reading in WGS-84 (the H5 build's browser geolocation, the only
 * system Taro accepts there) is converted before it is compared.
 */
export type CoordinateSystem = 'gcj02' | 'wgs84';

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Geofence extends Point {
  radiusMeters: number;
}

export interface LocationReading extends Point {
  /** The reading's own error radius in metres, as the device reports it. */
  accuracy: number;
  system: CoordinateSystem;
}

const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine); well within a metre at the scale of a meeting place. */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

// The published GCJ-02 transform (Krasovsky 1940 ellipsoid); it shifts points in mainland China only.
const AXIS = 6_378_245.0;
const ECCENTRICITY_SQUARED = 0.006_693_421_622_965_943;

function outsideChina({ latitude, longitude }: Point): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
}

function shiftLatitude(x: number, y: number): number {
  let shift = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  shift += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return shift;
}

function shiftLongitude(x: number, y: number): number {
  let shift = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  shift += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return shift;
}

export function wgs84ToGcj02(point: Point): Point {
  if (outsideChina(point)) return point;
  const x = point.longitude - 105;
  const y = point.latitude - 35;
  const latRadians = radians(point.latitude);
  const magic = 1 - ECCENTRICITY_SQUARED * Math.sin(latRadians) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (shiftLatitude(x, y) * 180) / (((AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (shiftLongitude(x, y) * 180) / ((AXIS / sqrtMagic) * Math.cos(latRadians) * Math.PI);
  return { latitude: point.latitude + dLat, longitude: point.longitude + dLng };
}

export const toGcj02 = (reading: Point & { system: CoordinateSystem }): Point =>
  reading.system === 'gcj02'
    ? { latitude: reading.latitude, longitude: reading.longitude }
    : wgs84ToGcj02(reading);

export type FenceVerdict =
  | { inside: true; distance: number }
  | { inside: false; reason: 'inaccurate'; accuracy: number }
  | { inside: false; reason: 'out_of_range'; distance: number };

/**
 * A reading less precise than the fence itself proves nothing either way, so it is refused as inaccurate
 * (the person tries again in the open). Otherwise the person is inside when the reading's error circle
 * reaches the fence (distance − accuracy ≤ radius): someone standing at the door of the hall is not turned
 * away for a 20-metre wobble, and since accuracy is at most the radius, the slack is at most one radius.
 */
export function judgeLocation(fence: Geofence, reading: LocationReading): FenceVerdict {
  if (!(reading.accuracy > 0) || reading.accuracy > fence.radiusMeters) {
    return { inside: false, reason: 'inaccurate', accuracy: reading.accuracy };
  }
  const distance = Math.round(distanceMeters(fence, toGcj02(reading)));
  return distance - reading.accuracy <= fence.radiusMeters
    ? { inside: true, distance }
    : { inside: false, reason: 'out_of_range', distance };
}
