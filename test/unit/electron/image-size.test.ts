// A logo's pixel size from its header, so the Word memo places it at its own proportions.
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../electron/reports/image-size';
import { logoPng } from './test-png';

/** A JPEG's first segments: SOI, an APP0 of `app0` bytes, a DHT (not a frame), then SOF2 (progressive) of `w` × `h`. */
function jpegHeader(w: number, h: number, app0 = 16): Buffer {
  const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  const sof = Buffer.from([8, h >> 8, h & 0xff, w >> 8, w & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe0, Buffer.alloc(app0 - 2)), segment(0xc4, Buffer.alloc(20)), segment(0xc2, sof)]);
}

describe('imageSize', () => {
  it('reads a PNG’s width and height from its IHDR chunk', () => {
    expect(imageSize(Buffer.from(logoPng(), 'base64'), 'png')).toEqual({ width: 96, height: 96 });
  });

  it('reads a JPEG’s from its first frame header, past other segments', () => {
    expect(imageSize(jpegHeader(640, 200), 'jpeg')).toEqual({ width: 640, height: 200 });
    expect(imageSize(jpegHeader(1, 3000, 300), 'jpeg')).toEqual({ width: 1, height: 3000 });
  });

  it('gives null for bytes that are not the type named, or a size of zero', () => {
    expect(imageSize(Buffer.from(logoPng(), 'base64'), 'jpeg')).toBeNull();
    expect(imageSize(jpegHeader(640, 200), 'png')).toBeNull();
    expect(imageSize(jpegHeader(0, 200), 'jpeg')).toBeNull();
    expect(imageSize(Buffer.from('not an image'), 'png')).toBeNull();
    expect(imageSize(jpegHeader(640, 200).subarray(0, 30), 'jpeg')).toBeNull();
  });
});
