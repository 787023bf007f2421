import { blockText, sectionText, type NoticeDocument } from '@shared/notices/document';

/** What "朗读" speaks for the part of the document on screen (the ids NoticeBody gives its parts). */
export function partText(document: NoticeDocument, partId: string): string {
  if (partId === 'notice-closing' && document.closing) return blockText(document.closing);
  const section = document.sections.find((candidate) => candidate.id === partId);
  if (section) return sectionText(section);
  return [document.title, `${document.addressees}：`, ...document.preamble.map(blockText)].join('\n');
}
