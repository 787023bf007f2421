import { describe, expect, it } from 'vitest';
import { JOIN_PAGE } from '../../cloudfunctions/shared/org/invite';
import { ROUTES } from '../../client/src/config/routes';
import { codeFromScene, safeDecode } from '../../client/src/features/account/lib/scene';
import { CloudError } from '../../client/src/lib/cloud-error';
import { serverFieldErrors } from '../../client/src/lib/field-errors';

describe('join page helpers', () => {
  it('keeps the join route in step with the page the mini-program code opens', () => {
    expect(ROUTES.join).toBe(`/${JOIN_PAGE}`);
  });

  it('reads the invite code from a mini-program code scene', () => {
    expect(codeFromScene('AB3DE5GH')).toBe('AB3DE5GH');
    expect(codeFromScene(encodeURIComponent('code=AB3DE5GH'))).toBe('AB3DE5GH');
    expect(codeFromScene('x%3D1%26code%3DAB3DE5GH')).toBe('AB3DE5GH');
    expect(codeFromScene('')).toBeUndefined();
    expect(codeFromScene(undefined)).toBeUndefined();
  });

  it('leaves a malformed escape as it is', () => {
    expect(safeDecode('AB%E0%A4%A')).toBe('AB%E0%A4%A');
  });
});

describe('server validation messages', () => {
  it('puts INVALID_INPUT messages next to their fields', () => {
    const error = new CloudError('INVALID_INPUT', '提交的内容不符合要求：name 姓名至少 2 个字', [
      { path: 'name', message: '姓名至少 2 个字' },
      { path: 'name', message: '姓名只能包含汉字、字母、间隔号' },
      { path: 'staffNo', message: '工号最多 32 位' },
    ]);
    expect(serverFieldErrors(error)).toEqual({ name: '姓名至少 2 个字', staffNo: '工号最多 32 位' });
  });

  it('ignores other errors', () => {
    expect(serverFieldErrors(new CloudError('INVITE_EXPIRED', '邀请码已过期'))).toBeNull();
    expect(serverFieldErrors(new Error('x'))).toBeNull();
    expect(serverFieldErrors(new CloudError('INVALID_INPUT', '提交的内容不符合要求'))).toBeNull();
  });
});
