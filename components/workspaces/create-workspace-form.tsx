'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { DescriptionField, WorkspaceNameField } from './workspace-fields'
import { FormAlert } from '@/components/ui/form-alert'
import { switchWorkspaceAction } from '@/lib/switcher/server-actions'
import type { WorkspaceColor } from '@/lib/workspaces/palette'
import { SLUG_MAX_LENGTH, slugify } from '@/lib/validation/slug'
import { ColorPicker } from './color-picker'

export function CreateWorkspaceForm() {
  const router = useRouter()
  const { run, result, pending, fieldErrors } = useAction('workspace.create', { confirm: (input) => `${input.name.trim()} is created.` })
  const enter = useAction(switchWorkspaceAction)
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  // The slug follows the name until the person edits the slug themselves.
  const [slugEdited, setSlugEdited] = useState(false)
  const [description, setDescription] = useState('')
  const [color, setColor] = useState<WorkspaceColor>('indigo')

  const create = async () => {
    const outcome = await run({ name, slug, description, color })
    // Enter the new workspace: the switch opens its overview (or says why it could not).
    if (outcome?.ok) await enter.run({ workspaceId: outcome.data.id })
  }

  return (
    <form onSubmit={submitWith(create)} className="space-y-5" noValidate>
      <FormAlert
        message={result && !result.ok && !fieldErrors ? result.message : enter.result && !enter.result.ok ? enter.result.message : null}
      />
      <WorkspaceNameField
        value={name}
        errors={fieldErrors?.name}
        autoFocus
        onChange={(e) => {
          setName(e.target.value)
          if (!slugEdited) setSlug(slugify(e.target.value))
        }}
      />
      <TextField
        id="slug"
        label="Slug"
        hint={`Used in links and in the audit log. Lowercase letters and digits with single hyphens, at most ${SLUG_MAX_LENGTH} characters. It cannot be changed later.`}
        errors={fieldErrors?.slug}
        value={slug}
        maxLength={SLUG_MAX_LENGTH}
        className="font-mono"
        required
        onChange={(e) => {
          setSlug(e.target.value)
          setSlugEdited(true)
        }}
      />
      <DescriptionField value={description} onChange={setDescription} errors={fieldErrors?.description} />
      <ColorPicker value={color} onChange={setColor} errors={fieldErrors?.color} />
      <p className="text-sm text-slate-600">
        The workspace starts with Development, Staging and Production environments, and you as its workspace admin.
      </p>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending || enter.pending || result?.ok}>
          {pending ? 'Creating…' : enter.pending ? 'Opening…' : 'Create workspace'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push('/workspaces')}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
