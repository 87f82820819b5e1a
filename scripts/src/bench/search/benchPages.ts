/**
 * The two benchmark pages run in Chromium: ours drives the production search worker
 * (site/src/lib/search/search.worker.ts, bundled as is), the other Pagefind's own API.
 * Both expose `start(query)` (cold: load everything, answer one query, render data for 20
 * results) and `measure(queries)` (warm: per query the time until 20 results with their data).
 */
export const OURS_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>lunr</title></head><body><script type="module">
let worker, ready, next = 1
const pending = new Map()
const ask = (query) => new Promise((resolve) => {
  const id = next++
  pending.set(id, resolve)
  worker.postMessage({ kind: 'search', id, query, filters: { type: [], themes: [], regions: [] }, limit: 20 })
})
window.start = async (query) => {
  const t0 = performance.now()
  worker = new Worker('./worker.js', { type: 'module' })
  ready = new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.kind === 'ready') resolve({ ...data, at: performance.now() - t0 })
      else if (data.kind === 'results') pending.get(data.id)?.(data)
      else reject(new Error(data.message))
    }
  })
  worker.postMessage({ kind: 'load', manifestUrl: './zoekindex.json', wordsUrl: './zoekwoorden.json' })
  const first = await ask(query)
  const firstMs = performance.now() - t0
  const loaded = await ready
  return { firstMs, readyMs: loaded.at, fetchMs: loaded.fetchMs, loadMs: loaded.loadMs, hits: first.view.total }
}
window.measure = async (queries) => {
  const roundTrip = [], inWorker = [], hits = []
  for (const query of queries) {
    const started = performance.now()
    const answer = await ask(query)
    roundTrip.push(performance.now() - started)
    inWorker.push(answer.ms)
    hits.push(answer.view.total)
  }
  return { roundTrip, inWorker, hits }
}
</script></body></html>`

export const PAGEFIND_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>pagefind</title></head><body><script type="module">
let pagefind
const answer = async (query) => {
  const search = await pagefind.search(query)
  await Promise.all(search.results.slice(0, 20).map((result) => result.data()))
  return search.results.length
}
window.start = async (query) => {
  const t0 = performance.now()
  pagefind = await import('./pagefind/pagefind.js')
  await pagefind.init()
  const hits = await answer(query)
  return { firstMs: performance.now() - t0, hits }
}
window.measure = async (queries) => {
  const times = [], hits = []
  for (const query of queries) {
    const started = performance.now()
    hits.push(await answer(query))
    times.push(performance.now() - started)
  }
  return { times, hits }
}
</script></body></html>`
