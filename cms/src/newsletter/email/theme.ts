/** Email colours: every text/background pair passes WCAG AA (4.5:1) or better. */
export const colors = {
  page: '#f3f4f6',
  surface: '#ffffff',
  text: '#1a1a1a',
  muted: '#4b5563',
  link: '#1d4f91',
  brand: '#1d4f91',
  onBrand: '#ffffff',
  rule: '#d1d5db',
  footer: '#e5e7eb',
  footerText: '#1f2937',
  footerLink: '#1d3f73',
} as const

export const fontFamily = "'Noto Sans', 'Segoe UI', Arial, Helvetica, sans-serif"
