import * as z from 'zod/mini';

export const noticeSchema = z.object({
  _id: z.string(),
  title: z.string(),
  addressees: z.string(),
  body: z.string(),
  issuer: z.string(),
  reportTo: z.string(),
  publishedAt: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export type NoticeSummary = Pick<Notice, '_id' | 'title' | 'issuer' | 'publishedAt'>;

/**
 * Splits a notice as published on paper: the title runs until the addressee line (ending in a full-width
 * colon), the body follows it.
 */
export function parseNoticeText(text: string): { title: string; addressees: string; body: string } {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const addresseeIndex = lines.findIndex((line) => line.endsWith('：'));
  if (addresseeIndex < 1) throw new Error('通知文本缺少标题或主送单位行');
  return {
    title: lines.slice(0, addresseeIndex).filter(Boolean).join(''),
    addressees: lines[addresseeIndex].replace(/：$/, ''),
    body: lines
      .slice(addresseeIndex + 1)
      .filter(Boolean)
      .join('\n'),
  };
}
