'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextArea, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { ColorPicker } from './color-picker'
import type { ActionResult } from '@/lib/actions/errors'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions'

interface Props {
  workspace: { id: string; name: string; slug: string; description: string; color: string }
  /** The active workspace this page was rendered for; the server refuses if it has changed since. */
  renderedForWorkspaceId: string
}

type Result = ActionResult<{ name: string; changed: readonly string[] }> | null

export function WorkspaceSettingsForm({ workspace, renderedForWorkspaceId }: Props) {
  const [result, formAction, pending] = useActionState(updateWorkspaceSettings as (state: Result, form: FormData) => Promise<Result>, null)
  const [name, setName] = useState(workspace.name)
  const [description, setDescription] = useState(workspace.description)
  const [color, setColor] = useState<string>(workspace.color)
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="workspaceId" value={workspace.id} />
      <input type="hidden" name="expectedWorkspaceId" value={renderedForWorkspaceId} />
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      <Field id="name" label="Name" errors={fieldErrors?.name}>
        {(describedBy, invalid) => (
          <TextInput id="name" name="name" value={name} maxLength={64} onChange={(e) => setName(e.target.value)} aria-describedby={describedBy} invalid={invalid} required />
        )}
      </Field>
      <Field id="slug" label="Slug" hint="Set when the workspace was created. It never changes: the audit log and bookmarks refer to it.">
        {(describedBy) => <TextInput id="slug" value={workspace.slug} readOnly disabled aria-describedby={describedBy} className="font-mono" />}
      </Field>
      <Field id="description" label="Description" hint="Optional, up to 500 characters." errors={fieldErrors?.description}>
        {(describedBy, invalid) => (
          <TextArea id="description" name="description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
        )}
      </Field>
      <ColorPicker value={color} onChange={setColor} errors={fieldErrors?.color} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </Button>
        <p role="status" className="text-sm text-green-700">
          {result?.ok && !pending ? (result.data.changed.length ? 'Saved.' : 'Nothing to save: no field changed.') : ''}
        </p>
      </div>
    </form>
  )
}
