import * as XLSX from 'xlsx';
import { AppError } from '../../../shared/errors';

/** Reads the first sheet of a CSV or Excel file into rows of cells. */
export function readUnitsFile(fileName: string, contentBase64: string): unknown[][] {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', '文件是空的');
  try {
    // CSV exported by Excel or WPS is UTF-8, often with a byte-order mark; read it as text, not as a codepage.
    const workbook = /\.csv$/i.test(fileName)
      ? XLSX.read(bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string', raw: true })
      : XLSX.read(bytes, { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames[0]];
    if (!sheet) throw new Error('no sheet');
    return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '', raw: false });
  } catch {
    throw new AppError('INVALID_INPUT', '无法读取文件，请上传 CSV 或 Excel（.xlsx）格式的单位表');
  }
}
