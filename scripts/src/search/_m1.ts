import { gzipSync } from 'node:zlib'
import { createIndex, createStore, serializeIndex, serializeStore, loadIndex, search } from '@mao/shared/search/index'
import { generatedSearchDocuments } from './generatedDocuments'
import { seedSearchDocuments } from './seedDocuments'
const n = Number(process.argv[2] ?? 1000)
const docs = [...seedSearchDocuments(), ...generatedSearchDocuments(n)]
console.log('docs', docs.length, 'seed', seedSearchDocuments().length)
let t = performance.now()
const index = createIndex(docs)
console.log('build ms', Math.round(performance.now() - t))
const ij = serializeIndex(index), sj = serializeStore(createStore(docs))
console.log('index raw', ij.length, 'gz', gzipSync(ij).length, 'store raw', sj.length, 'gz', gzipSync(sj).length)
const parsed = JSON.parse(ij)
console.log('terms', Object.keys(parsed.invertedIndex).length, 'fv', parsed.fieldVectors.length, 'fv bytes', JSON.stringify(parsed.fieldVectors).length, 'ii bytes', JSON.stringify(parsed.invertedIndex).length)
t = performance.now()
const idx = loadIndex(ij)
console.log('load ms', Math.round(performance.now() - t))
const store = createStore(docs)
for (const q of ['passend onderwijs', 'thuiszitters', 'OOGO', 'jeugdhulp op school', 'onderw', 'samenwerkingsverband', 'jeugdhlp', 'Dokwerk', 'Twente']) {
  t = performance.now()
  const r = search(idx, store, q)
  console.log(q, Math.round(performance.now() - t), 'ms', r.total, r.results[0]?.doc.title)
}
