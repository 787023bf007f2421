import type { DatabaseContext, Params } from './context';
import { aggregateDocuments } from './aggregate';
import { addCollection } from './collections';
import { calculateDocument, getDocument } from './read';
import { abortTransaction, commitTransaction, startTransaction } from './transactions';
import { insertDocument, modifyDocument, removeDocument } from './write';

type DatabaseAction = (context: DatabaseContext, params: Params) => unknown;

export const databaseActions: Record<string, DatabaseAction> = {
  'database.getDocument': getDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.calculateDocument': calculateDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
};
