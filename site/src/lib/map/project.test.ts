import { describe, expect, it } from 'vitest'
import { BOUNDS, MAP_HEIGHT, MAP_WIDTH, polygonPath, project, spreadMarkers } from './project'

describe('project', () => {
  it('maps the corners of the Netherlands to the corners of the map', () => {
    expect(project(BOUNDS.north, BOUNDS.west)).toEqual({ x: 0, y: 0 })
    const southEast = project(BOUNDS.south, BOUNDS.east)
    expect(southEast.x).toBeCloseTo(MAP_WIDTH, 0)
    expect(southEast.y).toBeCloseTo(MAP_HEIGHT, 0)
  })

  it('puts Groningen north-east of Maastricht', () => {
    const groningen = project(53.22, 6.57)
    const maastricht = project(50.85, 5.69)
    expect(groningen.x).toBeGreaterThan(maastricht.x)
    expect(groningen.y).toBeLessThan(maastricht.y)
  })

  it('draws closed polygons', () => {
    expect(
      polygonPath([
        [3.3, 53.6],
        [7.3, 50.7],
      ]),
    ).toMatch(/^M0 0 L\d+(\.\d)? 580 Z$/)
  })
})

describe('spreadMarkers', () => {
  it('moves overlapping markers apart to at least the minimum distance', () => {
    const moved = spreadMarkers(
      [
        { x: 100, y: 100 },
        { x: 105, y: 100 },
        { x: 100, y: 100 },
      ],
      28,
    )
    for (let i = 0; i < moved.length; i += 1) {
      for (let j = i + 1; j < moved.length; j += 1) {
        expect(Math.hypot(moved[i]!.x - moved[j]!.x, moved[i]!.y - moved[j]!.y)).toBeGreaterThanOrEqual(27.9)
      }
    }
  })

  it('leaves markers that are far enough apart where they are', () => {
    expect(
      spreadMarkers(
        [
          { x: 10, y: 10 },
          { x: 200, y: 300 },
        ],
        28,
      ),
    ).toEqual([
      { x: 10, y: 10 },
      { x: 200, y: 300 },
    ])
  })
})
