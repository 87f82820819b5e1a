'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import { hasEditorRole } from '../../access/hasEditorRole'

/** Payload's publish button (with scheduling) for editors; contributors only save drafts. */
export function EditorPublishButton() {
  const { user } = useAuth()
  return hasEditorRole(user) ? <PublishButton /> : null
}
