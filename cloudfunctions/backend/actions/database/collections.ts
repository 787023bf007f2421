import { invalidParam } from '../../errors';
import type { DatabaseContext, Params } from './context';

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export function addCollection(context: DatabaseContext, params: Params): unknown {
  const name = params.collectionName;
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw invalidParam(`集合名不合法: ${String(name)}`);
  }
  if (!context.store.addCollection(name)) {
    return { code: 'DATABASE_COLLECTION_ALREADY_EXIST', message: `集合已存在: ${name}` };
  }
  return {};
}
