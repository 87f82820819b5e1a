import type { Payload } from 'payload'
import { formatDateTime } from '@mao/shared/dates'
import { lastBuild } from '../queries/lastBuild'
import { flat, section } from './styles'

const statusText = { queued: 'wacht', running: 'is bezig', succeeded: 'is geslaagd', failed: 'is mislukt' } as const

/** The newest site build: status, time and a link to its log. */
export async function BuildStatus({ payload }: { payload: Payload }) {
  const build = await lastBuild(payload)
  return (
    <section aria-labelledby="werk-sitebuild" style={section}>
      <h3 id="werk-sitebuild" style={flat}>
        Laatste sitebuild
      </h3>
      {build ? (
        <p style={flat} role={build.status === 'failed' ? 'alert' : undefined}>
          De sitebuild {statusText[build.status]} ({formatDateTime(build.at)}, {build.trigger}).{' '}
          <a href={build.href}>Log bekijken</a>
        </p>
      ) : (
        <p style={flat}>Er is nog geen sitebuild geweest.</p>
      )}
    </section>
  )
}
