import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_ROWS } from '../../../shared/org/unit-import';
import { decodeCsv, parseCsv } from '../../platform/spreadsheet/read-csv';
import { ArchiveTooLarge, readFirstSheet, SheetTooLarge } from '../../platform/spreadsheet/read-sheet';

/** Header, the rows allowed, and one more so "too many rows" is reported by the planner with its row. */
const MAX_ROWS = MAX_IMPORT_ROWS + 2;
const MAX_COLUMNS = 20;
const MAX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
const TOO_LARGE = `文件过大：单位表最多 ${MAX_IMPORT_ROWS} 行，请分批导入`;

/** Reads the first sheet of a CSV or Excel (.xlsx) file into rows of cells, within fixed bounds. */
export function readUnitsFile(fileName: string, contentBase64: string): string[][] {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', '文件是空的');
  if (/\.xls$/i.test(fileName)) {
    throw new AppError(
      'INVALID_INPUT',
      '不支持旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入',
    );
  }
  if (/\.csv$/i.test(fileName)) {
    const rows = parseCsv(decodeCsv(bytes), MAX_ROWS);
    if (!rows) throw new AppError('INVALID_INPUT', TOO_LARGE);
    return rows;
  }
  try {
    return readFirstSheet(bytes, {
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
      maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
    });
  } catch (error) {
    if (error instanceof SheetTooLarge || error instanceof ArchiveTooLarge)
      throw new AppError('INVALID_INPUT', TOO_LARGE);
    throw new AppError('INVALID_INPUT', '无法读取文件，请上传 CSV 或 Excel（.xlsx）格式的单位表');
  }
}
