import type * as z from 'zod/mini';
import { accountContract } from './account/contract';
import { noticesContract } from './notices/contract';
import { orgContract } from './org/contract';
import { sessionsContract } from './sessions/contract';
import { reflectionsContract } from './reflections/contract';
import { reportsContract } from './reports/contract';
import { statsContract } from './stats/contract';

export type { InvitePreview, Me } from './account/contract';
export type { UnitImportResult } from './org/contract';
export type { Page } from './platform/schema';

/**
 * Every function and its actions, one line per domain. Function bundles import only their own domain's
 * contract (see createMain); this registry serves the client's types and the tests.
 */
export const contract = {
  notices: noticesContract,
  account: accountContract,
  org: orgContract,
  sessions: sessionsContract,
  reflections: reflectionsContract,
  reports: reportsContract,
  stats: statsContract,
} as const;

export type Contract = typeof contract;
export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends {
  input: infer I extends z.ZodMiniType;
  output: infer O;
}
  ? { input: I; output: O }
  : never;
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<ActionOf<F, A>['input']>;
export type ParsedInput<F extends FunctionName, A extends ActionName<F>> = z.output<ActionOf<F, A>['input']>;
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = ActionOf<F, A>['output'];

/** What the client sends as the event of `callFunction`. */
export interface FunctionEvent {
  action: string;
  payload?: unknown;
}
