import { beforeEach, describe, expect, it, vi } from 'vitest';
import { centreCrop, dataUrlBytes, fileProblem, preparePortrait } from './portrait';
import { decodeImage, drawPortrait } from './portraitCanvas';

// jsdom has no image decoder and no canvas: the two calls that need them are stood in for.
vi.mock('./portraitCanvas', () => ({ decodeImage: vi.fn(), drawPortrait: vi.fn() }));

const jpegOf = (bytes: number) => `data:image/jpeg;base64,${'A'.repeat(Math.ceil(bytes / 3) * 4)}`;
const file = (type: string, size = 1_000) => new File([new Uint8Array(size)], 'photo', { type });

describe('centreCrop', () => {
  it('takes the largest centred 3:4 part of any image', () => {
    expect(centreCrop(4000, 3000)).toEqual({ sx: 875, sy: 0, sw: 2250, sh: 3000 }); // landscape: sides cut
    expect(centreCrop(600, 1200)).toEqual({ sx: 0, sy: 200, sw: 600, sh: 800 }); // tall: top and bottom cut
    expect(centreCrop(240, 320)).toEqual({ sx: 0, sy: 0, sw: 240, sh: 320 }); // already a portrait
    expect(centreCrop(1, 1)).toEqual({ sx: 0, sy: 0, sw: 1, sh: 1 });
  });
});

describe('dataUrlBytes', () => {
  it('counts the bytes base64 holds, padding included', () => {
    expect(dataUrlBytes('data:image/jpeg;base64,/9j/')).toBe(3);
    expect(dataUrlBytes('data:image/jpeg;base64,/9j/2Q==')).toBe(4);
    expect(dataUrlBytes('data:image/jpeg;base64,/9j/2dk=')).toBe(5);
    expect(dataUrlBytes(jpegOf(102_400))).toBe(102_402);
  });
});

describe('fileProblem', () => {
  it('takes JPEG, PNG and WebP files of reasonable size, and nothing else', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) expect(fileProblem(file(type))).toBeNull();
    for (const type of ['image/gif', 'image/svg+xml', 'application/pdf', 'text/plain', '']) {
      expect(fileProblem(file(type))).toBe('请选择 JPEG、PNG 或 WebP 格式的图片');
    }
    expect(fileProblem({ type: 'image/png', size: 21 * 1024 * 1024 })).toBe('图片文件过大，请选择 20MB 以内的图片');
  });
});

describe('preparePortrait', () => {
  const close = vi.fn();
  beforeEach(() => {
    vi.mocked(decodeImage).mockReset().mockResolvedValue({ source: {} as CanvasImageSource, width: 800, height: 600, close });
    vi.mocked(drawPortrait).mockReset().mockReturnValue(jpegOf(20_000));
    close.mockReset();
  });

  it('draws the centre crop and returns the JPEG, closing the decoded image', async () => {
    await expect(preparePortrait(file('image/png'))).resolves.toBe(jpegOf(20_000));
    expect(vi.mocked(drawPortrait).mock.calls[0]![1]).toEqual({ sx: 175, sy: 0, sw: 450, sh: 600 });
    expect(close).toHaveBeenCalledOnce();
  });

  it('refuses a file that is not such an image before opening it', async () => {
    await expect(preparePortrait(file('image/gif'))).rejects.toThrow('请选择 JPEG、PNG 或 WebP 格式的图片');
    expect(decodeImage).not.toHaveBeenCalled();
  });

  it('refuses a file the browser cannot decode', async () => {
    vi.mocked(decodeImage).mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
    await expect(preparePortrait(file('image/jpeg'))).rejects.toThrow('无法读取这张图片，请换一张');
  });

  it('refuses a portrait over 100 KB, or one the browser could not encode as JPEG', async () => {
    vi.mocked(drawPortrait).mockReturnValue(jpegOf(102_401));
    await expect(preparePortrait(file('image/webp'))).rejects.toThrow('照片压缩后仍超过 100KB，请换一张图片');
    vi.mocked(drawPortrait).mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
    await expect(preparePortrait(file('image/webp'))).rejects.toThrow('无法读取这张图片，请换一张');
    expect(close).toHaveBeenCalledTimes(2);
  });
});
