import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { dutchDateFormatsPlugin } from './dutchDateFormats'

const config = {
  collections: [
    {
      slug: 'events',
      versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
      fields: [
        { name: 'startsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'own', type: 'date', admin: { date: { displayFormat: 'yyyy' } } },
        { type: 'tabs', tabs: [{ label: 'Tab', fields: [{ name: 'inTab', type: 'date' }] }] },
        { name: 'items', type: 'array', fields: [{ name: 'inArray', type: 'date' }] },
        { name: 'blocks', type: 'blocks', blocks: [{ slug: 'b', fields: [{ name: 'inBlock', type: 'date' }] }] },
      ],
    },
    { slug: 'own-clock', fields: [], versions: { drafts: { schedulePublish: { timeFormat: 'h:mm aa' } } } },
    { slug: 'unplanned', fields: [], versions: { drafts: true } },
  ],
  globals: [{ slug: 'home', fields: [{ name: 'group', type: 'group', fields: [{ name: 'inGroup', type: 'date' }] }] }],
} as unknown as Config

const dateAdmin = (field: unknown) => (field as { admin: { date: Record<string, string> } }).admin.date

describe('dutchDateFormatsPlugin', () => {
  const result = dutchDateFormatsPlugin()(config) as Config
  const fields = result.collections![0]!.fields as never[] as Record<string, never>[]

  it('sets the admin date format to Dutch with a 24-hour clock', () => {
    expect(result.admin?.dateFormat).toBe('d MMMM yyyy HH:mm')
  })

  it('gives date fields a Dutch display format and a 24-hour picker, keeping their own choices', () => {
    expect(dateAdmin(fields[0])).toMatchObject({
      displayFormat: 'd MMMM yyyy HH:mm',
      timeFormat: 'HH:mm',
      pickerAppearance: 'dayAndTime',
    })
    expect(dateAdmin(fields[1]).displayFormat).toBe('d MMMM yyyy')
    expect(dateAdmin(fields[2]).displayFormat).toBe('yyyy')
  })

  it('reaches date fields in tabs, arrays, blocks and groups of globals (a day picker by default)', () => {
    const tabs = fields[3] as unknown as { tabs: { fields: unknown[] }[] }
    const array = fields[4] as unknown as { fields: unknown[] }
    const blocks = fields[5] as unknown as { blocks: { fields: unknown[] }[] }
    const group = result.globals![0]!.fields[0] as unknown as { fields: unknown[] }
    for (const field of [tabs.tabs[0]!.fields[0], array.fields[0], blocks.blocks[0]!.fields[0], group.fields[0]])
      expect(dateAdmin(field)).toEqual({ displayFormat: 'd MMMM yyyy' })
  })

  it('plans publications on a 24-hour clock, unless a collection chose its own', () => {
    const [events, ownClock, unplanned] = result.collections!
    expect(events!.versions).toEqual({ drafts: { schedulePublish: { timeFormat: 'HH:mm' } }, maxPerDoc: 50 })
    expect(ownClock!.versions).toEqual({ drafts: { schedulePublish: { timeFormat: 'h:mm aa' } } })
    expect(unplanned!.versions).toEqual({ drafts: true })
  })
})
