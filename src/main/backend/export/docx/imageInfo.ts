/** What Word needs to embed an image: its format and its size in pixels. */
export type ImageInfo = { type: 'png' | 'jpg' | 'gif'; width: number; height: number }

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)
const u32be = (b: Uint8Array, i: number) =>
  ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]

/**
 * Reads format and pixel size from the file's own header, so an image is exported at its real
 * proportions even when the document has no width/height for it. Returns null for anything Word
 * cannot embed as is (WebP, a damaged or cut-off file: Word shows a cut-off picture as a red cross
 * or refuses the file), which the caller turns into a visible note.
 */
export function readImageInfo(b: Uint8Array): ImageInfo | null {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return pngIsWhole(b) ? sized('png', u32be(b, 16), u32be(b, 20)) : null
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return endsWith(b, [0x3b]) ? sized('gif', u16le(b, 6), u16le(b, 8)) : null
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    return endsWith(b, [0xff, 0xd9]) ? jpegInfo(b) : null
  }
  return null
}

/** A PNG's chunks, each within the file, up to its closing IEND chunk: a cut-off PNG has none. */
function pngIsWhole(b: Uint8Array): boolean {
  let i = 8
  while (i + 12 <= b.length) {
    const length = u32be(b, i)
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7])
    if (type === 'IEND') return true
    i += 12 + length
  }
  return false
}

/** Whether the file ends with its format's closing marker (GIF's trailer, JPEG's end of image),
 * allowing the few padding bytes some cameras and editors leave after it. */
function endsWith(b: Uint8Array, marker: number[]): boolean {
  let end = b.length
  while (end > 0 && b.length - end < 64 && b[end - 1] === 0x00) end--
  return marker.every((m, k) => b[end - marker.length + k] === m)
}

function sized(type: ImageInfo['type'], width: number, height: number): ImageInfo | null {
  return width > 0 && height > 0 ? { type, width, height } : null
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegInfo(b: Uint8Array): ImageInfo | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i += 1
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return sized('jpg', u16be(b, i + 7), u16be(b, i + 5))
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    i += 2 + u16be(b, i + 2)
  }
  return null
}
