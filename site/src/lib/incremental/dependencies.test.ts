import { describe, expect, it } from 'vitest'
import { collectDependencies, recordDependency, rememberDependencies } from './dependencies'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('collectDependencies', () => {
  it('keeps renders that run at the same time apart', async () => {
    const [a, b] = await Promise.all([
      collectDependencies(async () => {
        recordDependency('doc:news:1')
        await tick()
        recordDependency('doc:news:2')
      }),
      collectDependencies(async () => {
        await tick()
        recordDependency('global:settings')
      }),
    ])
    expect([...a.dependencies]).toEqual(['doc:news:1', 'doc:news:2'])
    expect([...b.dependencies]).toEqual(['global:settings'])
  })

  it('records nothing outside a render', async () => {
    recordDependency('doc:news:1')
    const { dependencies } = await collectDependencies(async () => {})
    expect(dependencies.size).toBe(0)
  })
})

describe('rememberDependencies', () => {
  it('gives every later caller the keys the first computation read', async () => {
    let computed = 0
    const filters = rememberDependencies(() => {
      computed += 1
      recordDependency('all:themes')
      return 'filters'
    })
    const first = await collectDependencies(async () => filters())
    const second = await collectDependencies(async () => filters())
    expect(computed).toBe(1)
    expect(second.value).toBe('filters')
    expect([...first.dependencies]).toEqual(['all:themes'])
    expect([...second.dependencies]).toEqual(['all:themes'])
  })
})
