import { participationPaths } from '@mao/shared/sitePaths'
import { formEndpoint } from '../../forms'
import { createExpertDraft } from './createExpertDraft'
import { createPracticeDraft } from './createPracticeDraft'

const thanksPath = () => participationPaths.contributionThanks

/** `POST /api/contributions/practice` and `/api/contributions/expert`: drafts for the editors. */
export const contributionEndpoints = [
  ...formEndpoint({
    path: '/contributions/practice',
    form: 'goed-voorbeeld',
    formPath: () => participationPaths.practiceForm,
    thanksPath,
    work: createPracticeDraft,
  }),
  ...formEndpoint({
    path: '/contributions/expert',
    form: 'expertise',
    formPath: () => participationPaths.expertForm,
    thanksPath,
    work: createExpertDraft,
  }),
]
