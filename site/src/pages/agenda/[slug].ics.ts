import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'
import { loadSiteContent } from '../../lib/content/loadSiteContent'
import { siteRoot } from '../../lib/env'
import { eventsCalendar, icsResponse } from '../../lib/feeds/eventIcs'
import { withCacheKeys } from '../../lib/incremental/withCacheKeys'

/** One event as a calendar file beside its page (`eventIcsPath(slug)`), for "Zet in je agenda". */
export const getStaticPaths = withCacheKeys(async () => {
  const { events } = await loadSiteContent()
  return events.map((doc) => ({ params: { slug: doc.slug }, props: { doc } }))
}) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  icsResponse(eventsCalendar([props.doc], siteRoot(site).href, props.doc.title))
