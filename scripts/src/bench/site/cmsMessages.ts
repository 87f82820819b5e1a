/** Messages from the benchmark's CMS child process to the benchmark. */
export type ChildMessage =
  | { type: 'log'; text: string }
  | {
      type: 'ready'
      url: string
      publishedDocuments: number
      seedSeconds: number
      scaleSeconds: number
      /** An editor account of the throwaway database, for publishing through the REST API. */
      editor: { email: string; password: string }
    }
  | { type: 'failed'; error: string }
