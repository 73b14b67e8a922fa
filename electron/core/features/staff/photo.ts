import { createHash } from 'node:crypto';
import { HallError } from '../../../../shared/api/errors';
import { PHOTO_ERRORS, PHOTO_HEIGHT, PHOTO_MAX_BYTES, PHOTO_PREFIX, PHOTO_WIDTH } from '../../../../shared/features/staff/photo';

/** Up to twice the portrait the admin's browser makes: a small file could still declare a huge image for the pads to decode. */
const MAX_WIDTH = PHOTO_WIDTH * 2;
const MAX_HEIGHT = PHOTO_HEIGHT * 2;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface Photo {
  jpeg: Buffer;
  width: number;
  height: number;
  /** A short hash of the bytes (see `staff_photo.version`). */
  version: string;
}

const notJpeg = () => new HallError(PHOTO_ERRORS.notJpeg, 'The photo must be a JPEG data URL', { photo: '照片应为JPEG图片' });

/**
 * The host's own check of a photo, whatever the browser did: a `data:image/jpeg;base64,` URL of at most
 * `PHOTO_MAX_BYTES`, whose bytes open and close like a JPEG and declare a portrait-sized image.
 */
export function decodePhoto(dataUrl: string): Photo {
  if (!dataUrl.startsWith(PHOTO_PREFIX)) throw notJpeg();
  const base64 = dataUrl.slice(PHOTO_PREFIX.length);
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw notJpeg();
  const jpeg = Buffer.from(base64, 'base64');
  if (jpeg.length > PHOTO_MAX_BYTES) {
    throw new HallError(PHOTO_ERRORS.tooLarge, `The photo is larger than ${PHOTO_MAX_BYTES} bytes`, { photo: '照片不能超过100KB' });
  }
  const size = jpegSize(jpeg);
  if (!size || jpeg.at(-2) !== 0xff || jpeg.at(-1) !== 0xd9) throw notJpeg();
  if (size.width > MAX_WIDTH || size.height > MAX_HEIGHT) {
    throw new HallError(PHOTO_ERRORS.tooLarge, `The photo is larger than ${MAX_WIDTH}×${MAX_HEIGHT}`, { photo: `照片尺寸不能超过${MAX_WIDTH}×${MAX_HEIGHT}` });
  }
  const version = createHash('sha256').update(jpeg).digest('base64url').slice(0, 16);
  return { jpeg, ...size, version };
}

/** The size a JPEG declares in its frame header (SOFn), or null when the bytes are not a JPEG's markers. */
export function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2) return null;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > bytes.length) return null;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or the end before any frame header
    at += 2 + length;
  }
  return null;
}
