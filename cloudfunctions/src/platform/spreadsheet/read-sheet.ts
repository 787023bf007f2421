import { readZipEntries, UnreadableArchive } from './zip-entries';

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  /** Total bytes the workbook's parts may inflate to. */
  maxUncompressedBytes: number;
}

export class SheetTooLarge extends Error {}
export { ArchiveTooLarge } from './zip-entries';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return XML_ENTITIES[entity];
  });
}

/** The visible text of a shared or inline string: its runs' <t> elements, phonetic hints left out. */
function stringText(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
    text += decodeXml(match[1] ?? '');
  }
  return text;
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of reference.replace(/\d+$/, '')) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function firstSheetPath(read: (name: string) => string | null): string {
  const workbook = read('xl/workbook.xml');
  const rels = read('xl/_rels/workbook.xml.rels');
  if (!workbook) throw new UnreadableArchive('no workbook');
  const relationId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const targets = new Map(
    [...(rels ?? '').matchAll(/<Relationship\b([^>]*)>/g)].map((match) => [
      /\bId="([^"]+)"/.exec(match[1])?.[1],
      /\bTarget="([^"]+)"/.exec(match[1])?.[1],
    ]),
  );
  const target = relationId ? targets.get(relationId) : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/**
 * The first worksheet of an .xlsx as rows of text cells. Only cells that exist are read: a declared range
 * such as A1:XFD1048576 allocates nothing, rows past `maxRows` stop the read, columns past `maxColumns`
 * are ignored, and the parts may not inflate beyond `maxUncompressedBytes`.
 */
export function readFirstSheet(bytes: Buffer, limits: SheetLimits): string[][] {
  const read = readZipEntries(bytes, limits.maxUncompressedBytes);
  const sheet = read(firstSheetPath(read));
  if (sheet === null) throw new UnreadableArchive('no worksheet');
  const sharedXml = read('xl/sharedStrings.xml') ?? '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => stringText(match[1]));

  const rows: string[][] = [];
  for (const rowMatch of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1])?.[1] ?? rows.length + 1);
    if (rowNumber > limits.maxRows) throw new SheetTooLarge(`more than ${limits.maxRows} rows`);
    const cells: string[] = [];
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1];
      const reference = /\br="([A-Z]+\d*)"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : cells.length;
      if (column >= limits.maxColumns) continue;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const body = cell[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = stringText(body);
      else if (value !== undefined) text = decodeXml(value);
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  }
  return rows;
}
