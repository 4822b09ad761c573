'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { CheckboxField } from '@/components/ui/choice-fields'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { SelectField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { DescriptionField } from '@/components/workspaces/workspace-fields'
import { environmentPath } from '@/lib/environments/paths'
import { SLUG_MAX_LENGTH, slugify } from '@/lib/validation/slug'

export interface EditedEnvironment {
  id: string
  name: string
  slug: string
  description: string
  releasesToId: string | null
  isProtected: boolean
}

interface Props {
  workspaceId: string
  /** The workspace's environments in order: where this one may release to. */
  environments: { id: string; name: string }[]
  /** The environment to edit; none to add a new one. */
  environment?: EditedEnvironment
  onCancel?(): void
}

const PROTECTED_HINT = 'Nothing in it is edited directly, by anyone: it changes only when a reviewed release is applied.'

/** Adds an environment, or edits one's name, description, promotion target and protection. */
export function EnvironmentForm({ workspaceId, environments, environment, onCancel }: Props) {
  const router = useRouter()
  const create = useAction('environment.create', { confirm: (input) => `${input.name.trim()} is added.` })
  const update = useAction('environment.update', {
    confirm: (input, { changed }) => (changed.length ? `Saved ${input.name.trim()}.` : 'Nothing to save: no field changed.'),
  })
  const { result, pending, fieldErrors, formError } = environment ? update : create
  const [name, setName] = useState(environment?.name ?? '')
  const [slug, setSlug] = useState(environment?.slug ?? '')
  const [slugEdited, setSlugEdited] = useState(false)
  const [description, setDescription] = useState(environment?.description ?? '')
  const [releasesToId, setReleasesToId] = useState(environment?.releasesToId ?? '')
  const [isProtected, setProtected] = useState(environment?.isProtected ?? false)
  // Taking the protection off lets anyone with write access edit it directly: ask first.
  const [confirmingUnprotect, setConfirmingUnprotect] = useState(false)

  const save = async () => {
    if (!environment) {
      const outcome = await create.run({ workspaceId, name, slug, description, releasesToId, isProtected })
      if (outcome?.ok) router.push(environmentPath(workspaceId, outcome.data.slug))
      return
    }
    await update.run({ workspaceId, environmentId: environment.id, name, description, releasesToId, isProtected })
  }
  const submit = () => {
    if (environment?.isProtected && !isProtected) setConfirmingUnprotect(true)
    else void save()
  }

  const targets = environments.filter((candidate) => candidate.id !== environment?.id)
  return (
    <form onSubmit={submitWith(submit)} className="space-y-5" noValidate>
      <FormAlert message={formError} />
      <TextField
        id="environment-name"
        label="Name"
        errors={fieldErrors?.name}
        value={name}
        maxLength={64}
        required
        autoFocus={!environment}
        onChange={(event) => {
          setName(event.target.value)
          if (!environment && !slugEdited) setSlug(slugify(event.target.value))
        }}
      />
      <TextField
        id="environment-slug"
        label="Slug"
        hint={
          environment
            ? 'Set when the environment was added. It never changes: links and the audit log refer to it.'
            : `Used in links. Lowercase letters and digits with single hyphens, at most ${SLUG_MAX_LENGTH} characters. It cannot be changed later.`
        }
        errors={fieldErrors?.slug}
        value={slug}
        maxLength={SLUG_MAX_LENGTH}
        className="font-mono"
        readOnly={Boolean(environment)}
        required
        onChange={(event) => {
          setSlug(event.target.value)
          setSlugEdited(true)
        }}
      />
      <DescriptionField value={description} onChange={setDescription} errors={fieldErrors?.description} />
      <SelectField
        id="environment-releases-to"
        label="Releases to"
        hint="Where its changes go next, through a reviewed release."
        errors={fieldErrors?.releasesToId}
        value={releasesToId}
        onChange={(event) => setReleasesToId(event.target.value)}
        options={[{ value: '', label: 'Nowhere' }, ...targets.map((target) => ({ value: target.id, label: target.name }))]}
      />
      <CheckboxField id="environment-protected" label="Protected" hint={PROTECTED_HINT} value={isProtected} onChange={setProtected} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || (!environment && result?.ok)}>
          {pending ? 'Saving…' : environment ? 'Save changes' : 'Add environment'}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirmingUnprotect}
        title={`Unprotect ${environment?.name}?`}
        confirmLabel="Unprotect and save"
        destructive
        onCancel={() => setConfirmingUnprotect(false)}
        onConfirm={() => {
          setConfirmingUnprotect(false)
          void save()
        }}
      >
        Anyone with write access in this workspace will be able to edit, add and delete its agents and policies directly, without a release
        or a review.
      </ConfirmDialog>
    </form>
  )
}
