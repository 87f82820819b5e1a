import { describe, expect, it } from 'vitest'
import { LogTail } from '../logTail'
import { checkRelease } from './checkRelease'

const link = { page: '/index.html', attribute: 'href', url: '/weg/', reason: 'no such file' }

describe('checkRelease', () => {
  it('checks the given release and notes the number of broken links', async () => {
    const tail = new LogTail()
    const checked: string[] = []
    const result = await checkRelease(
      async (dir) => {
        checked.push(dir)
        return { broken: [link, link] }
      },
      '/releases/2026',
      tail,
    )
    expect(checked).toEqual(['/releases/2026'])
    expect(result).toMatchObject({ status: 'checked', brokenCount: 2 })
    expect(tail.toString()).toBe('Linkcontrole: 2 kapotte links (de site staat wel online)')
  })

  it('notes a clean check', async () => {
    const tail = new LogTail()
    await checkRelease(async () => ({ broken: [] }), '/r', tail)
    expect(tail.toString()).toBe('Linkcontrole: geen kapotte links')
  })

  it('turns a check that throws into a failed result and a line in the log', async () => {
    const tail = new LogTail()
    const result = await checkRelease(
      async () => {
        throw new SyntaxError('Unexpected token in _redirects.json')
      },
      '/r',
      tail,
    )
    expect(result).toEqual({ status: 'failed', error: 'Unexpected token in _redirects.json' })
    expect(tail.toString()).toBe('Linkcontrole mislukt: Unexpected token in _redirects.json (de site staat wel online)')
  })
})
