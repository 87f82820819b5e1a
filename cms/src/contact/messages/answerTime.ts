/** What the acknowledgement promises; the programme office answers within this time. */
export const ANSWER_WITHIN = 'vijf werkdagen'
