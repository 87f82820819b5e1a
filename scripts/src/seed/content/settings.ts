import type { SeedSettings } from './types'

export const settings: SeedSettings = {
  siteName: 'Met Andere Ogen',
  tagline: 'Samen leren wat werkt voor kinderen die onderwijs én zorg nodig hebben',
  contact: {
    email: 'info@example.org',
  },
  footerText:
    'Met Andere Ogen is een landelijk lerend netwerk van gemeenten, onderwijs, kinderopvang, jeugdhulp, zorg en ouders. Het programma is een initiatief van de coalitie Onderwijs, Zorg en Jeugd en wordt mogelijk gemaakt door de ministeries van OCW en VWS.',
  mainMenu: [
    { label: 'Nieuws', url: '/nieuws' },
    { label: 'Toolbox', url: '/toolbox' },
    { label: "Inspiratieregio's", url: '/inspiratieregios' },
    { label: 'Communities of Practice', url: '/communities-of-practice' },
    { label: 'Agenda', url: '/agenda' },
    { label: 'Over ons', url: '/over-ons' },
  ],
  // The participation pages stand in the footer's own "Doe mee" list (SiteFooter.astro).
  footerMenu: [
    { label: 'Contact', url: '/contact' },
    { label: 'Nieuwsbrief', url: '/nieuwsbrief' },
    { label: 'Privacyverklaring', url: '/privacyverklaring' },
    { label: 'Toegankelijkheidsverklaring', url: '/toegankelijkheidsverklaring' },
  ],
  // Programme plan 2020: at least 200 aandeelhouders, 10 ambassadeurs and 10 goede voorbeelden; 11 inspiratieregio's.
  targets: { shareholders: 200, regions: 11, practices: 10, ambassadors: 10 },
  home: {
    heroTitle: 'Wat heeft dit kind nodig?',
    heroText:
      "Met Andere Ogen verbindt gemeenten, scholen, samenwerkingsverbanden, kinderopvang, jeugdhulp en zorg. In elf inspiratieregio's en een groeiend netwerk van aandeelhouders leren we samen wat werkt, van jeugdhulp op school tot brede lokale afspraken over jeugd.",
    heroCta: { label: 'Word aandeelhouder', url: '/aandeelhouder-worden' },
    featuredPractices: ['dokwerk-gorinchem', 'oost-achterhoek-een-zorgteam', 't-baken-lochem'],
    featuredExperts: ['anouk-verbeek-voorbeeld', 'fatima-el-idrissi-voorbeeld', 'joris-hendriksen-voorbeeld'],
  },
}
