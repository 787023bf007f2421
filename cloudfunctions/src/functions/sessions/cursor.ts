import { AppError } from '../../../shared/errors';

/** Where a sheet list stopped: the sort value of the last line shown (a time, or none) and its `_id`. */
export interface ListPosition {
  at: number | null;
  id: string;
}

export const encodeCursor = (position: ListPosition) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

export function decodeCursor(cursor: string | undefined): ListPosition | null {
  if (!cursor) return null;
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ListPosition;
    if (typeof position?.id !== 'string' || (position.at !== null && typeof position.at !== 'number')) {
      throw new Error('malformed');
    }
    return position;
  } catch {
    throw new AppError('INVALID_INPUT', '分页位置无效，请刷新后重试');
  }
}
