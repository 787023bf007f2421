import type { DocumentStore } from '../../store';
import type { TransactionManager } from '../../transactions';

export interface DatabaseContext {
  store: DocumentStore;
  transactions: TransactionManager;
}

export type Params = Record<string, unknown>;
