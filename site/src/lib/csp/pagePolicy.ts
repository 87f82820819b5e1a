/** The policy of a built page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function pagePolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0]
  const content = tag && /\bcontent="([^"]*)"/i.exec(tag)?.[1]
  return content
    ?.replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
