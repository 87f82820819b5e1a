import { describe, expect, it } from 'vitest'
import { serializeJsonLd } from './jsonLd'

describe('serializeJsonLd', () => {
  it('serialises JSON-LD so content cannot close the script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })
})
