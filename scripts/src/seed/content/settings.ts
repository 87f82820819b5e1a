import { newsletterPaths, participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'
import type { SeedSettings } from './types'

export const settings: SeedSettings = {
  siteName: 'Met Andere Ogen',
  tagline: 'Samen leren wat werkt voor kinderen die onderwijs én zorg nodig hebben',
  contact: {
    email: 'info@example.org',
  },
  footerText:
    'Met Andere Ogen is een landelijk lerend netwerk van gemeenten, onderwijs, kinderopvang, jeugdhulp, zorg en ouders. Het programma is een initiatief van de coalitie Onderwijs, Zorg en Jeugd en wordt mogelijk gemaakt door de ministeries van OCW en VWS.',
  // Placeholders in the programme's name: an editor replaces them with the real accounts.
  socialLinks: [
    { platform: 'linkedin', url: 'https://www.linkedin.com/company/met-andere-ogen' },
    { platform: 'youtube', url: 'https://www.youtube.com/@metandereogen' },
  ],
  // At most seven: on a 320 px screen they wrap to four lines above the content.
  mainMenu: [
    { label: 'Het programma', url: '/het-programma' },
    { label: 'Nieuws', url: collectionPaths.news },
    { label: 'Toolbox', url: sitePaths.toolbox },
    { label: "Inspiratieregio's", url: collectionPaths.regions },
    { label: 'Communities of Practice', url: collectionPaths.communities },
    { label: 'Agenda', url: collectionPaths.events },
    { label: 'Publicaties', url: collectionPaths.publications },
  ],
  // "Over deze site" in the footer; the programme's sections ("Het programma") and the ways to take
  // part ("Doe mee") stand beside it from the site's own lists (site/src/lib/navigation/footerGroups.ts).
  footerMenu: [
    { label: 'Over ons', url: '/over-ons' },
    { label: 'Eerdere nieuwsbrieven', url: newsletterPaths.archive },
    { label: 'Privacyverklaring', url: participationPaths.privacy },
    { label: 'Toegankelijkheidsverklaring', url: '/toegankelijkheidsverklaring' },
  ],
  // Programme plan 2020: at least 200 aandeelhouders, 10 ambassadeurs and 10 goede voorbeelden; 11 inspiratieregio's.
  targets: { shareholders: 200, regions: 11, practices: 10, ambassadors: 10 },
  home: {
    heroTitle: 'Wat heeft dit kind nodig?',
    heroText:
      "Met Andere Ogen verbindt gemeenten, scholen, samenwerkingsverbanden, kinderopvang, jeugdhulp en zorg. In elf inspiratieregio's en een groeiend netwerk van aandeelhouders leren we samen wat werkt, van jeugdhulp op school tot brede lokale afspraken over jeugd.",
    heroCta: { label: 'Word aandeelhouder', url: participationPaths.shareholderForm },
    featuredPractices: ['dokwerk-gorinchem', 'oost-achterhoek-een-zorgteam', 't-baken-lochem'],
    featuredExperts: ['anouk-verbeek-voorbeeld', 'fatima-el-idrissi-voorbeeld', 'joris-hendriksen-voorbeeld'],
  },
}
