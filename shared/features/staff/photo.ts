import { z } from 'zod';

/**
 * Staff photos, shown on the evaluation pad (DOMAIN §6): a passport-like portrait that the admin's browser
 * crops and encodes as JPEG; the host accepts nothing else (it checks the bytes again, see the staff service).
 */
export const PHOTO_WIDTH = 240;
export const PHOTO_HEIGHT = 320;
/** Of the JPEG itself; a 240×320 portrait is usually 15–30 KB. */
export const PHOTO_MAX_BYTES = 100 * 1024;
export const PHOTO_PREFIX = 'data:image/jpeg;base64,';

/** The longest data URL that can hold `PHOTO_MAX_BYTES`; longer input is refused before any decoding. */
const MAX_DATA_URL_LENGTH = PHOTO_PREFIX.length + Math.ceil(PHOTO_MAX_BYTES / 3) * 4;

export const photoDataUrl = z.string().max(MAX_DATA_URL_LENGTH, '照片不能超过100KB');

/** Changes whenever the photo does, so screens refetch it only then; null: no photo. */
export const photoVersion = z.string().nullable();

export const StaffPhoto = z.object({ staffId: z.string(), dataUrl: z.string(), version: z.string() });
export type StaffPhoto = z.infer<typeof StaffPhoto>;

export const PHOTO_ERRORS = {
  notJpeg: 'staff/photo-not-jpeg',
  tooLarge: 'staff/photo-too-large',
} as const;
