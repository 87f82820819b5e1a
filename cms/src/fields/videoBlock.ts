import type { Block } from 'payload'
import { parseVideoUrl } from '@mao/shared/video'
import { validateHref } from './link'

export const validateVideoUrl = (value: string | null | undefined): string | true => {
  if (value == null || value.trim() === '') return 'Vul het adres van de video in.'
  return (
    parseVideoUrl(value) !== null ||
    'Gebruik het adres van één video op YouTube of Vimeo, bijvoorbeeld https://www.youtube.com/watch?v=… of https://vimeo.com/….'
  )
}

/**
 * A YouTube or Vimeo video in rich text. The site shows the still (or a plain poster) with a play
 * button and loads the provider's privacy-enhanced player only when the visitor clicks it.
 */
export const videoBlock: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: 'Video', plural: "Video's" },
  // The title field names the video; a second, optional block name ("Zonder titel") only confuses.
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'url',
      label: 'Adres van de video',
      type: 'text',
      required: true,
      validate: validateVideoUrl,
      admin: { description: 'Het adres van de video op YouTube of Vimeo, zoals je het in de browser ziet.' },
    },
    {
      name: 'title',
      label: 'Titel',
      type: 'text',
      required: true,
      maxLength: 150,
      admin: { description: 'Waar de video over gaat. Schermlezers lezen dit voor bij de afspeelknop.' },
    },
    {
      name: 'still',
      label: 'Stilstaand beeld',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Optioneel. Zonder beeld toont de site een effen vlak met de titel.' },
    },
    {
      name: 'transcriptUrl',
      label: 'Transcript',
      type: 'text',
      validate: (value: string | null | undefined) => validateHref(value, false),
      admin: { description: 'Optioneel: link naar de uitgeschreven tekst (een pagina op deze site of een bestand).' },
    },
  ],
}
