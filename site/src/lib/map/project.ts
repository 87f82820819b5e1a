/**
 * A simple equirectangular projection for the Netherlands: longitude is shortened by the
 * cosine of the middle latitude, so the country keeps its shape. Good enough for placing dots.
 */
export const BOUNDS = { west: 3.3, east: 7.3, south: 50.7, north: 53.6 } as const

const SCALE = 200
const MID_LATITUDE = ((BOUNDS.south + BOUNDS.north) / 2) * (Math.PI / 180)
const X_FACTOR = Math.cos(MID_LATITUDE) * SCALE

export const MAP_WIDTH = Math.round((BOUNDS.east - BOUNDS.west) * X_FACTOR)
export const MAP_HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * SCALE)

export interface Point {
  x: number
  y: number
}

export function project(lat: number, lng: number): Point {
  return {
    x: Math.round((lng - BOUNDS.west) * X_FACTOR * 10) / 10,
    y: Math.round((BOUNDS.north - lat) * SCALE * 10) / 10,
  }
}

/** An SVG path for a closed polygon given as [lng, lat] pairs. */
export function polygonPath(coordinates: readonly (readonly [number, number])[]): string {
  return (
    coordinates
      .map(([lng, lat], index) => {
        const { x, y } = project(lat, lng)
        return `${index === 0 ? 'M' : 'L'}${x} ${y}`
      })
      .join(' ') + ' Z'
  )
}

/**
 * Move markers apart until no two are closer than `minDistance`, so numbered dots of nearby
 * regions stay readable. Deterministic; markers only move as far as needed.
 */
export function spreadMarkers(points: readonly Point[], minDistance: number, iterations = 60): Point[] {
  const moved = points.map((point) => ({ ...point }))
  for (let round = 0; round < iterations; round += 1) {
    let changed = false
    for (let i = 0; i < moved.length; i += 1) {
      for (let j = i + 1; j < moved.length; j += 1) {
        const a = moved[i]!
        const b = moved[j]!
        const dx = b.x - a.x
        const dy = b.y - a.y
        const distance = Math.hypot(dx, dy)
        if (distance >= minDistance) continue
        const push = (minDistance - distance) / 2 + 0.01
        const [ux, uy] = distance === 0 ? [Math.cos(i + j), Math.sin(i + j)] : [dx / distance, dy / distance]
        a.x -= ux * push
        a.y -= uy * push
        b.x += ux * push
        b.y += uy * push
        changed = true
      }
    }
    if (!changed) break
  }
  return moved.map(({ x, y }) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }))
}
