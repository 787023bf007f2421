import { strToU8, zipSync } from 'fflate';

/**
 * A small Word (.docx, OOXML) writer for generated documents such as the 反响体悟汇编: headings,
 * paragraphs and one kind of bordered table, A4 portrait, 宋体. No library: each function is an esbuild
 * bundle, and these few parts are all Word, WPS and WeChat's document viewer need.
 */
export type DocxBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string; bold?: boolean; note?: boolean; indent?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] };

// XML 1.0 cannot carry C0 controls (but tab, newline, return), DEL-range C1 controls, lone surrogates or
// U+FFFE/U+FFFF: they are dropped, not escaped.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- removing exactly these
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string) =>
  text.replace(XML_FORBIDDEN, '').replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

const run = (text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) => {
  const props = [
    options.bold ? '<w:b/>' : '',
    options.colour ? `<w:color w:val="${options.colour}"/>` : '',
    options.size ? `<w:sz w:val="${options.size}"/><w:szCs w:val="${options.size}"/>` : '',
  ].join('');
  // A line break inside one paragraph's text becomes <w:br/>; tabs become spaces.
  const pieces = text
    .replace(/\t/g, ' ')
    .split(/\r?\n/)
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${pieces}</w:r>`;
};

function paragraph(
  text: string,
  style?: string,
  options: Parameters<typeof run>[1] & { indent?: boolean; centre?: boolean } = {},
) {
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    options.centre ? '<w:jc w:val="center"/>' : '',
    options.indent ? '<w:ind w:firstLineChars="200" w:firstLine="480"/>' : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(text, options)}</w:p>`;
}

/** Text width of A4 portrait with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9_000;

function table(header: string[], rows: string[][], widths?: number[]): string {
  const total = widths?.reduce((sum, width) => sum + width, 0) ?? header.length;
  const columns = header.map((_, index) => Math.floor((TEXT_WIDTH * (widths?.[index] ?? 1)) / total));
  const cell = (text: string, width: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(text, 'TableText', { bold })}</w:tc>`;
  const row = (cells: string[], bold: boolean, repeat: boolean) =>
    `<w:tr>${repeat ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${columns
      .map((width, index) => cell(cells[index] ?? '', width, bold))
      .join('')}</w:tr>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return [
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>',
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join(''),
    '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
    columns.map((width) => `<w:gridCol w:w="${width}"/>`).join(''),
    '</w:tblGrid>',
    row(header, true, true),
    rows.map((cells) => row(cells, false, false)).join(''),
    '</w:tbl>',
    // Word needs a paragraph between a table and whatever follows it.
    '<w:p/>',
  ].join('');
}

function blockXml(block: DocxBlock): string {
  switch (block.kind) {
    case 'title':
      return paragraph(block.text, 'Title', { centre: true });
    case 'heading':
      return paragraph(block.text, block.level === 2 ? 'Heading2' : 'Heading1');
    case 'paragraph':
      return paragraph(block.text, block.note ? 'Note' : undefined, {
        bold: block.bold,
        indent: block.indent,
      });
    case 'table':
      return table(block.header, block.rows, block.widths);
  }
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const style = (id: string, name: string, props: string, runProps: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${props}</w:pPr><w:rPr>${runProps}</w:rPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style(
  'Title',
  'Title',
  '<w:jc w:val="center"/><w:spacing w:before="240" w:after="360"/>',
  '<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
)}${style(
  'Heading1',
  'heading 1',
  '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
  '<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/>',
)}${style(
  'Heading2',
  'heading 2',
  '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
  '<w:rFonts w:eastAsia="楷体"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
)}${style('Note', 'Note', '<w:spacing w:after="80"/>', '<w:color w:val="666666"/><w:sz w:val="20"/><w:szCs w:val="20"/>')}${style(
  'TableText',
  'Table Text',
  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
  '<w:sz w:val="20"/><w:szCs w:val="20"/>',
)}</w:styles>`;

const coreXml = (title: string, at: Date) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>青岛工会学习</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created></cp:coreProperties>`;

/** The document as a .docx file's bytes. */
export function writeDocx(title: string, blocks: DocxBlock[], at = new Date()): Buffer {
  const body = blocks.map(blockXml).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1417" w:bottom="1440" w:left="1417" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(CONTENT_TYPES),
        '_rels/.rels': strToU8(ROOT_RELS),
        'word/document.xml': strToU8(document),
        'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
        'word/styles.xml': strToU8(STYLES),
        'docProps/core.xml': strToU8(coreXml(title, at)),
      },
      { level: 6 },
    ),
  );
}
