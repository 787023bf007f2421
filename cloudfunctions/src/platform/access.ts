import { AppError } from '../../shared/errors';
import { administers } from './authority';
import { TIMER_SOURCE, type Caller } from './caller';

/**
 * Who may run an action. Declared next to every action and checked in one place, the router, before the
 * action runs.
 */
export interface AccessRule<Input> {
  readonly description: string;
  check(caller: Caller, input: Input): Promise<void> | void;
}

/** Any person the platform identified (a WeChat user with an openid). */
export const signedIn: AccessRule<unknown> = {
  description: '已登录的微信用户',
  check(caller) {
    if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  },
};

/** The function's own timer trigger, never a person: the platform says so in getWXContext().SOURCE. */
export const timerTrigger: AccessRule<unknown> = {
  description: '定时触发器',
  check(caller) {
    if (caller.source !== TIMER_SOURCE || caller.openid) throw new AppError('FORBIDDEN');
  },
};

export const activeMember: AccessRule<unknown> = {
  description: '已加入单位的职工',
  async check(caller) {
    if (!(await caller.authority()).member) throw new AppError('NOT_A_MEMBER');
  },
};

export const memberOrAdmin: AccessRule<unknown> = {
  description: '已加入单位的职工或管理员',
  async check(caller) {
    const authority = await caller.authority();
    if (!authority.member && authority.adminUnitIds.length === 0) throw new AppError('NOT_A_MEMBER');
  },
};

export const federationAdmin: AccessRule<unknown> = {
  description: '市总工会管理员',
  async check(caller) {
    if (!(await caller.authority()).isFederationAdmin) throw new AppError('FORBIDDEN');
  },
};

/**
 * An admin whose scope covers every unit the input touches. `unitPaths` resolves the input to the paths of
 * those units (loading the member, invite or grant it names) and throws NOT_FOUND for what does not exist.
 */
export function adminOf<Input>(
  description: string,
  unitPaths: (input: Input) => Promise<string[][]>,
): AccessRule<Input> {
  return {
    description,
    async check(caller, input) {
      const authority = await caller.authority();
      if (!authority.isFederationAdmin && authority.adminUnitIds.length === 0)
        throw new AppError('FORBIDDEN');
      const paths = await unitPaths(input);
      if (!paths.every((path) => administers(authority, path))) throw new AppError('OUT_OF_SCOPE');
    },
  };
}
