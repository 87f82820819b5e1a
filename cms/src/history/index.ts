/** Public API of the editing history, for the Payload config and the tests. */
export { documentActivity, type ActivityEntry } from './documentActivity'
export { historyPlugin } from './plugin'
