import { linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scratchDirs } from '@mao/shared/test-scratchDirs'
import { describe, expect, it } from 'vitest'
import { builtPolicies } from './builtPolicies'

const scratch = scratchDirs('mao-built-policies-')
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head></html>`

function write(dir: string, file: string, html: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), html)
}

describe('builtPolicies', () => {
  it('collects the distinct policies of the pages', async () => {
    const out = scratch()
    write(out, 'index.html', page("default-src 'self'"))
    write(out, 'nieuws/a/index.html', page("default-src 'self'"))
    write(out, 'nieuws/b/index.html', page("default-src 'none'"))
    const policies = await builtPolicies(out, ['index.html', 'nieuws/a/index.html', 'nieuws/b/index.html'])
    expect([...policies].sort()).toEqual(["default-src 'none'", "default-src 'self'"])
  })

  it('does not read a page again that is the same file as last time, and reads one written since', async () => {
    const cache = scratch()
    const memo = path.join(scratch(), 'policies.json')
    write(cache, 'a/index.html', page('policy-a'))
    write(cache, 'b/index.html', page('policy-b'))
    // Two releases hard-linked to the same cached pages, as an incremental build leaves them.
    const release = (name: string) => {
      const dir = path.join(scratch(), name)
      for (const file of ['a/index.html', 'b/index.html']) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        linkSync(path.join(cache, file), path.join(dir, file))
      }
      return dir
    }
    const pages = ['a/index.html', 'b/index.html']
    expect([...(await builtPolicies(release('one'), pages, memo))].sort()).toEqual(['policy-a', 'policy-b'])

    const second = release('two')
    // Page b is rendered again: a new file with another policy, renamed over the old link.
    write(second, 'b/index.new', page('policy-b2'))
    renameSync(path.join(second, 'b/index.new'), path.join(second, 'b/index.html'))
    // What was remembered for page a stands in for its head, so the answer shows it was not read.
    const remembered = JSON.parse(readFileSync(memo, 'utf8')) as { policies: string[] }
    writeFileSync(
      memo,
      JSON.stringify({ ...remembered, policies: remembered.policies.map((p) => `${p} (remembered)`) }),
    )
    const policies = await builtPolicies(second, pages, memo)
    expect([...policies].sort()).toEqual(['policy-a (remembered)', 'policy-b2'])
  })

  it('reads every page again when the memory file is unusable', async () => {
    const out = scratch()
    const memo = path.join(scratch(), 'policies.json')
    write(out, 'index.html', page('policy-x'))
    writeFileSync(memo, 'not json')
    expect([...(await builtPolicies(out, ['index.html'], memo))]).toEqual(['policy-x'])
  })
})
