import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { logoInitials, placeholderLogo } from './placeholderImage'

describe('logoInitials', () => {
  it.each([
    ['VNG (Vereniging van Nederlandse Gemeenten)', 'VNG'],
    ['PO-Raad', 'PO'],
    ['MBO Raad', 'MBO'],
    ['Ministerie van OCW', 'OCW'],
    ['Jeugdzorg Nederland', 'JN'],
    ['Ouders & Onderwijs', 'OO'],
    ['Ieder(in)', 'I'],
    ['ActiZ', 'A'],
    ['NJi (Nederlands Jeugdinstituut)', 'NJ'],
    ['Landelijke Expertisecentra Speciaal Onderwijs Plus', 'LESOP'],
  ])('%s → %s', (name, initials) => {
    expect(logoInitials(name)).toBe(initials)
  })

  it('never gives an empty logo', () => {
    expect(logoInitials('(  )')).toBe('?')
  })
})

describe('placeholderLogo', () => {
  it('is a square PNG', async () => {
    const meta = await sharp(await placeholderLogo('Netwerk LPO')).metadata()
    expect(meta).toMatchObject({ format: 'png', width: 400, height: 400 })
  })
})
