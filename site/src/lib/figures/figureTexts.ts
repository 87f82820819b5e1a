import { collectionPaths } from '@mao/shared/urls'
import { newsletterPaths, participationPaths } from '@mao/shared/sitePaths'
import type { FigureKey } from '@mao/shared/figures'

export interface FigureText {
  /** What the figure counts, in a sentence or two. */
  explanation: string
  link?: { href: string; label: string }
}

/** The page's own words per figure; the labels come from the CMS. */
export const figureTexts: Record<FigureKey, FigureText> = {
  shareholders: {
    explanation:
      'Organisaties die zich als aandeelhouder bij de beweging hebben aangesloten en die het programmabureau heeft goedgekeurd.',
    link: { href: participationPaths.shareholders, label: 'Bekijk de aandeelhouders' },
  },
  regions: {
    explanation:
      "Regio's die voorop lopen in de samenwerking tussen onderwijs, jeugdhulp en zorg, en hun ervaringen delen met de rest van het land.",
    link: { href: collectionPaths.regions, label: "Naar de inspiratieregio's" },
  },
  practices: {
    explanation: 'Voorbeelden uit de praktijk in de toolbox, die laten zien hoe onderwijs en zorg samen meer bereiken.',
    link: { href: collectionPaths.practices, label: 'Naar de goede voorbeelden' },
  },
  ambassadors: {
    explanation: 'Boegbeelden die de beweging uitdragen, bijvoorbeeld met lezingen en presentaties in het land.',
  },
  communityParticipants: {
    explanation:
      'Plaatsen die aandeelhouders hebben ingenomen in de Communities of Practice, waar professionals rond één thema van elkaar leren. Wie op de wachtlijst staat of zich afmeldde, telt niet mee.',
    link: { href: collectionPaths.communities, label: 'Naar de Communities of Practice' },
  },
  editionsSent: {
    explanation: 'Nieuwsupdates die per e-mail naar de abonnees zijn gegaan. Elke twee weken verschijnt er een.',
    link: { href: newsletterPaths.archive, label: 'Naar het archief van de nieuwsupdates' },
  },
}
