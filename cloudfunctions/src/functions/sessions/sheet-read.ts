import type { SheetList } from '../../../shared/sessions/sheet';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord, type UnitRecord } from '../../platform/directory';
import { aggregateCommand, command, type SubPipeline } from './aggregation';
import { decodeCursor, type ListPosition } from './cursor';
import { SESSION_COLLECTIONS, type AttendanceRecord, type LeaveRecord, type SessionRecord } from './records';

interface AttendanceGroup {
  _id: { sessionId: string; status: AttendanceRecord['status']; out: boolean };
  n: number;
}

interface LeaveGroup {
  _id: { status: LeaveRecord['status']; came: boolean };
  n: number;
}

/** A line of a list as the aggregation hands it over: the record with its member and unit joined. */
export type ListRow = Partial<AttendanceRecord> &
  Partial<LeaveRecord> & {
    _id: string;
    name?: string;
    member?: Pick<MemberRecord, 'name' | 'unitId'>[];
    unit?: Pick<UnitRecord, 'name'>[];
  };

export interface SheetData {
  session: SessionRecord;
  unitName: string;
  attendance: AttendanceGroup[];
  leaves: LeaveGroup[];
  expected: number;
  notYet: number;
  rows: ListRow[];
}

export interface ListRequest {
  kind: SheetList;
  cursor?: string;
  limit: number;
}

const $ = aggregateCommand;
const _ = command;

/** The attendance and approved-leave records of a member of the activity, joined by their common key. */
function personJoins(pipeline: SubPipeline, keyField: string) {
  return pipeline
    .lookup({ from: SESSION_COLLECTIONS.attendance, localField: keyField, foreignField: '_id', as: 'att' })
    .lookup({ from: SESSION_COLLECTIONS.leaves, localField: keyField, foreignField: '_id', as: 'lv' });
}

/** Records of the session's activity (`$$activityId`). */
const sameActivity = () => _().expr($().eq(['$activityId', '$$activityId']));

/** Members of the session's subtree (`$$unitId`) who are active now. */
const activeInSubtree = () =>
  _().expr($().and([$().in(['$$unitId', '$unitPath']), $().eq(['$status', 'active'])]));

function afterPosition(field: string, position: ListPosition | null) {
  if (!position) return {};
  if (position.at === null) return { _id: _().gt(position.id) };
  const at = new Date(position.at);
  return _().or([{ [field]: _().gt(at) }, { [field]: at, _id: _().gt(position.id) }]);
}

const withNames = (pipeline: SubPipeline, memberField: string) =>
  pipeline
    .lookup({ from: DIRECTORY.members, localField: memberField, foreignField: '_id', as: 'member' })
    .lookup({ from: DIRECTORY.units, localField: 'unitId', foreignField: '_id', as: 'unit' });

/** The page of one list behind the counts, as an aggregation sub-pipeline over its own collection. */
function listLookup(sessionId: string, request: ListRequest) {
  const position = decodeCursor(request.cursor);
  const take = request.limit + 1;
  switch (request.kind) {
    case 'present':
    case 'late':
    case 'manual':
    case 'other_shift': {
      const where =
        request.kind === 'other_shift'
          ? _().and([{ sessionId: _().neq(sessionId) }, sameActivity()])
          : { sessionId, status: request.kind };
      const pipeline = $()
        .pipeline()
        .match(_().and([where, afterPosition('checkedInAt', position)]))
        .sort({ checkedInAt: 1, _id: 1 })
        .limit(take);
      return { from: SESSION_COLLECTIONS.attendance, pipeline: withNames(pipeline, 'memberId').done() };
    }
    case 'leave':
    case 'leave_requests': {
      const status = request.kind === 'leave' ? 'approved' : 'pending';
      const pipeline = $()
        .pipeline()
        .match(_().and([{ status }, sameActivity(), afterPosition('requestedAt', position)]))
        .lookup({ from: SESSION_COLLECTIONS.attendance, localField: '_id', foreignField: '_id', as: 'came' })
        .match({ came: _().size(0) })
        .sort({ requestedAt: 1, _id: 1 })
        .limit(take);
      return { from: SESSION_COLLECTIONS.leaves, pipeline: withNames(pipeline, 'memberId').done() };
    }
    case 'not_yet': {
      const pipeline = personJoins(
        $()
          .pipeline()
          .match(_().and([activeInSubtree(), afterPosition('_id', position)]))
          .sort({ _id: 1 })
          .addFields({ key: $().concat(['$$activityId', ':', '$_id']) }),
        'key',
      )
        .match({ att: _().size(0), 'lv.status': _().neq('approved') })
        .limit(take)
        .lookup({ from: DIRECTORY.units, localField: 'unitId', foreignField: '_id', as: 'unit' })
        .project({ name: 1, unitId: 1, unit: 1, lv: 1 });
      return { from: DIRECTORY.members, pipeline: pipeline.done() };
    }
  }
}

/**
 * Everything the live sheet and the display show, in one database request whatever the crowd: the session,
 * its unit's name, its attendance and leave counted by status (grouped over the activity's records through
 * their index), the subtree's active members with how many of them have neither come nor leave, and
 * optionally one page of a list. With the caller's membership that is two requests a refresh.
 */
export async function readSheet(sessionId: string, list: ListRequest | null): Promise<SheetData | null> {
  const vars = { activityId: '$activityId', unitId: '$unitId' };
  let query = db
    .collection(SESSION_COLLECTIONS.sessions)
    .aggregate()
    .match({ _id: sessionId })
    .lookup({ from: DIRECTORY.units, localField: 'unitId', foreignField: '_id', as: 'unit' })
    .lookup({
      from: SESSION_COLLECTIONS.attendance,
      let: vars,
      pipeline: $()
        .pipeline()
        .match(sameActivity())
        .group({
          _id: { sessionId: '$sessionId', status: '$status', out: $().neq(['$checkedOutAt', null]) },
          n: $().sum(1),
        })
        .done(),
      as: 'attendanceGroups',
    })
    .lookup({
      from: SESSION_COLLECTIONS.leaves,
      let: vars,
      pipeline: $()
        .pipeline()
        .match(sameActivity())
        .lookup({ from: SESSION_COLLECTIONS.attendance, localField: '_id', foreignField: '_id', as: 'came' })
        .group({ _id: { status: '$status', came: $().gt([$().size('$came'), 0]) }, n: $().sum(1) })
        .done(),
      as: 'leaveGroups',
    })
    .lookup({
      from: DIRECTORY.members,
      let: vars,
      pipeline: personJoins(
        $()
          .pipeline()
          .match(activeInSubtree())
          .addFields({ key: $().concat(['$$activityId', ':', '$_id']) }),
        'key',
      )
        .group({
          _id: null,
          expected: $().sum(1),
          notYet: $().sum(
            $().cond([
              $().and([$().eq([$().size('$att'), 0]), $().not([$().in(['approved', '$lv.status'])])]),
              1,
              0,
            ]),
          ),
        })
        .done(),
      as: 'people',
    });
  if (list) query = query.lookup({ ...listLookup(sessionId, list), let: vars, as: 'rows' });
  const { list: found } = (await query.end()) as {
    list: (SessionRecord & {
      unit: UnitRecord[];
      attendanceGroups: AttendanceGroup[];
      leaveGroups: LeaveGroup[];
      people: { expected: number; notYet: number }[];
      rows?: ListRow[];
    })[];
  };
  const [row] = found;
  if (!row) return null;
  const { unit, attendanceGroups, leaveGroups, people, rows, ...session } = row;
  return {
    session,
    unitName: unit[0]?.name ?? '（已删除的单位）',
    attendance: attendanceGroups,
    leaves: leaveGroups,
    expected: people[0]?.expected ?? 0,
    notYet: people[0]?.notYet ?? 0,
    rows: rows ?? [],
  };
}
