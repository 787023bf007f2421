import { isPlainObject } from './ejson';
import { unsupported } from './errors';

// Allow-lists: anything else is refused explicitly instead of being silently ignored by mingo.
const QUERY_OPERATORS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$and',
  '$or',
  '$nor',
  '$not',
  '$exists',
  '$regex',
  '$options',
  '$size',
  '$all',
  '$elemMatch',
  '$mod',
  '$type',
  '$expr',
]);

export const UPDATE_OPERATORS = new Set([
  '$set',
  '$inc',
  '$push',
  '$pop',
  '$unset',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$mul',
  '$max',
  '$min',
  '$rename',
]);

const PUSH_MODIFIERS = new Set(['$each', '$position', '$slice', '$sort']);

const EXPRESSION_OPERATORS = new Set([
  // accumulators
  '$sum',
  '$avg',
  '$min',
  '$max',
  '$first',
  '$last',
  '$push',
  '$addToSet',
  '$count',
  '$stdDevPop',
  '$stdDevSamp',
  // arithmetic
  '$add',
  '$subtract',
  '$multiply',
  '$divide',
  '$mod',
  '$abs',
  '$ceil',
  '$floor',
  '$round',
  '$trunc',
  '$pow',
  '$sqrt',
  // comparison and logic
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$cmp',
  '$and',
  '$or',
  '$not',
  '$cond',
  '$ifNull',
  '$switch',
  '$in',
  // strings
  '$concat',
  '$substr',
  '$substrCP',
  '$toLower',
  '$toUpper',
  '$strLenCP',
  '$split',
  '$trim',
  '$indexOfCP',
  // arrays and objects
  '$size',
  '$arrayElemAt',
  '$filter',
  '$map',
  '$reduce',
  '$slice',
  '$concatArrays',
  '$isArray',
  '$indexOfArray',
  '$mergeObjects',
  '$objectToArray',
  '$arrayToObject',
  '$setUnion',
  '$reverseArray',
  // dates
  '$year',
  '$month',
  '$dayOfMonth',
  '$dayOfWeek',
  '$dayOfYear',
  '$hour',
  '$minute',
  '$second',
  '$millisecond',
  '$week',
  '$dateToString',
  '$dateFromString',
  '$toDate',
  // types and variables
  '$literal',
  '$let',
  '$type',
  '$toString',
  '$toInt',
  '$toDouble',
  '$toLong',
  '$toBool',
  '$convert',
]);

export const AGGREGATE_STAGES = new Set([
  '$match',
  '$group',
  '$sort',
  '$skip',
  '$limit',
  '$project',
  '$addFields',
  '$set',
  '$unwind',
  '$lookup',
  '$count',
  '$replaceRoot',
  '$sortByCount',
  '$sample',
]);

export function validateQuery(query: unknown): void {
  if (Array.isArray(query)) {
    query.forEach(validateQuery);
    return;
  }
  if (!isPlainObject(query)) return;
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith('$')) {
      validateQuery(value);
      continue;
    }
    if (!QUERY_OPERATORS.has(key)) throw unsupported('查询操作符', key);
    if (key === '$expr') validateExpression(value);
    else if (['$and', '$or', '$nor', '$not', '$elemMatch'].includes(key)) validateQuery(value);
  }
}

export function validateExpression(expression: unknown): void {
  if (Array.isArray(expression)) {
    expression.forEach(validateExpression);
    return;
  }
  if (!isPlainObject(expression)) return;
  for (const [key, value] of Object.entries(expression)) {
    if (key.startsWith('$') && !EXPRESSION_OPERATORS.has(key)) throw unsupported('聚合表达式操作符', key);
    if (key !== '$literal') validateExpression(value);
  }
}

/** Checks an update document (with operators); returns false when it has no operator at all. */
export function validateUpdate(update: Record<string, unknown>): boolean {
  const keys = Object.keys(update);
  const operatorKeys = keys.filter((key) => key.startsWith('$'));
  if (operatorKeys.length === 0) {
    assertNoOperatorKeys(update);
    return false;
  }
  if (operatorKeys.length !== keys.length)
    throw unsupported('更新写法（操作符与普通字段混用）', keys.join(','));
  for (const [operator, fields] of Object.entries(update)) {
    if (!UPDATE_OPERATORS.has(operator)) throw unsupported('更新操作符', operator);
    if (!isPlainObject(fields)) throw unsupported(`${operator} 的参数`, JSON.stringify(fields));
    for (const value of Object.values(fields)) {
      if (operator === '$pull') validateQuery(value);
      else if ((operator === '$push' || operator === '$addToSet') && isPlainObject(value)) {
        for (const modifier of Object.keys(value)) {
          if (modifier.startsWith('$') && !PUSH_MODIFIERS.has(modifier))
            throw unsupported(`${operator} 修饰符`, modifier);
        }
      } else assertNoOperatorKeys(value);
    }
  }
  return true;
}

/** Stored field names must not start with `$` (Mongo refuses them); also catches unknown operators in data. */
export function assertNoOperatorKeys(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(assertNoOperatorKeys);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) throw unsupported('操作符', key);
    assertNoOperatorKeys(inner);
  }
}

export interface Stage {
  name: string;
  value: unknown;
}

export function validateStages(stages: Stage[], collectionExists: (name: string) => boolean): void {
  for (const { name, value } of stages) {
    if (!AGGREGATE_STAGES.has(name)) throw unsupported('聚合阶段', name);
    if (name === '$match') validateQuery(value);
    else if (name === '$lookup') validateLookup(value, collectionExists);
    else if (['$group', '$project', '$addFields', '$set', '$replaceRoot', '$sortByCount'].includes(name)) {
      validateExpression(value);
    }
  }
}

function validateLookup(value: unknown, collectionExists: (name: string) => boolean): void {
  if (!isPlainObject(value)) throw unsupported('$lookup 参数', JSON.stringify(value));
  const from = value.from;
  if (typeof from !== 'string' || !collectionExists(from)) {
    throw unsupported('$lookup 集合（不存在）', String(from));
  }
  if (Array.isArray(value.pipeline)) {
    const inner = value.pipeline.map((stage: unknown) => toStage(stage));
    validateStages(inner, collectionExists);
  }
  if (value.let !== undefined) validateExpression(value.let);
}

export function toStage(stage: unknown): Stage {
  if (!isPlainObject(stage) || Object.keys(stage).length !== 1)
    throw unsupported('聚合阶段', JSON.stringify(stage));
  const [name] = Object.keys(stage);
  return { name, value: stage[name] };
}
