import { createIndex, createStore, search, tokenize, highlight, prepareDocuments } from './index'
console.log(JSON.stringify(tokenize("Regio’s in ’t Gooi: crèche-aanbod! 's-Hertogenbosch SWV's onderwijs-zorgarrangement")))
const docs = [
  { id: 'a', type: 'news' as const, title: 'Het samenwerkingsverband in de regio', summary: 'Op overeenstemming gericht overleg met gemeenten', body: 'Jeugdhulp en onderwijs werken samen. Thuiszitters krijgen een onderwijs-zorgarrangement.', themes: ['Passend onderwijs'], regions: ['Utrecht'], url: '/a' },
  { id: 'b', type: 'practice' as const, title: 'Crèche geëvalueerd', summary: "De regio's en het JGZ", body: 'Het OOGO was goed.', themes: ['Jeugdhulp'], regions: ['Amsterdam'], url: '/b' },
]
console.log(JSON.stringify(prepareDocuments(docs), null, 0))
const index = createIndex(docs)
const store = createStore(docs)
for (const q of ['samenw', 'OOGO', 'creche', 'geevalueerd', 'regio', 'jeugdhup', 'zorgarrangement', 'jeugdgezondheidszorg', 'vraag: jeugdzorg', '*', 'de', 'SWV']) {
  const r = search(index, store, q)
  console.log(q, '→', r.results.map(h => `${h.ref}:${h.score.toFixed(2)}[${h.matches.join(',')}]`).join(' '), r.fuzzy, r.partial, r.empty, JSON.stringify(r.facets))
}
console.log(JSON.stringify(highlight('Op overeenstemming gericht overleg (OOGO) met de regio’s', ['oogo', 'overeenstemming', 'gericht', 'overleg', 'regio'])))
