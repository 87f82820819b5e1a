import { holdsAddress, type StoredDoc } from './findByAddress'
import { contentPlace } from './contentPlace'

const group = (doc: StoredDoc, name: string) => (doc[name] ?? null) as Record<string, unknown> | null

/** Who sent a document in through the site (see the contact feature's submission field). */
const submission = {
  field: 'submission.email',
  parts: (doc: StoredDoc, address: string) =>
    holdsAddress(doc, ['submission.email'], address) ? { submission: group(doc, 'submission') } : {},
  scrub: (doc: StoredDoc, address: string) =>
    holdsAddress(doc, ['submission.email'], address)
      ? {
          submission: {
            ...group(doc, 'submission'),
            name: null,
            email: null,
            organisation: null,
            consent: { text: null, privacyVersion: null, givenAt: null },
          },
        }
      : {},
  /** A contribution nobody has published yet is the sender's alone. */
  isUnpublishedSubmission: (doc: StoredDoc, address: string) =>
    doc._status !== 'published' && holdsAddress(doc, ['submission.email'], address),
}

const contactGroup = (doc: StoredDoc, address: string) =>
  holdsAddress(doc, ['contact.email'], address) ? { contact: group(doc, 'contact') } : {}

export const practicesPlace = contentPlace({
  key: 'practices',
  label: 'Goede voorbeelden (inzender of contactpersoon)',
  collection: 'practices',
  fields: [submission.field, 'contact.email'],
  personalParts: (doc, address) => ({ ...submission.parts(doc, address), ...contactGroup(doc, address) }),
  scrub: (doc, address) => ({
    ...submission.scrub(doc, address),
    ...(holdsAddress(doc, ['contact.email'], address)
      ? { contact: { name: null, role: null, organisation: null, email: null, phone: null, publishConsent: false } }
      : {}),
  }),
  deleteWhole: submission.isUnpublishedSubmission,
})

export const expertsPlace = contentPlace({
  key: 'experts',
  label: 'Expertiseprofielen (inzender of contactgegevens)',
  collection: 'experts',
  fields: [submission.field, 'contact.email'],
  personalParts: (doc, address) => ({ ...submission.parts(doc, address), ...contactGroup(doc, address) }),
  scrub: (doc, address) => ({
    ...submission.scrub(doc, address),
    ...(holdsAddress(doc, ['contact.email'], address)
      ? { contact: { contactConsent: false, email: null, phone: null, website: null } }
      : {}),
  }),
  deleteWhole: submission.isUnpublishedSubmission,
})

type RegionContact = Record<string, unknown> & { email?: unknown }
const regionContacts = (doc: StoredDoc) => (Array.isArray(doc.contacts) ? (doc.contacts as RegionContact[]) : [])

export const regionsPlace = contentPlace({
  key: 'regions',
  label: 'Contactpersonen van regio’s',
  collection: 'regions',
  fields: ['contacts.email'],
  personalParts: (doc, address) => ({
    contacts: regionContacts(doc).filter((contact) => holdsAddress(contact, ['email'], address)),
  }),
  scrub: (doc, address) => ({
    contacts: regionContacts(doc).filter((contact) => !holdsAddress(contact, ['email'], address)),
  }),
})
