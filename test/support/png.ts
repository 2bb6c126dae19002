import { createHash } from 'node:crypto'
import { crc32, deflateSync } from 'node:zlib'

// Real PNG files for picture tests, drawn pixel by pixel: each call with other colours is another
// picture (another content hash), and a browser decodes every one of them.

/** A colour as red, green, blue (0-255). */
export type Rgb = readonly [number, number, number]

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of `width` x `height` whose pixel at (x, y) is `paint(x, y)`. */
export function pngOf(width: number, height: number, paint: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) rows.set(paint(x, y), row + 1 + x * 3)
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * A picture that reads like a small chart: bars in `accent` on a pale ground with a frame, as a
 * screenshot of a query plan's costs might. `seed` moves the bars, so each seed is another file.
 */
export function chartPng(seed: number, accent: Rgb = [56, 105, 212], width = 360, height = 200): Buffer {
  const ground: Rgb = [246, 247, 250]
  const line: Rgb = [203, 208, 218]
  const bars = [0.35, 0.8, 0.55, 0.95, 0.45, 0.7].map((h, i) => ((h + seed * 0.17 * (i + 1)) % 0.7) + 0.25)
  const barWidth = Math.floor((width - 40) / bars.length)
  return pngOf(width, height, (x, y) => {
    if (x === 0 || y === 0 || x === width - 1 || y === height - 1) return line
    if (y === height - 20 && x >= 16 && x < width - 16) return line
    const index = Math.floor((x - 20) / barWidth)
    const inBar = x >= 20 && index < bars.length && (x - 20) % barWidth < barWidth - 10
    const top = height - 20 - Math.round((bars[index] ?? 0) * (height - 44))
    if (inBar && y >= top && y < height - 20) {
      const shade = (y - top) / (height - 20 - top)
      return [
        Math.round(accent[0] + (255 - accent[0]) * shade * 0.35),
        Math.round(accent[1] + (255 - accent[1]) * shade * 0.35),
        Math.round(accent[2] + (255 - accent[2]) * shade * 0.35),
      ]
    }
    return ground
  })
}

// A real 1x1 PNG: browsers decode it, and the store reads its kind from its first bytes.
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** A tiny PNG that decodes; another `variant` gives other bytes (after the image's end, where decoders stop reading). */
export function pngBytes(variant = ''): Buffer {
  return Buffer.concat([ONE_PIXEL_PNG, Buffer.from(variant, 'utf8')])
}

/** The name the attachment store gives a picture's bytes: their SHA-256 and kind. */
export function storedName(bytes: Uint8Array, kind = 'png'): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${kind}`
}
