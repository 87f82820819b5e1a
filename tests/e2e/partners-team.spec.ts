import { expect, test } from '@playwright/test'
import { expectAxeClean } from '../support/axe'

test('the partners page lists the partners by role, with logos named after them', async ({ page }) => {
  await page.goto('/partners')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partners')
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).locator('[aria-current="page"]')).toHaveText(
    'Partners',
  )
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([
    'Per rol',
    'Coalitiepartners',
    'Ministeries',
    'Kennispartners',
    'Agendaleden',
  ])
  const coalition = main.getByRole('region', { name: 'Coalitiepartners' })
  const first = coalition.getByRole('listitem').first()
  const name = (await first.getByRole('heading', { level: 3 }).textContent())?.trim() ?? ''
  expect(name).not.toBe('')
  const logo = first.getByRole('img', { name, exact: true })
  await expect(logo).toBeVisible()
  expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
  await expect(first.getByRole('link', { name: `Website van ${name}` })).toHaveAttribute('href', /^https:\/\//)

  await main
    .getByRole('navigation', { name: 'Per rol' })
    .getByRole('link', { name: /^Kennispartners/ })
    .click()
  await expect(page).toHaveURL(/#partners-knowledge$/)
  await expectAxeClean(page)
})

test('the contact page shows the programme office and the team, without people who did not consent', async ({
  page,
}) => {
  await page.goto('/contact')
  const team = page.getByRole('region', { name: 'Team en contact' })
  await expect(team.getByRole('heading', { name: 'Algemeen contact' })).toBeVisible()
  await expect(team.getByRole('link', { name: /@example\.org$/ }).first()).toHaveAttribute('href', /^mailto:/)
  await expect(team.getByText(/\(voorbeeld\)$/).first()).toBeVisible()
  await expect(team).not.toContainText('Teamlid-Zonder-Toestemming')
  await expect(team).not.toContainText('Marijke Andeweg')
  await expectAxeClean(page)
})
