import type { CollectionConfig } from 'payload'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { layoutBlocks } from '../../blocks'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'

/** Generic pages; `parent` and `breadcrumbs` come from @payloadcms/plugin-nested-docs. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: "Pagina's" },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: 'Inhoud' },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    { name: 'layout', label: 'Inhoud', type: 'blocks', blocks: layoutBlocks, required: true },
    slugField(),
    publishedAtField(),
  ],
}
