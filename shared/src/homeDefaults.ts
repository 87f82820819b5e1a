/**
 * The home page's aandeelhouder call to action as it stands until an editor changes it: the CMS
 * offers it as the fields' default and the site falls back to it while the fields are empty.
 */
export const shareholderCtaDefaults = {
  heading: 'Doe mee als aandeelhouder',
  text: 'Als aandeelhouder leg je geen geld in, maar kennis en ervaring. Je krijgt er een netwerk voor terug, uitnodigingen voor de bijeenkomsten en toegang tot de Communities of Practice.',
} as const
