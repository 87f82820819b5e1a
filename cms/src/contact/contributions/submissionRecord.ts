import type { ConsentRecord, FormValues } from '../../forms'

/** The `submission` group of a contributed document (see submissionField). */
export const submissionRecord = (values: FormValues, consent: ConsentRecord) => ({
  name: values.name,
  email: values.email,
  organisation: values.organisation,
  submittedAt: new Date().toISOString(),
  consent,
})
