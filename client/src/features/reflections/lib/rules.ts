import { submittedTextSchema, titleSchema } from '@shared/reflections/text-rules';
import { checkWith, type FieldErrors } from '@/lib/form-rules';

/** The same rules the function applies to a submission, checked before sending. */
export function checkSubmission(title: string, text: string): FieldErrors {
  const errors: FieldErrors = {};
  const checkedTitle = checkWith(titleSchema, title, 'title');
  if (!checkedTitle.ok) Object.assign(errors, checkedTitle.errors);
  const checkedText = checkWith(submittedTextSchema, text, 'text');
  if (!checkedText.ok) Object.assign(errors, checkedText.errors);
  return errors;
}
