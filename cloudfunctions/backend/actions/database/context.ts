import type { Clock } from '../../clock';
import type { DocumentStore } from '../../store';
import type { TransactionManager } from '../../transactions';

export interface DatabaseContext {
  store: DocumentStore;
  transactions: TransactionManager;
  clock: Clock;
}

export type Params = Record<string, unknown>;
