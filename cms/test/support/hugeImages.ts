import { crc32 } from 'node:zlib'
import sharp from 'sharp'

const uint16le = (value: number) => [value & 0xff, value >> 8]

/**
 * A GIF of about 35 bytes whose only frame claims `width` × `height` pixels (at most 65535 each):
 * a decoder allocates the whole frame, so 16000 × 16000 costs about 1 GB once decoded.
 */
export function hugeGif(width: number, height: number): Buffer {
  return Buffer.from([
    ...Buffer.from('GIF89a'),
    ...uint16le(width),
    ...uint16le(height),
    0x80, // a global colour table of two entries
    0,
    0,
    ...[0, 0, 0, 255, 255, 255],
    0x2c, // image descriptor: the frame at 0,0 with the full size
    0,
    0,
    0,
    0,
    ...uint16le(width),
    ...uint16le(height),
    0,
    2, // LZW minimum code size, then one data sub-block and its terminator
    2,
    0x44,
    0x01,
    0,
    0x3b,
  ])
}

/** A tiny PNG whose header (IHDR, with a valid checksum) claims `width` × `height` pixels. */
export async function hugePng(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  // Signature (8 bytes), IHDR length (4), then "IHDR", width, height … and the CRC of type + data.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}
