import { describe, expect, it } from 'vitest'
import { options, UsageError } from './options'

describe('options', () => {
  it('times 10 publishes by default', () => {
    expect(options(['--no-lighthouse']).publishes).toBe(10)
    expect(options(['--no-lighthouse', '--publishes', '3']).publishes).toBe(3)
  })

  it('skips publishing with --no-publish', () => {
    expect(options(['--no-lighthouse', '--no-publish']).publishes).toBe(0)
  })

  it('refuses a publish count that is not a whole number of at least 1', () => {
    expect(() => options(['--no-lighthouse', '--publishes', '0'])).toThrow(UsageError)
    expect(() => options(['--no-lighthouse', '--publishes', '2.5'])).toThrow(UsageError)
  })

  it('runs one pair of cold builds by default, and refuses a pair count below 1', () => {
    expect(options(['--no-lighthouse']).buildPairs).toBe(1)
    expect(options(['--no-lighthouse', '--build-pairs', '3']).buildPairs).toBe(3)
    expect(() => options(['--no-lighthouse', '--build-pairs', '0'])).toThrow(UsageError)
    expect(() => options(['--no-lighthouse', '--build-pairs', 'drie'])).toThrow(UsageError)
  })
})
