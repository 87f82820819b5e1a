/** The collections contributors write, and how a mail names one of their documents. */
export type ReviewedCollection = 'news' | 'practices'

export const documentKind: Record<ReviewedCollection, string> = {
  news: 'nieuwsbericht',
  practices: 'goed voorbeeld',
}
