import { parseNotice } from '../../../../shared/notices/parse';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { checkContent } from '../../../platform/content-check';

/** What the text will look like once published, its problems by line, and WeChat's content verdict. */
export const preview = defineAction('notices', 'preview', {
  access: federationAdmin,
  async run({ text }, caller) {
    const { document, problems } = parseNotice(text);
    const verdict = await checkContent(caller.openid, text, 1);
    return { document, problems, contentRejected: verdict.suggest === 'risky' };
  },
});
