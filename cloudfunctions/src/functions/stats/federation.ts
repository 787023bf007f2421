import { ROOT_UNIT_ID } from '../../../shared/org/unit';
import { emptyFigures, rate } from '../../../shared/stats/figures';
import { laggingOf, type FederationRow, type FederationTable } from '../../../shared/stats/views';
import { db } from '../../platform/cloud';
import { subtreeParticipation } from '../../platform/participation';
import { rows } from '../../platform/query';
import {
  FEDERATION_SETTINGS_ID,
  READ_COLLECTIONS,
  STATS_SETTINGS,
  type NoticeRow,
  type SettingsRecord,
} from './records';
import { thresholdsOf } from './settings';

interface SubPipeline {
  match(query: object): SubPipeline;
  done(): object[];
}

/**
 * The notice the table is about (the one asked for, or the newest) with the federation's thresholds, in
 * one request: the settings document joined to the notice.
 */
async function noticeWithSettings(
  noticeId: string | undefined,
): Promise<{ notice: NoticeRow | null; settings: SettingsRecord | null }> {
  // `pipeline()` exists at run time (@cloudbase/database) but not in wx-server-sdk's typings.
  const $ = db.command.aggregate as typeof db.command.aggregate & { pipeline(): SubPipeline };
  const { list } = (await db
    .collection(READ_COLLECTIONS.notices)
    .aggregate()
    .match(noticeId ? { _id: noticeId } : { status: 'published' })
    .sort({ publishedAt: -1 })
    .limit(1)
    .lookup({
      from: STATS_SETTINGS,
      pipeline: $.pipeline().match({ _id: FEDERATION_SETTINGS_ID }).done(),
      as: 'settings',
    })
    .project({ title: 1, targetUnitIds: 1, publishedAt: 1, settings: 1 })
    .end()) as { list: (NoticeRow & { settings: SettingsRecord[] })[] };
  const [found] = list;
  if (found) {
    const { settings, ...notice } = found;
    return { notice, settings: settings[0] ?? null };
  }
  const [settings = null] = await rows<SettingsRecord>(
    db.collection(STATS_SETTINGS).where({ _id: FEDERATION_SETTINGS_ID }).limit(1),
  );
  return { notice: null, settings };
}

/**
 * A row per unit of the whole tree, each rolled up over its sub-units, with the thresholds it falls below.
 * ceil(units ÷ 100) requests for the tree and four more (notice with settings, counters, activities,
 * reflections), whatever the number of members, receipts, check-ins or reflections.
 */
export async function federationTable(noticeId: string | undefined): Promise<FederationTable> {
  const { notice, settings } = await noticeWithSettings(noticeId);
  const thresholds = thresholdsOf(settings);
  const { units, figures } = await subtreeParticipation(ROOT_UNIT_ID, {
    notices: notice ? [notice] : [],
    attendance: 'join',
  });
  const rowsOut: FederationRow[] = units.map((unit) => {
    const unitFigures = figures.get(unit._id) ?? emptyFigures();
    const reading = (notice && unitFigures.reading[notice._id]) || {
      expected: 0,
      opened: 0,
      finished: 0,
      confirmed: 0,
    };
    const confirmedRate = rate(reading.confirmed, reading.expected);
    const attendanceRate = rate(unitFigures.sessions.attended, unitFigures.sessions.expected);
    const reflectionRate = rate(unitFigures.reflections.submitted, unitFigures.members);
    return {
      unitId: unit._id,
      unitName: unit.name,
      parentId: unit.parentId,
      depth: unit.depth,
      members: unitFigures.members,
      reading,
      confirmedRate,
      sessionsHeld: unitFigures.sessions.held,
      attendanceRate,
      reflections: unitFigures.reflections,
      reflectionRate,
      lagging: laggingOf({ confirmedRate, attendanceRate, reflectionRate }, thresholds),
    };
  });
  return {
    notice: notice ? { _id: notice._id, title: notice.title } : null,
    thresholds,
    rows: treeOrder(rowsOut),
  };
}

/** Parents before their children, siblings in the order the tree lists them. */
function treeOrder(rowsIn: FederationRow[]): FederationRow[] {
  const children = new Map<string | null, FederationRow[]>();
  for (const row of rowsIn) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ordered: FederationRow[] = [];
  const known = new Set(rowsIn.map((row) => row.unitId));
  const visit = (row: FederationRow) => {
    ordered.push(row);
    for (const child of children.get(row.unitId) ?? []) visit(child);
  };
  for (const row of rowsIn) if (!row.parentId || !known.has(row.parentId)) visit(row);
  return ordered;
}
