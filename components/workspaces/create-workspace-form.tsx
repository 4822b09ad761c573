'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { Field, TextArea, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { createWorkspaceAction } from '@/lib/workspaces/actions'
import type { WorkspaceColor } from '@/lib/workspaces/palette'
import { SLUG_MAX_LENGTH, slugify } from '@/lib/workspaces/slug'
import { ColorPicker } from './color-picker'

export function CreateWorkspaceForm() {
  const router = useRouter()
  const { run, result, pending, fieldErrors } = useAction(createWorkspaceAction)
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  // The slug follows the name until the person edits the slug themselves.
  const [slugEdited, setSlugEdited] = useState(false)
  const [description, setDescription] = useState('')
  const [color, setColor] = useState<WorkspaceColor>('indigo')

  const create = async () => {
    const outcome = await run({ name, slug, description, color })
    if (outcome?.ok) router.push(`/workspaces/${outcome.data.id}`)
  }

  return (
    <form action={create} className="space-y-5" noValidate>
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      <Field id="name" label="Name" errors={fieldErrors?.name}>
        {(describedBy, invalid) => (
          <TextInput
            id="name"
            name="name"
            value={name}
            maxLength={64}
            autoFocus
            required
            aria-describedby={describedBy}
            invalid={invalid}
            onChange={(e) => {
              setName(e.target.value)
              if (!slugEdited) setSlug(slugify(e.target.value))
            }}
          />
        )}
      </Field>
      <Field
        id="slug"
        label="Slug"
        hint={`Used in links and in the audit log. Lowercase letters and digits with single hyphens, at most ${SLUG_MAX_LENGTH} characters. It cannot be changed later.`}
        errors={fieldErrors?.slug}
      >
        {(describedBy, invalid) => (
          <TextInput
            id="slug"
            name="slug"
            value={slug}
            maxLength={SLUG_MAX_LENGTH}
            className="font-mono"
            required
            aria-describedby={describedBy}
            invalid={invalid}
            onChange={(e) => {
              setSlug(e.target.value)
              setSlugEdited(true)
            }}
          />
        )}
      </Field>
      <Field id="description" label="Description" hint="Optional, up to 500 characters." errors={fieldErrors?.description}>
        {(describedBy, invalid) => (
          <TextArea
            id="description"
            name="description"
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <ColorPicker value={color} onChange={setColor} errors={fieldErrors?.color} />
      <p className="text-sm text-slate-600">
        The workspace starts with Development, Staging and Production environments, and you as its workspace admin.
      </p>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending || result?.ok}>
          {pending ? 'Creating…' : 'Create workspace'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push('/workspaces')}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
