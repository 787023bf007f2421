import { textSchema } from '../platform/text';
import { HIGHLIGHTS_MAX, MEASURES_MAX, PROBLEMS_MAX, RETURN_COMMENT_MAX } from './report';

// The report's text rules, apart from the rest of the contract, so forms import only these.

const field = (label: string, max: number, min: number) => textSchema({ label, min, max, multiline: true });

/** A draft may be incomplete, even empty. */
export const draftReportText = {
  measures: field('主要措施', MEASURES_MAX, 0),
  highlights: field('亮点成效', HIGHLIGHTS_MAX, 0),
  problems: field('存在问题', PROBLEMS_MAX, 0),
};

/** What is submitted says something in each part (a unit with no problems writes 无). */
export const submittedReportText = {
  measures: field('主要措施', MEASURES_MAX, 10),
  highlights: field('亮点成效', HIGHLIGHTS_MAX, 10),
  problems: field('存在问题', PROBLEMS_MAX, 1),
};

export const returnCommentSchema = field('退回意见', RETURN_COMMENT_MAX, 2);
