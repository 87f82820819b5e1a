import { describe, expect, it } from 'vitest'
import { newsletterPaths, participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'
import { footerGroups } from './footerGroups'
import { programmePagePath } from './programmeLinks'

const hrefsBy = (groups: ReturnType<typeof footerGroups>) =>
  Object.fromEntries(groups.map((group) => [group.heading, group.links.map((link) => link.href)]))

describe('footerGroups', () => {
  it('lists the programme’s sections, the ways to take part and the editors’ menu', () => {
    const published = new Set([programmePagePath, participationPaths.shareholderForm, participationPaths.contactForm])
    const groups = footerGroups(published, [
      { label: 'Over ons', url: '/over-ons' },
      { label: 'Toegankelijkheid', url: '/toegankelijkheidsverklaring' },
    ])
    expect(hrefsBy(groups)).toEqual({
      'Het programma': [
        programmePagePath,
        collectionPaths.advices,
        collectionPaths.themes,
        collectionPaths.publications,
        sitePaths.partners,
        participationPaths.figures,
      ],
      'Doe mee': [participationPaths.shareholderForm, participationPaths.shareholders, participationPaths.contactForm],
      'Over deze site': ['/over-ons', '/toegankelijkheidsverklaring'],
    })
    expect(groups.map((group) => group.id)).toEqual(['footer-programme', 'footer-take-part', 'footer-about'])
  })

  it('links the programme page only while it is published', () => {
    const programme = footerGroups(new Set(), [])[0]
    expect(programme?.links.map((link) => link.href)).not.toContain(programmePagePath)
    expect(programme?.links[0]?.href).toBe(collectionPaths.advices)
  })

  it('drops menu links the footer already has, unsafe links and a group left empty', () => {
    const groups = footerGroups(new Set([participationPaths.contactForm]), [
      { label: 'Contact', url: `${participationPaths.contactForm}/` },
      { label: 'Nieuwsbrief', url: newsletterPaths.signup },
      { label: 'Publicaties', url: `${collectionPaths.publications}?soort=infographic` },
      { label: 'Kwaad', url: 'javascript:alert(1)' },
      { label: ' ', url: '/leeg' },
    ])
    expect(groups.map((group) => group.heading)).toEqual(['Het programma', 'Doe mee'])
  })
})
