import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/isEditor'
import { isEditorOrContributor } from '../../access/isEditorOrContributor'
import { mediaDir } from '../../paths'
import { serveStoredFile } from './files/serveStoredFile'
import { rejectDisallowedFiles } from './hooks/rejectDisallowedFiles'
import { validateAlt } from './altText'
import { MAX_ORIGINAL_SIDE } from './imageLimits'
import { mediaFormatOptions, mediaImageSizes } from './imageSizes'
import { allowedMimeTypes } from './uploadLimits'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Media' },
  // Contributors upload images for their drafts; changing or deleting a file is the editors'.
  access: { read: anyone, create: isEditorOrContributor, update: isEditor, delete: isEditor },
  // The file name, not the alt text: decorative images have none.
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'decorative', 'credit', 'mimeType'],
    group: 'Inhoud',
  },
  hooks: { beforeOperation: [rejectDisallowedFiles] },
  upload: {
    staticDir: path.resolve(mediaDir()),
    mimeTypes: allowedMimeTypes,
    // The editor sets the focal point and may crop the original; the sized crops follow both.
    focalPoint: true,
    crop: true,
    formatOptions: mediaFormatOptions,
    // Bounds the stored original; the image sizes below are made from it.
    resizeOptions: { width: MAX_ORIGINAL_SIDE, height: MAX_ORIGINAL_SIDE, fit: 'inside', withoutEnlargement: true },
    imageSizes: mediaImageSizes,
    adminThumbnail: 'thumbnail',
    // ETag, Last-Modified and 304s, so the site build's image cache revalidates instead of fetching.
    handlers: [serveStoredFile(mediaDir())],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      validate: validateAlt,
      admin: {
        description: 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.',
        condition: (_, siblingData) => !siblingData?.decorative,
      },
    },
    {
      name: 'decorative',
      label: 'Decoratief beeld: geen alt-tekst nodig',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Alleen voor sfeerbeelden die niets toevoegen aan de tekst. De site toont ze met een lege alt-tekst.',
      },
    },
    { name: 'caption', label: 'Bijschrift', type: 'text' },
    {
      name: 'credit',
      label: 'Fotograaf / bron',
      type: 'text',
      admin: { description: 'Staat bij de afbeelding op de site, bijvoorbeeld "Foto: Anne de Vries".' },
    },
  ],
}
