/**
 * Why a restore stopped. `in-use` and `invalid-archive` are raised before anything is changed;
 * `failed` may come after the swap, and its message says where the previous files were kept.
 */
export type RestoreFailure = 'in-use' | 'invalid-archive' | 'failed'

export class RestoreError extends Error {
  override name = 'RestoreError'
  constructor(
    readonly reason: RestoreFailure,
    message: string,
  ) {
    super(message)
  }
}
