/** Public entry (`@mao/scripts/seed`): the seed content and `--scale`'s generated documents, for tests. */
export { seed } from './seed'
export { seedScale } from './scale'
