import type { DatabaseContext, Params } from './context';

export function startTransaction(context: DatabaseContext): unknown {
  return { transactionId: context.transactions.start() };
}

export function commitTransaction(context: DatabaseContext, params: Params): unknown {
  context.transactions.commit(params.transactionId);
  return {};
}

export function abortTransaction(context: DatabaseContext, params: Params): unknown {
  context.transactions.abort(params.transactionId);
  return {};
}
