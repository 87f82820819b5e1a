import sharp from 'sharp'

export type ImageSize = { width: number; height: number; frames: number }

/**
 * Width, height and frame count from the image's header, without decoding pixels; undefined
 * when sharp cannot read the file (a PDF, or a broken image: Payload's own checks handle those).
 */
export async function imageSize(input: Buffer | string): Promise<ImageSize | undefined> {
  try {
    const { width, height, pages } = await sharp(input, { limitInputPixels: false }).metadata()
    if (!width || !height) return undefined
    return { width, height, frames: pages ?? 1 }
  } catch {
    return undefined
  }
}

export const pixelCount = ({ width, height, frames }: ImageSize): number => width * height * frames
