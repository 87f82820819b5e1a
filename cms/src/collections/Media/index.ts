import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { mediaDir } from '../../paths'
import { rejectDisallowedFiles } from './hooks/rejectDisallowedFiles'
import { MAX_ORIGINAL_SIDE } from './imageLimits'
import { allowedMimeTypes } from './uploadLimits'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Media' },
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'], group: 'Inhoud' },
  hooks: { beforeOperation: [rejectDisallowedFiles] },
  upload: {
    staticDir: path.resolve(mediaDir()),
    mimeTypes: allowedMimeTypes,
    focalPoint: true,
    formatOptions: webp,
    // Bounds the stored original; the image sizes below are made from it.
    resizeOptions: { width: MAX_ORIGINAL_SIDE, height: MAX_ORIGINAL_SIDE, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 800, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      required: true,
      admin: { description: 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.' },
    },
    { name: 'caption', label: 'Bijschrift', type: 'text' },
    { name: 'credit', label: 'Fotograaf / bron', type: 'text' },
  ],
}
