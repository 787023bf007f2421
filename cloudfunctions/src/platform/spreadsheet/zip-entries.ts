import { Inflate } from 'fflate';

/** Thrown for a file that is not a zip we can read, or that would inflate beyond the allowed size. */
export class UnreadableArchive extends Error {}
export class ArchiveTooLarge extends UnreadableArchive {}

interface Entry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function centralDirectory(zip: Buffer): Map<string, Entry> {
  // The end record sits in the last 22 bytes plus an optional comment of at most 65,535 bytes.
  let eocd = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableArchive('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Entry>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new UnreadableArchive('broken central directory');
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Reads named entries of a zip, inflating each at most to `maxBytes` of output: a small file that
 * declares (or really holds) hundreds of megabytes is refused before it can take the memory.
 */
export function readZipEntries(zip: Buffer, maxBytes: number): (name: string) => string | null {
  const entries = centralDirectory(zip);
  let budget = maxBytes;
  return (name) => {
    const entry = entries.get(name);
    if (!entry) return null;
    const local = entry.localHeaderOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_SIGNATURE) {
      throw new UnreadableArchive('broken local header');
    }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (data.length > budget) throw new ArchiveTooLarge('too large');
      budget -= data.length;
      return data.toString('utf8');
    }
    if (entry.method !== 8) throw new UnreadableArchive('unsupported compression');
    const chunks: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      budget -= chunk.length;
      if (budget < 0) throw new ArchiveTooLarge('too large');
      chunks.push(chunk);
    });
    // Fed in slices so the size check runs while inflating, not after.
    for (let offset = 0; offset < data.length; offset += 4_096) {
      inflater.push(data.subarray(offset, offset + 4_096), offset + 4_096 >= data.length);
    }
    return Buffer.concat(chunks).toString('utf8');
  };
}
