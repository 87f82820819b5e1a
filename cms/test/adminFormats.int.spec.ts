import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '../src/testing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('admin formats and avatar', () => {
  it('shows Dutch dates with a 24-hour clock and draws the avatar locally (no Gravatar)', () => {
    expect(payload.config.admin.dateFormat).toBe('d MMMM yyyy HH:mm')
    expect(payload.config.admin.avatar).toBe('default')
    expect(payload.config.i18n.fallbackLanguage).toBe('nl')
  })

  // createdAt and updatedAt, added by Payload after the plugins, show in admin.dateFormat.
  it('gives every other visible date field of every collection and global a Dutch 24-hour format', () => {
    const missing: string[] = []
    const visit = (owner: string, fields: unknown[]) => {
      for (const field of fields as Record<string, unknown>[]) {
        const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
        if (field.hidden || admin?.hidden || admin?.disabled) continue
        if (field.type === 'date' && field.name !== 'createdAt' && field.name !== 'updatedAt') {
          const date = (field.admin as { date?: { displayFormat?: string } } | undefined)?.date
          if (!date?.displayFormat || /\b(h|a)\b/.test(date.displayFormat))
            missing.push(`${owner}.${String(field.name)}`)
        }
        if (Array.isArray(field.fields)) visit(owner, field.fields)
        for (const tab of (field.tabs as { fields: unknown[] }[] | undefined) ?? []) visit(owner, tab.fields)
        for (const block of (field.blocks as { fields: unknown[] }[] | undefined) ?? []) visit(owner, block.fields)
      }
    }
    for (const collection of payload.config.collections)
      if (collection.admin.hidden !== true) visit(collection.slug, collection.fields)
    for (const global of payload.config.globals) visit(global.slug, global.fields)
    expect(missing).toEqual([])
  })
})
