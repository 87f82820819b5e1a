import type { SeedTheme } from './types'

/**
 * Themes of the field. Slugs are referenced from regions, communities, events, news, practices and experts.
 */
export const themes: SeedTheme[] = [
  {
    title: 'Passend onderwijs',
    slug: 'passend-onderwijs',
    summary:
      'Hoe scholen, samenwerkingsverbanden en partners ervoor zorgen dat elke leerling in PO, VO en MBO een plek heeft waar hij of zij zich kan ontwikkelen, met de ondersteuning die daarbij hoort.',
  },
  {
    title: 'Thuiszitters en verzuim',
    slug: 'thuiszitters',
    summary:
      'Kinderen en jongeren die (tijdelijk) geen onderwijs volgen: wat er nodig is om thuiszitten te voorkomen en hoe je samen snel een passend aanbod regelt als het toch gebeurt.',
  },
  {
    title: 'Interprofessioneel samenwerken en jeugdhulp op school',
    slug: 'interprofessioneel-samenwerken',
    summary:
      'Bredere teams van leraren, jeugdhulpverleners, JGZ en andere professionals die op en rond de school samen kijken wat een kind nodig heeft en vroeg en laagdrempelig ondersteuning bieden.',
  },
  {
    title: 'Onderwijs-zorgarrangementen en poreuze randen',
    slug: 'onderwijs-zorgarrangementen',
    summary:
      'Combinaties van onderwijs en zorg op maat, en hoe je budgetten uit Jeugdwet, Wlz, Zvw en passend onderwijs zo inzet dat ze elkaar aanvullen in plaats van in de weg zitten.',
  },
  {
    title: 'Samenwerking gemeente en samenwerkingsverband (OOGO)',
    slug: 'oogo-en-bindende-afspraken',
    summary:
      'Het op overeenstemming gericht overleg (OOGO) en andere vormen van brede, bindende lokale en regionale afspraken over jeugd, met de gemeente in de regierol.',
  },
  {
    title: 'Leerplicht en vrijstellingen',
    slug: 'leerplicht',
    summary:
      'De rol van leerplicht en de Leerplichtwet, en het zoeken naar alternatieven voor vrijstellingen zodat zo min mogelijk kinderen buiten het onderwijs vallen.',
  },
  {
    title: 'Preventief jeugdbeleid en vroegsignalering',
    slug: 'preventief-jeugdbeleid',
    summary:
      'Positief en preventief jeugdbeleid: vroeg signaleren met kinderopvang, JGZ en school, zodat lichte ondersteuning op tijd komt en zwaardere hulp minder vaak nodig is.',
  },
  {
    title: 'Licht verstandelijke beperking (LVB)',
    slug: 'lvb',
    summary:
      'Kinderen en jongeren met een licht verstandelijke beperking of complexe zorgvragen: herkennen, aansluiten bij wat ze aankunnen en zorgen voor een ononderbroken ontwikkeling.',
  },
  {
    title: 'Ouders en jongeren betrekken',
    slug: 'ouders-en-jongeren',
    summary:
      'Ouders en jongeren als volwaardige gesprekspartners: bij het zoeken naar een oplossing voor één kind én bij het ontwikkelen van beleid en aanpak in de regio.',
  },
  {
    title: 'Monitoring en leren van data',
    slug: 'monitoring',
    summary:
      'Samen bijhouden wat werkt: monitoren op het niveau waarop afspraken gemaakt zijn, met gegevens over onderwijs, jeugdhulp en zorg én met de ervaringen van ouders en kinderen.',
  },
]
