import type { SeedShareholder } from './types'

/**
 * Approved aandeelhouders for a fresh install, so `/aandeelhouders` and the figures show
 * something. All invented: "Voorbeeld" in every name, every address on example.org. Two did not
 * agree to be listed by name, so the page's count and list differ as they will in real use.
 */
export const shareholders: SeedShareholder[] = [
  {
    organisation: 'Voorbeeldgemeente Duinhaven',
    name: 'Sanne de Wit (voorbeeld)',
    email: 'jeugd@duinhaven.example.org',
    sector: 'gemeente',
    province: 'noord-holland',
    motivation:
      'Wij willen onze afspraken met het samenwerkingsverband over thuiszitters concreter maken en leren van gemeenten die daar al verder in zijn.',
    showPublicly: true,
    appliedAt: '2026-02-03',
  },
  {
    organisation: 'Samenwerkingsverband Voorbeeldregio PO',
    name: 'Karim Bouzid (voorbeeld)',
    email: 'info@swv-voorbeeldregio.example.org',
    sector: 'samenwerkingsverband',
    province: 'gelderland',
    region: 'FoodValley',
    motivation:
      'We brengen onze ervaring met onderwijs-zorgarrangementen in en zoeken collega-samenwerkingsverbanden om samen de bekostiging eenvoudiger te maken.',
    showPublicly: true,
    appliedAt: '2026-03-17',
  },
  {
    organisation: 'Voorbeeldschool De Brug',
    name: 'Els Jansen (voorbeeld)',
    email: 'directie@debrug.example.org',
    sector: 'school',
    province: 'utrecht',
    motivation:
      'Onze school werkt met een jeugdhulpverlener in het team. Dat willen we delen, en we willen leren hoe andere scholen ouders daarbij betrekken.',
    showPublicly: true,
    appliedAt: '2026-04-08',
  },
  {
    organisation: 'Kinderopvang Voorbeeldrijk',
    name: 'Noor Visser (voorbeeld)',
    email: 'pedagogiek@voorbeeldrijk.example.org',
    sector: 'kinderopvang',
    province: 'zuid-holland',
    region: 'Holland-Rijnland',
    motivation:
      'Vroegsignalering begint in de opvang. We willen de lijnen met de JGZ en de basisschool korter maken en ervaringen uitwisselen.',
    showPublicly: true,
    appliedAt: '2026-05-12',
  },
  {
    organisation: 'Jeugdhulp Voorbeeldzorg',
    name: 'Daan Smit (voorbeeld)',
    email: 'samenwerking@voorbeeldzorg.example.org',
    sector: 'jeugdhulp',
    province: 'overijssel',
    region: 'Twente',
    motivation:
      'Onze hulpverleners werken steeds vaker op school. We zoeken mee naar goede afspraken over rollen en het delen van gegevens.',
    showPublicly: true,
    appliedAt: '2026-06-23',
  },
  {
    organisation: 'GGD Voorbeeldland',
    name: 'Ilse Mulder (voorbeeld)',
    email: 'jgz@ggd-voorbeeldland.example.org',
    sector: 'ggd-jgz',
    province: 'limburg',
    motivation:
      'De jeugdgezondheidszorg ziet elk kind. We willen die kennis beter benutten in de samenwerking met scholen en gemeenten.',
    showPublicly: true,
    appliedAt: '2026-09-01',
  },
  {
    organisation: 'Voorbeeldstichting voor speciaal onderwijs',
    name: 'Ruben Bakker (voorbeeld)',
    email: 'bestuur@voorbeeldstichting.example.org',
    sector: 'school',
    province: 'noord-brabant',
    motivation: 'We willen leren hoe andere regio’s onderwijs en zorg combineren voor leerlingen met een vrijstelling.',
    showPublicly: false,
    appliedAt: '2026-09-15',
  },
  {
    organisation: 'Voorbeeldpraktijk Kind en Zorg',
    name: 'Fleur Peters (voorbeeld)',
    email: 'praktijk@kindenzorg.example.org',
    sector: 'zorg',
    motivation: 'Als kleine zorgpraktijk willen we weten wat er in de regio speelt en waar we kunnen aansluiten.',
    showPublicly: false,
    appliedAt: '2026-10-20',
  },
]
