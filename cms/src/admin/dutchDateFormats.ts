import type { CollectionConfig, Config, Field, Plugin } from 'payload'

/** Dutch dates with a 24-hour clock; month names come from the admin's language (nl). */
export const DATE_TIME_FORMAT = 'd MMMM yyyy HH:mm'
export const DATE_FORMAT = 'd MMMM yyyy'
export const TIME_FORMAT = 'HH:mm'

const displayFormats = {
  dayAndTime: DATE_TIME_FORMAT,
  timeOnly: TIME_FORMAT,
  monthOnly: 'MMMM yyyy',
  dayOnly: DATE_FORMAT,
  default: DATE_FORMAT,
} as const

function withDutchDates(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const appearance = date.pickerAppearance ?? 'default'
    const withTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: {
          ...date,
          displayFormat: date.displayFormat ?? displayFormats[appearance],
          ...(withTime ? { timeFormat: ('timeFormat' in date && date.timeFormat) || TIME_FORMAT } : {}),
        },
      },
    }
  }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withDutchDates) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDutchDates) })) }
  if (field.type === 'blocks' && field.blocks)
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withDutchDates) })) }
  return field
}

/** The time list of "Publicatie plannen" with a 24-hour clock, where a collection plans publications. */
function withDutchSchedule(versions: CollectionConfig['versions']): CollectionConfig['versions'] {
  if (!versions || typeof versions !== 'object' || !versions.drafts || typeof versions.drafts !== 'object')
    return versions
  const { schedulePublish } = versions.drafts
  if (!schedulePublish) return versions
  const own = typeof schedulePublish === 'object' ? schedulePublish : {}
  return {
    ...versions,
    drafts: { ...versions.drafts, schedulePublish: { ...own, timeFormat: own.timeFormat ?? TIME_FORMAT } },
  }
}

/**
 * Every date in the admin as "5 december 2026 13:05": the list and version dates through
 * `admin.dateFormat`, and each date field (ours and those plugins add) through its `displayFormat`
 * and the picker's `timeFormat`, where the field does not set its own, and the time list of
 * scheduled publishing. Add it after the plugins
 * whose fields it should reach.
 */
export const dutchDateFormatsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: { ...config.admin, dateFormat: config.admin?.dateFormat ?? DATE_TIME_FORMAT },
    collections: config.collections?.map((collection) => ({
      ...collection,
      versions: withDutchSchedule(collection.versions),
      fields: collection.fields.map(withDutchDates),
    })),
    globals: config.globals?.map((global) => ({ ...global, fields: global.fields.map(withDutchDates) })),
  })
