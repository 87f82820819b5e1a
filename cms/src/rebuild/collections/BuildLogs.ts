import type { CollectionConfig } from 'payload'
import { REPORTED_PATHS_LIMIT } from '@mao/shared/siteBuildReport'
import { isEditor } from '../../access/isEditor'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { rebuildEndpoint } from '../endpoints/rebuildEndpoint'
import { statusEndpoint } from '../endpoints/statusEndpoint'
import { MAX_RECORDED_BROKEN_LINKS } from '../linkCheck/linkCheckResult'
import { BUILD_LOGS_SLUG } from '../payloadBuildRecorder'

export const REBUILD_PANEL = '/src/rebuild/admin/RebuildPanel#RebuildPanel'
const DURATION_CELL = '/src/rebuild/admin/DurationCell#DurationCell'
const REBUILT_PAGES_CELL = '/src/rebuild/admin/RebuiltPagesCell#RebuiltPagesCell'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd MMM yyyy HH:mm:ss' } }

/** One row per site build: why, when, how long, what it rebuilt, and the end of its output. */
export const BuildLogs: CollectionConfig = {
  slug: BUILD_LOGS_SLUG,
  labels: { singular: 'Sitebuild', plural: 'Sitebuilds' },
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  admin: {
    group: 'Beheer',
    useAsTitle: 'trigger',
    defaultColumns: ['trigger', 'status', 'kind', 'durationMs', 'pagesRendered', 'startedAt', 'brokenLinkCount'],
    description: 'Na elke publicatie wordt de website opnieuw gebouwd. Hier zie je hoe dat ging.',
    components: { beforeList: [{ path: REBUILD_PANEL, clientProps: { gutter: true } }] },
  },
  endpoints: [rebuildEndpoint, statusEndpoint],
  fields: [
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { label: 'Wachtend', value: 'queued' },
        { label: 'Bezig', value: 'running' },
        { label: 'Geslaagd', value: 'succeeded' },
        { label: 'Mislukt', value: 'failed' },
      ],
      admin: { readOnly: true },
    },
    { name: 'trigger', label: 'Aanleiding', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'mode',
      label: 'Manier',
      type: 'select',
      defaultValue: 'local',
      options: [
        { label: 'Op deze server', value: 'local' },
        { label: 'Deploy hook', value: 'hook' },
      ],
      admin: { readOnly: true },
    },
    { name: 'startedAt', label: 'Gestart', type: 'date', admin: { readOnly: true, ...dateTime } },
    { name: 'finishedAt', label: 'Klaar', type: 'date', admin: { readOnly: true, ...dateTime } },
    {
      name: 'durationMs',
      label: 'Duur',
      type: 'number',
      admin: {
        readOnly: true,
        description: 'In milliseconden, van start tot klaar (de linkcontrole inbegrepen).',
        components: { Cell: DURATION_CELL },
      },
    },
    {
      name: 'liveAt',
      label: 'Live sinds',
      type: 'date',
      admin: {
        readOnly: true,
        description: 'Wanneer de nieuwe versie online kwam, voor de linkcontrole.',
        ...dateTime,
      },
    },
    { name: 'release', label: 'Release', type: 'text', admin: { readOnly: true } },
    {
      name: 'kind',
      label: 'Soort build',
      type: 'select',
      options: [
        { label: 'Incrementeel', value: 'incremental' },
        { label: 'Volledig', value: 'full' },
      ],
      admin: {
        readOnly: true,
        description:
          'Incrementeel: alleen pagina’s met gewijzigde inhoud zijn opnieuw gemaakt, de rest komt uit de vorige build. Volledig: alle pagina’s zijn opnieuw gemaakt. Leeg bij een deploy hook of een mislukte build.',
      },
    },
    { name: 'fullReason', label: 'Waarom volledig', type: 'text', admin: { readOnly: true } },
    {
      name: 'pagesRendered',
      label: 'Opnieuw gemaakt',
      type: 'number',
      admin: {
        readOnly: true,
        description: 'Aantal pagina’s dat deze build opnieuw maakte.',
        components: { Cell: REBUILT_PAGES_CELL },
      },
    },
    {
      name: 'pagesReused',
      label: 'Overgenomen',
      type: 'number',
      admin: { readOnly: true, description: 'Aantal pagina’s dat ongewijzigd uit de vorige build kwam.' },
    },
    {
      name: 'renderedPaths',
      label: 'Opnieuw gemaakte pagina’s',
      type: 'textarea',
      admin: {
        readOnly: true,
        rows: 8,
        description: `Eén adres per regel, de eerste ${REPORTED_PATHS_LIMIT}; het totaal staat bij “Opnieuw gemaakt”.`,
      },
    },
    {
      name: 'linkCheck',
      label: 'Linkcontrole',
      type: 'select',
      options: [
        { label: 'Uitgevoerd', value: 'checked' },
        { label: 'Mislukt', value: 'failed' },
      ],
      admin: {
        readOnly: true,
        description:
          'Na een geslaagde build op deze server worden de links van de nieuwe versie gecontroleerd. Kapotte links houden de publicatie niet tegen. Waarom een controle mislukte, staat in de uitvoer hieronder.',
      },
    },
    { name: 'brokenLinkCount', label: 'Kapotte links', type: 'number', admin: { readOnly: true } },
    {
      name: 'brokenLinks',
      label: 'Gevonden kapotte links',
      labels: { singular: 'Kapotte link', plural: 'Kapotte links' },
      type: 'array',
      maxRows: MAX_RECORDED_BROKEN_LINKS,
      admin: {
        readOnly: true,
        description: `De eerste ${MAX_RECORDED_BROKEN_LINKS}; het totaal staat bij “Kapotte links”.`,
      },
      fields: [
        { name: 'page', label: 'Pagina', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'url', label: 'Link', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'reason', label: 'Reden', type: 'text', required: true, admin: { readOnly: true } },
      ],
    },
    { name: 'logTail', label: 'Laatste regels van de uitvoer', type: 'textarea', admin: { readOnly: true, rows: 20 } },
  ],
}
