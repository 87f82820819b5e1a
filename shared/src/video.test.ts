import { describe, expect, it } from 'vitest'
import { parseVideoUrl, videoEmbedUrl, videoPlayerOrigins, videoWatchUrl } from './video'

describe('parseVideoUrl', () => {
  it.each([
    ['https://youtu.be/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc&t=42', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?feature=share&v=a-B_c1D2e3F', 'a-B_c1D2e3F'],
    ['http://m.youtube.com/watch?v=dQw4w9WgXcQ&t=10s', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1', 'dQw4w9WgXcQ'],
    ['  https://www.youtube.com/watch?v=dQw4w9WgXcQ  ', 'dQw4w9WgXcQ'],
  ])('reads the YouTube video of %s', (url, id) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'youtube', id })
  })

  it.each([
    ['https://vimeo.com/76979871', '76979871'],
    ['https://www.vimeo.com/76979871/', '76979871'],
    ['https://player.vimeo.com/video/76979871?h=abc', '76979871'],
  ])('reads the Vimeo video of %s', (url, id) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'vimeo', id })
  })

  it.each([
    '',
    null,
    undefined,
    'youtu.be/dQw4w9WgXcQ',
    'javascript:alert(1)//youtu.be/dQw4w9WgXcQ',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'https://evil.example.org/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example.org/watch?v=dQw4w9WgXcQ',
    'https://notyoutu.be/dQw4w9WgXcQ',
    'https://user@youtu.be/dQw4w9WgXcQ',
    'https://youtu.be:8443/dQw4w9WgXcQ',
    'https://www.youtube.com/playlist?list=PL1234567890',
    'https://www.youtube.com/@kanaal',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/watch?v=',
    'https://youtu.be/',
    'https://youtu.be/dQw4w9WgXcQ/extra',
    'https://vimeo.com/channels/staffpicks/76979871',
    'https://vimeo.com/76979871/abcdef1234',
    'https://vimeo.com/',
    'https://player.vimeo.com/76979871',
    'https://vimeo.com.evil.example.org/76979871',
  ])('refuses %j', (url) => {
    expect(parseVideoUrl(url)).toBeNull()
  })

  it.each([
    'https://youtu.be/dQw4w9WgXc',
    'https://youtu.be/dQw4w9WgXcQQ',
    'https://www.youtube.com/watch?v=dQw4w9WgX%22Q',
    'https://www.youtube.com/watch?v=dQw4w9Wg<cQ',
    'https://www.youtube.com/embed/dQw4w9Wg.cQ',
    'https://vimeo.com/7697a871',
    'https://player.vimeo.com/video/12345678901234',
  ])('refuses the id with wrong characters or length in %s', (url) => {
    expect(parseVideoUrl(url)).toBeNull()
  })
})

describe('player and watch URLs', () => {
  it('embeds YouTube from the no-cookie domain and Vimeo without tracking, both autoplaying', () => {
    expect(videoEmbedUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    expect(videoEmbedUrl({ provider: 'vimeo', id: '76979871' })).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    )
  })

  it('plays only from the player origins the CSP allows', () => {
    for (const ref of [parseVideoUrl('https://youtu.be/dQw4w9WgXcQ'), parseVideoUrl('https://vimeo.com/1')]) {
      expect(videoPlayerOrigins).toContain(new URL(videoEmbedUrl(ref!)).origin)
    }
  })

  it('links to the video on the provider site', () => {
    expect(videoWatchUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).toBe(
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    )
    expect(videoWatchUrl({ provider: 'vimeo', id: '76979871' })).toBe('https://vimeo.com/76979871')
  })
})
