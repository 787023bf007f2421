import type { ActionName, ActionOutput, FunctionName, ParsedInput } from '../../shared/contract';
import type { AccessRule } from './access';
import type { Caller } from './caller';

export interface ActionSpec<F extends FunctionName, A extends ActionName<F>> {
  access: AccessRule<ParsedInput<F, A>>;
  run(input: ParsedInput<F, A>, caller: Caller): Promise<ActionOutput<F, A>>;
}

export type FunctionActions<F extends FunctionName> = { [A in ActionName<F>]: ActionSpec<F, A> };

/** Binds an action's implementation to its contract entry so input and output types come from one place. */
export function defineAction<F extends FunctionName, A extends ActionName<F>>(
  _fn: F,
  _action: A,
  spec: ActionSpec<F, A>,
): ActionSpec<F, A> {
  return spec;
}
