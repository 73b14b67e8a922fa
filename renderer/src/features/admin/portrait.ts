import { PHOTO_HEIGHT, PHOTO_MAX_BYTES, PHOTO_PREFIX, PHOTO_WIDTH } from '../../../../shared/features/staff/photo';
import { decodeImage, drawPortrait } from './portraitCanvas';
import { adminText as t } from './text';

/** The image files an admin may pick for a staff photo; each becomes a JPEG portrait in the browser. */
export const PHOTO_SOURCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** A phone photo is a few MB; anything far larger is refused before the browser decodes it. */
const SOURCE_MAX_BYTES = 20 * 1024 * 1024;

/** Which part of the source image becomes the portrait (canvas `drawImage` source rectangle). */
export interface Crop {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
}

/** An admin-facing reason a picked image cannot be used. */
export class PhotoProblem extends Error {}

/** The largest centred part of a `width`×`height` image that has the portrait's 3:4 shape. */
export function centreCrop(width: number, height: number): Crop {
  const aspect = PHOTO_WIDTH / PHOTO_HEIGHT;
  if (width / height > aspect) {
    const sw = Math.round(height * aspect);
    return { sx: Math.floor((width - sw) / 2), sy: 0, sw, sh: height };
  }
  const sh = Math.round(width / aspect);
  return { sx: 0, sy: Math.floor((height - sh) / 2), sw: width, sh };
}

/** The number of bytes a base64 data URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** Why a picked file cannot be a photo, judged before it is opened; null when it may be. */
export function fileProblem(file: { type: string; size: number }): string | null {
  if (!PHOTO_SOURCE_TYPES.includes(file.type)) return t.photoNotImage;
  if (file.size > SOURCE_MAX_BYTES) return t.photoFileTooLarge;
  return null;
}

/** Why the host would refuse what the canvas made (not a JPEG, too big); null when it will take it. */
export function encodedProblem(dataUrl: string): string | null {
  if (!dataUrl.startsWith(PHOTO_PREFIX)) return t.photoUnreadable;
  if (dataUrlBytes(dataUrl) > PHOTO_MAX_BYTES) return t.photoTooLarge;
  return null;
}

/**
 * A picked image file as the host takes it: centre-cropped to 3:4, scaled to 240×320 and encoded as a JPEG
 * data URL of at most 100 KB. Throws a PhotoProblem with the reason otherwise.
 */
export async function preparePortrait(file: File): Promise<string> {
  const before = fileProblem(file);
  if (before) throw new PhotoProblem(before);
  const image = await decodeImage(file).catch(() => {
    throw new PhotoProblem(t.photoUnreadable);
  });
  try {
    const dataUrl = drawPortrait(image.source, centreCrop(image.width, image.height));
    const after = encodedProblem(dataUrl);
    if (after) throw new PhotoProblem(after);
    return dataUrl;
  } finally {
    image.close();
  }
}
