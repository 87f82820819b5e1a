import { describe, expect, it } from 'vitest'
import { nginxConfig } from './nginxConfig'

const config = (user?: string) => nginxConfig({ root: '/srv/release', port: 8123, prefix: '/tmp/x/nginx', user })

describe('nginxConfig', () => {
  it('serves the release on loopback only, in the foreground, with one worker', () => {
    const text = config()
    expect(text).toContain('listen 127.0.0.1:8123;')
    expect(text).toContain('root /srv/release;')
    expect(text).toMatch(/^daemon off;$/m)
    expect(text).toMatch(/^worker_processes 1;$/m)
    expect(text).not.toMatch(/listen (80|\[::\]|0\.0\.0\.0)/)
  })

  it('keeps every file nginx writes inside its prefix', () => {
    const written = [...config().matchAll(/(?:pid|error_log|_temp_path) (\S+?);?\s/g)].map((match) => match[1])
    expect(written.length).toBeGreaterThanOrEqual(6)
    for (const file of written) expect(file!.startsWith('/tmp/x/nginx/')).toBe(true)
    expect(config()).toContain('access_log off;')
  })

  it('compresses like the site server: gzip level 6 from 1 kB, including JavaScript and CSS', () => {
    const text = config()
    expect(text).toContain('gzip_comp_level 6;')
    expect(text).toContain('gzip_min_length 1024;')
    expect(text).toMatch(/gzip_types [^;]*text\/css[^;]*text\/javascript/)
    expect(text).toMatch(/text\/javascript js mjs;/)
  })

  it('names a worker user only when asked to (when started as root)', () => {
    expect(config()).not.toMatch(/^user /m)
    expect(config('root')).toMatch(/^user root;$/m)
  })

  it('answers misses with the release 404 page', () => {
    expect(config()).toContain('error_page 404 /404.html;')
  })
})
