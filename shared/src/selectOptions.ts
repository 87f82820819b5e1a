/**
 * The choices of the CMS's select fields, with their Dutch labels: the CMS collections take
 * their `options` from here, the site its zod enums and the labels it shows. The order is the
 * admin's (and that of the generated types).
 */
export interface SelectOption<Value extends string = string> {
  value: Value
  label: string
}

/** Keeps each value's literal type while staying a plain array, as Payload's `options` wants. */
const optionList = <const Value extends string>(options: SelectOption<Value>[]): SelectOption<Value>[] => options

/** The values of an option list, in order (for `z.enum`). */
export const optionValues = <Value extends string>(options: readonly SelectOption<Value>[]): Value[] =>
  options.map((option) => option.value)

/** The label of each value of an option list. */
const optionLabels = <Value extends string>(options: readonly SelectOption<Value>[]): Record<Value, string> =>
  Object.fromEntries(options.map((option) => [option.value, option.label])) as Record<Value, string>

export const provinceOptions = optionList([
  { label: 'Groningen', value: 'groningen' },
  { label: 'Friesland', value: 'friesland' },
  { label: 'Drenthe', value: 'drenthe' },
  { label: 'Overijssel', value: 'overijssel' },
  { label: 'Flevoland', value: 'flevoland' },
  { label: 'Gelderland', value: 'gelderland' },
  { label: 'Utrecht', value: 'utrecht' },
  { label: 'Noord-Holland', value: 'noord-holland' },
  { label: 'Zuid-Holland', value: 'zuid-holland' },
  { label: 'Zeeland', value: 'zeeland' },
  { label: 'Noord-Brabant', value: 'noord-brabant' },
  { label: 'Limburg', value: 'limburg' },
])
export type Province = (typeof provinceOptions)[number]['value']
export const provinceLabels = optionLabels(provinceOptions)

export const eventKindOptions = optionList([
  { label: 'Bijeenkomst', value: 'meeting' },
  { label: 'Community of Practice', value: 'community' },
  { label: 'Webinar', value: 'webinar' },
  { label: 'Congres', value: 'conference' },
  { label: 'Werksessie', value: 'worksession' },
])
export type EventKind = (typeof eventKindOptions)[number]['value']
export const eventKindLabels = optionLabels(eventKindOptions)

export const expertOfferOptions = optionList([
  { label: 'Presentatie', value: 'presentation' },
  { label: 'Workshop', value: 'workshop' },
  { label: 'Advies', value: 'advice' },
])
export type ExpertOffer = (typeof expertOfferOptions)[number]['value']
export const expertOfferLabels = optionLabels(expertOfferOptions)

/**
 * In the admin these stand under the field label "Inschrijving": the editor's switch. Whether a
 * community is full follows from its registrations (the registration engine), not from here.
 */
export const communityStatusOptions = optionList([
  { label: 'Open', value: 'open' },
  { label: 'Gesloten', value: 'closed' },
])
export type CommunityStatus = (typeof communityStatusOptions)[number]['value']

/** The sector of an organisation that applies as aandeelhouder. */
export const sectorOptions = optionList([
  { label: 'Gemeente', value: 'gemeente' },
  { label: 'Samenwerkingsverband', value: 'samenwerkingsverband' },
  { label: 'School of schoolbestuur', value: 'school' },
  { label: 'Kinderopvang', value: 'kinderopvang' },
  { label: 'Jeugdhulp', value: 'jeugdhulp' },
  { label: 'Zorg', value: 'zorg' },
  { label: 'GGD / JGZ', value: 'ggd-jgz' },
  { label: 'Anders', value: 'anders' },
])
export type Sector = (typeof sectorOptions)[number]['value']
export const sectorLabels = optionLabels(sectorOptions)

/** Where an aandeelhouder application stands; only `approved` counts and may be listed. */
export const applicationStatusOptions = optionList([
  { label: 'Wacht op bevestiging e-mailadres', value: 'unconfirmed' },
  { label: 'Te beoordelen', value: 'pending' },
  { label: 'Goedgekeurd', value: 'approved' },
  { label: 'Afgewezen', value: 'declined' },
])
export type ApplicationStatus = (typeof applicationStatusOptions)[number]['value']
export const applicationStatusLabels = optionLabels(applicationStatusOptions)

/** A registration for a Community of Practice or an event. */
export const registrationStatusOptions = optionList([
  { label: 'Ingeschreven', value: 'registered' },
  { label: 'Wachtlijst', value: 'waitlist' },
  { label: 'Afgemeld', value: 'cancelled' },
])
export type RegistrationStatus = (typeof registrationStatusOptions)[number]['value']
export const registrationStatusLabels = optionLabels(registrationStatusOptions)

/** How visitors sign up for an event: not at all, at an outside address, or with our own form. */
export const eventRegistrationOptions = optionList([
  { label: 'Geen aanmelding', value: 'none' },
  { label: 'Via een externe link', value: 'url' },
  { label: 'Via het formulier op de site (met plaatsen en wachtlijst)', value: 'form' },
])
export type EventRegistration = (typeof eventRegistrationOptions)[number]['value']

/** The topics of the contact form. */
export const contactTopicOptions = optionList([
  { label: 'Vraag', value: 'vraag' },
  { label: 'Aandeelhouder worden', value: 'aandeelhouder' },
  { label: 'Expertise zoeken', value: 'expertise' },
  { label: 'Goed voorbeeld aandragen', value: 'goed-voorbeeld' },
  { label: 'Pers', value: 'pers' },
  { label: 'Anders', value: 'anders' },
])
export type ContactTopic = (typeof contactTopicOptions)[number]['value']
export const contactTopicLabels = optionLabels(contactTopicOptions)

/** Where a contact message stands in the programme office. */
export const messageStatusOptions = optionList([
  { label: 'Nieuw', value: 'new' },
  { label: 'In behandeling', value: 'in-progress' },
  { label: 'Afgehandeld', value: 'done' },
])
export type MessageStatus = (typeof messageStatusOptions)[number]['value']

/** The public forms a page can show (the `participationForm` block). */
export const participationFormOptions = optionList([
  { label: 'Aanmelden als aandeelhouder', value: 'aandeelhouder' },
  { label: 'Contactformulier', value: 'contact' },
  { label: 'Goed voorbeeld aandragen', value: 'goed-voorbeeld' },
  { label: 'Expertise aanbieden', value: 'expertise' },
])
export type ParticipationForm = (typeof participationFormOptions)[number]['value']

/** The kinds of the programme's documents on `/publicaties`. */
export const publicationKindOptions = optionList([
  { label: 'Adviesrapport', value: 'advice-report' },
  { label: 'Programmaplan', value: 'programme-plan' },
  { label: 'Tussenevaluatie', value: 'midterm-review' },
  { label: 'Staat van Met Andere Ogen', value: 'state-of-the-network' },
  { label: 'Infographic', value: 'infographic' },
  { label: 'Handreiking', value: 'guide' },
  { label: 'Opbrengst van een Community', value: 'community-output' },
])
export type PublicationKind = (typeof publicationKindOptions)[number]['value']
export const publicationKindLabels = optionLabels(publicationKindOptions)

/** A partner's place in the programme; the partners page groups by it, in this order. */
export const partnerRoleOptions = optionList([
  { label: 'Coalitiepartner', value: 'coalition' },
  { label: 'Ministerie', value: 'ministry' },
  { label: 'Kennispartner', value: 'knowledge' },
  { label: 'Agendalid', value: 'agenda' },
])
export type PartnerRole = (typeof partnerRoleOptions)[number]['value']
export const partnerRoleLabels = optionLabels(partnerRoleOptions)

/** The verbinders of an inspiratieregio (programme plan's glossary). */
export const connectorRoleOptions = optionList([
  { label: 'Regioverbinder', value: 'region' },
  { label: 'Coalitieverbinder', value: 'coalition' },
])
export type ConnectorRole = (typeof connectorRoleOptions)[number]['value']
export const connectorRoleLabels = optionLabels(connectorRoleOptions)

/** The groups of the programme team, in the order the team block shows them. */
export const teamGroupOptions = optionList([
  { label: 'Programmaleiding', value: 'leadership' },
  { label: 'Programmabureau', value: 'office' },
])
export type TeamGroup = (typeof teamGroupOptions)[number]['value']
export const teamGroupLabels = optionLabels(teamGroupOptions)

/** The social networks the footer links to (plain links: nothing loads from them). */
export const socialPlatformOptions = optionList([
  { label: 'LinkedIn', value: 'linkedin' },
  { label: 'YouTube', value: 'youtube' },
  { label: 'Vimeo', value: 'vimeo' },
  { label: 'Instagram', value: 'instagram' },
  { label: 'Facebook', value: 'facebook' },
  { label: 'Mastodon', value: 'mastodon' },
  { label: 'Bluesky', value: 'bluesky' },
  { label: 'X', value: 'x' },
])
export type SocialPlatform = (typeof socialPlatformOptions)[number]['value']
export const socialPlatformLabels = optionLabels(socialPlatformOptions)

/** Who may do what in the admin: admins manage users, editors publish, contributors write drafts for review. */
export const userRoleOptions = optionList([
  { label: 'Beheerder', value: 'admin' },
  { label: 'Redacteur', value: 'editor' },
  { label: 'Bijdrager', value: 'contributor' },
])
export type UserRole = (typeof userRoleOptions)[number]['value']

/** Where a contributor's draft stands: still being written, or waiting for an editor. */
export const reviewStatusOptions = optionList([
  { label: 'Concept', value: 'draft' },
  { label: 'Ter beoordeling', value: 'submitted' },
])
export type ReviewStatus = (typeof reviewStatusOptions)[number]['value']
