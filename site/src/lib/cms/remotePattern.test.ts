import { describe, expect, it } from 'vitest'
import { remotePatternFor } from './remotePattern'

describe('remotePatternFor', () => {
  it('allows exactly the CMS origin for remote images', () => {
    expect(remotePatternFor('http://127.0.0.1:3000')).toEqual({ protocol: 'http', hostname: '127.0.0.1', port: '3000' })
    expect(remotePatternFor('https://cms.example.org')).toEqual({ protocol: 'https', hostname: 'cms.example.org' })
  })
})
