export const provinces = [
  { label: 'Groningen', value: 'groningen' },
  { label: 'Friesland', value: 'friesland' },
  { label: 'Drenthe', value: 'drenthe' },
  { label: 'Overijssel', value: 'overijssel' },
  { label: 'Flevoland', value: 'flevoland' },
  { label: 'Gelderland', value: 'gelderland' },
  { label: 'Utrecht', value: 'utrecht' },
  { label: 'Noord-Holland', value: 'noord-holland' },
  { label: 'Zuid-Holland', value: 'zuid-holland' },
  { label: 'Zeeland', value: 'zeeland' },
  { label: 'Noord-Brabant', value: 'noord-brabant' },
  { label: 'Limburg', value: 'limburg' },
]
