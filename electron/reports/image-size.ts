/**
 * The pixel size of a PNG or JPEG from its header, for placing a logo at its own proportions where
 * the library (docx) needs a width and height. Null when the bytes are not what the type says.
 */
export function imageSize(bytes: Buffer, type: 'png' | 'jpeg'): { width: number; height: number } | null {
  if (type === 'png') {
    // The signature, then the IHDR chunk: width and height at bytes 16 and 20.
    if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
    return positive(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  // Walk the JPEG's segments to the first start-of-frame (SOF0–SOF15, not DHT, JPG or DAC).
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5));
    }
    at += 2 + length;
  }
  return null;
}

const positive = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : null);
