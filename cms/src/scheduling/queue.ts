/**
 * Payload queues scheduled publishing ("Publicatie plannen" in the admin) on its default queue,
 * so that is the queue our scheduled work shares.
 */
export const SCHEDULING_QUEUE = 'default'
