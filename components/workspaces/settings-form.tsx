'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextArea, TextInput } from '@/components/ui/field'
import type { ActionResult } from '@/lib/actions/errors'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions'
import { WORKSPACE_COLORS, type WorkspaceColor } from '@/lib/workspaces/palette'

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
  const [color, setColor] = useState(workspace.color)
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="workspaceId" value={workspace.id} />
      <input type="hidden" name="expectedWorkspaceId" value={renderedForWorkspaceId} />
      {result && !result.ok && !fieldErrors && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      )}
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
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Colour</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {(Object.entries(WORKSPACE_COLORS) as [WorkspaceColor, (typeof WORKSPACE_COLORS)[WorkspaceColor]][]).map(([key, swatch]) => (
            <label key={key} className="cursor-pointer">
              <input type="radio" name="color" value={key} checked={color === key} onChange={() => setColor(key)} className="peer sr-only" />
              <span className="flex items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-1 text-xs text-slate-700 peer-checked:border-slate-900 peer-checked:ring-1 peer-checked:ring-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-600">
                <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: swatch.hex }} />
                {swatch.label}
              </span>
            </label>
          ))}
        </div>
        {fieldErrors?.color && <p className="mt-1 text-sm text-red-700">{fieldErrors.color.join(' ')}</p>}
      </fieldset>
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
