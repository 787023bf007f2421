import { AppError } from '../../shared/errors';
import { cloud } from './cloud';

export type ContentVerdict = { suggest: 'pass' | 'review' | 'risky'; label: number };

/** WeChat's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4;

/** msgSecCheck takes at most 2,500 characters a call; longer text is checked in parts, the worst verdict wins. */
const PART = 2_500;
const RANK = { pass: 0, review: 1, risky: 2 } as const;

/**
 * WeChat's content security check, version 2, through the real SDK (the local backend's rule list
 * locally). The openid is the writer's. errcode 0 comes with risky text too: the verdict is `suggest`.
 */
export async function checkContent(
  openid: string,
  text: string,
  scene: ContentScene,
): Promise<ContentVerdict> {
  const characters = [...text];
  let worst: ContentVerdict = { suggest: 'pass', label: 100 };
  for (let start = 0; start < characters.length; start += PART) {
    const content = characters.slice(start, start + PART).join('');
    let reply: { result?: { suggest?: string; label?: number } };
    try {
      reply = (await cloud.openapi.security.msgSecCheck({
        version: 2,
        openid,
        scene,
        content,
      })) as typeof reply;
    } catch {
      throw new AppError('INTERNAL', '内容安全检测暂时不可用，请稍后再提交');
    }
    const suggest = reply.result?.suggest;
    if (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky') {
      throw new AppError('INTERNAL', '内容安全检测暂时不可用，请稍后再提交');
    }
    if (RANK[suggest] > RANK[worst.suggest]) worst = { suggest, label: reply.result?.label ?? 0 };
  }
  return worst;
}
