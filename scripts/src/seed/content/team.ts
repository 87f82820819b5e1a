import type { SeedTeamMember } from './types'

/**
 * The programme team. The programme leadership is named with the public roles the launch
 * announcement gives them, but without consent: we hold no consent records, so the site never
 * shows them by name (their addresses in the announcement are not copied). The programme
 * office's people are invented examples with consent, so the team block has someone to show.
 */
export const team: SeedTeamMember[] = [
  {
    name: 'Marijke Andeweg',
    role: 'Programmamanager',
    organisation: 'Met Andere Ogen',
    publishConsent: false,
    group: 'leadership',
    order: 1,
  },
  {
    name: 'René Peeters',
    role: 'Bestuurlijk aanjager',
    organisation: 'Met Andere Ogen',
    publishConsent: false,
    group: 'leadership',
    order: 2,
  },
  {
    name: 'Noor Verbeek (voorbeeld)',
    role: 'Programmasecretaris',
    organisation: 'Met Andere Ogen',
    email: 'n.verbeek@example.org',
    publishConsent: true,
    group: 'office',
    order: 1,
  },
  {
    name: 'Jesse Hoekstra (voorbeeld)',
    role: 'Kennismakelaar',
    organisation: 'Met Andere Ogen',
    email: 'j.hoekstra@example.org',
    publishConsent: true,
    group: 'office',
    order: 2,
  },
]
