import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatFinding, validateBuiltPages } from '../support/htmlValidation'

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`
const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'
const reactForm =
  '<form action="/x"><label for="naam">Naam</label><input id="naam" type="text" maxLength="100" required=""/><button type="submit">Verstuur</button></form>'

let dir = ''
const site = (pages: Record<string, string>) => {
  dir = mkdtempSync(path.join(tmpdir(), 'mao-html-validation-'))
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), html)
  }
  return dir
}
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the HTML validation of a built site', () => {
  it('reports every page’s findings with the rule, and passes a clean page', async () => {
    const result = await validateBuiltPages(
      site({
        'index.html': page('Home', '<p>Goed</p>'),
        'lang/index.html': page('x'.repeat(71), '<p>Te lange titel</p>'),
        'dubbel/index.html': page(
          'Dubbel',
          '<form action="/x" method="post"><input type="hidden" name="token"><input type="hidden" name="token"><button type="submit">Verstuur</button></form>',
        ),
      }),
    )
    expect(result.pages).toBe(3)
    expect(result.findings.map(formatFinding)).toEqual([
      expect.stringMatching(/^dubbel\/index\.html:1:\d+ form-dup-name: Duplicate form control name "token"$/),
      expect.stringMatching(/^lang\/index\.html:1:\d+ long-title: /),
    ])
  })

  it('lets React’s spelling and Astro’s island style pass inside islands only', async () => {
    const island = `<div>${islandStyle}<astro-island uid="a">${reactForm}</astro-island></div>`
    const inIsland = await validateBuiltPages(site({ 'index.html': page('Eiland', island) }))
    expect(inIsland.findings).toEqual([])
    expect(inIsland.exempted).toBe(4)
  })

  it('still reports the same spelling and a stray <style> outside islands', async () => {
    const plain = `<div><style>p{color:red}</style>${reactForm}</div>`
    const result = await validateBuiltPages(site({ 'index.html': page('Zonder eiland', plain) }))
    expect(result.exempted).toBe(0)
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual([
      'attr-case',
      'attribute-boolean-style',
      'element-permitted-content',
      'void-style',
    ])
  })
})
