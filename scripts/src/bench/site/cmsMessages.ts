/** Messages from the benchmark's CMS child process to the benchmark. */
export type ChildMessage =
  | { type: 'log'; text: string }
  | { type: 'ready'; url: string; publishedDocuments: number; seedSeconds: number; scaleSeconds: number }
  | { type: 'failed'; error: string }
