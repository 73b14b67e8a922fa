import { PHOTO_HEIGHT, PHOTO_WIDTH } from '../../../../shared/features/staff/photo';
import type { Crop } from './portrait';

/** JPEG quality of a portrait: about 20 KB for a face at 240×320. */
const QUALITY = 0.85;

export interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

/** Decodes a picked image file, upright as the camera meant it (EXIF orientation applied). Rejects what is not an image. */
export async function decodeImage(file: Blob): Promise<DecodedImage> {
  const bitmap = await createImageBitmap(file);
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}

/** Draws the crop of the image onto a 240×320 canvas, on white (a transparent PNG stays light), and encodes it as JPEG. */
export function drawPortrait(source: CanvasImageSource, crop: Crop): string {
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_WIDTH;
  canvas.height = PHOTO_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
  return canvas.toDataURL('image/jpeg', QUALITY);
}
