import type { RichBlock } from '@mao/shared/lexical'
import type {
  CommunityStatus,
  ConnectorRole,
  EventKind,
  EventRegistration,
  ExpertOffer,
  ParticipationForm,
  PartnerRole,
  Province,
  Sector,
  SocialPlatform,
  TeamGroup,
} from '@mao/shared/selectOptions'
/**
 * Plain data shapes for the seed content. The seed script turns these into Payload documents:
 * relations are given by slug, rich text as a small list of blocks.
 *
 * Inline markup inside paragraph/list/quote text: `[link text](https://… or /path)` and `**bold**`.
 */

export type { RichBlock }

export type Rich = RichBlock[]

/** Every public content type: title, unique slug (lowercase a-z0-9 and hyphens), a short summary (max ~280 chars). */
export interface SeedBase {
  title: string
  slug: string
  summary: string
  /** ISO date (YYYY-MM-DD or full ISO), in the programme's timeline 2019–2026. */
  publishedAt: string
}

export interface SeedTheme {
  title: string
  slug: string
  summary: string
}

export interface SeedAdvice extends SeedBase {
  number: number
  body: Rich
}

export interface SeedContactPerson {
  name: string
  role: string
  organisation: string
  email?: string
  phone?: string
  /** Only when true may the contact be shown publicly. Invented people: name ends with " (voorbeeld)". */
  publishConsent: boolean
}

/** A region's contact; verbinders (programme plan's glossary) carry their role. */
export interface SeedRegionContact extends SeedContactPerson {
  connectorRole?: ConnectorRole
}

export interface SeedRegion extends SeedBase {
  province: Province
  municipalities: string[]
  description: Rich
  approach: Rich
  /** What the region's ontwikkelplan aims at, in a few sentences. */
  developmentPlan: Rich
  /** 2–4 learning goals, one sentence each. */
  learningGoals: string[]
  contacts: SeedRegionContact[]
  partners: string[]
  lat: number
  lng: number
  themes: string[]
}

export interface SeedCommunity extends SeedBase {
  theme: string
  description: Rich
  capacity: number
  meetings: { date: string; place: string }[]
  facilitator: string
  status: CommunityStatus
}

export interface SeedPartner extends SeedBase {
  /** The partner's place in the programme, as the programme documents name it. */
  role: PartnerRole
  url: string
  description: string
}

/**
 * A member of the programme leadership or office. Real people only as the documents write their
 * public role and without `publishConsent` (we hold no consent records); invented examples end
 * in " (voorbeeld)", use example.org addresses and may carry consent. Matched by name: no slug.
 */
export interface SeedTeamMember extends SeedContactPerson {
  group: TeamGroup
  order: number
}

export interface SeedEvent extends SeedBase {
  /** ISO date-times with offset, Europe/Amsterdam, e.g. 2026-03-12T13:30:00+01:00 */
  startsAt: string
  endsAt: string
  kind: EventKind
  location?: string
  onlineUrl?: string
  /** 'url': sign up at `registrationUrl`; 'form': our own form with `capacity` places and a waitlist. */
  registration: EventRegistration
  registrationUrl?: string
  capacity?: number
  body: Rich
  themes: string[]
  regions: string[]
}

export interface SeedNews extends SeedBase {
  body: Rich
  themes: string[]
  regions: string[]
  relatedPractices: string[]
  inNewsletter: boolean
  /** A short text used to generate a local placeholder hero image, e.g. "Kick-off Zaanstad". */
  heroLabel: string
  heroAlt: string
}

export interface SeedPractice extends SeedBase {
  body: Rich
  organisation: string
  place: string
  regions: string[]
  themes: string[]
  /** Advice numbers 1–7 this practice illustrates. */
  advices: number[]
  links: { label: string; url: string }[]
  contact?: SeedContactPerson
}

export interface SeedExpert extends SeedBase {
  /** Invented person: the name ends with " (voorbeeld)". */
  title: string
  role: string
  organisation: string
  themes: string[]
  regions: string[]
  bio: Rich
  offers: ExpertOffer[]
  email?: string
  phone?: string
  contactConsent: boolean
}

export interface SeedPage extends SeedBase {
  /** Slug of the parent page, if nested. */
  parent?: string
  body: Rich
  /** Optional call to action after the body, or before it with `atStart`. */
  cta?: { heading: string; text: string; label: string; url: string; atStart?: boolean }
  /** A public form at the end of the page (the `participationForm` block). */
  form?: ParticipationForm
  /**
   * The programme team and the office's contact (the `team` block): after the text and call to
   * action, or first with `atStart` (when the text ends by introducing the form); the form stays last.
   */
  team?: { heading: string; groups: TeamGroup[]; showOfficeContact: boolean; atStart?: boolean }
}

/**
 * An approved aandeelhouder application, so the list and the figures show something on a fresh
 * install. Invented: the organisation's name contains "Voorbeeld", the address is on example.org.
 */
export interface SeedShareholder {
  organisation: string
  name: string
  email: string
  sector: Sector
  province?: Province
  region?: string
  motivation: string
  showPublicly: boolean
  /** When the (invented) application came in: the date its consent record carries. */
  appliedAt: string
}

export interface SeedSettings {
  siteName: string
  tagline: string
  contact: { email: string; phone?: string; address?: string }
  footerText: string
  /** The footer's "Volg ons" list (site settings `socialLinks`). */
  socialLinks: { platform: SocialPlatform; url: string }[]
  /** Menu links: internal paths like "/nieuws" or "/over-ons". */
  mainMenu: { label: string; url: string }[]
  footerMenu: { label: string; url: string }[]
  /** The figures' targets (site settings `targets`, "Beweging in cijfers"), from the programme plan. */
  targets: { shareholders: number; regions: number; practices: number; ambassadors: number }
  home: {
    heroTitle: string
    heroText: string
    heroCta: { label: string; url: string }
    featuredPractices: string[]
    featuredExperts: string[]
  }
}
