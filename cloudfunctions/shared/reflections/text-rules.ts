import { textSchema } from '../platform/text';
import { RETURN_REASON_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './reflection';

// The text rules forms check on the phone, apart from the rest of the contract: importing them brings
// nothing into the WeChat package that the join form has not brought already.

export const titleSchema = textSchema({ label: '标题', min: 0, max: TITLE_MAX });
/** What is submitted: 50 to 3,000 characters as a person counts them. */
export const submittedTextSchema = textSchema({
  label: '心得正文',
  min: TEXT_MIN,
  max: TEXT_MAX,
  multiline: true,
});
/** A draft may be anything up to the maximum, even empty. */
export const draftTextSchema = textSchema({ label: '心得正文', min: 0, max: TEXT_MAX, multiline: true });
export const returnReasonSchema = textSchema({
  label: '退回原因',
  min: 2,
  max: RETURN_REASON_MAX,
  multiline: true,
});
