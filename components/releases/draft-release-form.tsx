'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { TextButton } from '@/components/ui/text-button'
import { ReleaseTextFields } from './release-text-fields'

interface Change {
  id: string
  label: string
  status: string
  /** The person's own change: ticked at first. */
  mine: boolean
}

/** Pick the changes to release (one's own ticked at first), name the release and submit it for review. */
export function DraftReleaseForm({
  workspaceId,
  sourceEnvironmentId,
  target,
  changes,
  releasesHref,
}: {
  workspaceId: string
  sourceEnvironmentId: string
  target: string
  changes: Change[]
  releasesHref: string
}) {
  const router = useRouter()
  const [picked, setPicked] = useState(changes.filter((change) => change.mine).map((change) => change.id))
  const [title, setTitle] = useState('')
  const [notes, setNotes] = useState('')
  const { run, pending, fieldErrors, formError } = useAction('release.draft', {
    confirm: () => `Release to ${target} submitted for review.`,
  })
  async function submit() {
    const outcome = await run({ workspaceId, sourceEnvironmentId, title, notes, changes: picked, submit: true })
    if (outcome?.ok) router.push(`${releasesHref}/${outcome.data.id}`)
  }
  return (
    <form onSubmit={submitWith(submit)} className="space-y-4" noValidate>
      <FormAlert message={formError} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Changes to release</legend>
        <p className="flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
          <span>
            {picked.length} of {changes.length} picked
          </span>
          <TextButton className="text-xs" onClick={() => setPicked(changes.map((change) => change.id))}>
            Select all
          </TextButton>
          <TextButton className="text-xs" onClick={() => setPicked([])}>
            Select none
          </TextButton>
        </p>
        {changes.map((change) => (
          <label key={change.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-indigo-600"
              checked={picked.includes(change.id)}
              onChange={(event) => setPicked(event.target.checked ? [...picked, change.id] : picked.filter((id) => id !== change.id))}
            />
            <span className="font-medium">{change.label}</span>
            <span className="text-xs text-slate-500">
              {change.status}
              {change.mine && ' · yours'}
            </span>
          </label>
        ))}
        {fieldErrors?.changes && <p className="text-sm text-red-700">{fieldErrors.changes.join(' ')}</p>}
      </fieldset>
      <ReleaseTextFields title={title} notes={notes} onTitle={setTitle} onNotes={setNotes} errors={fieldErrors} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Submitting…' : `Submit release to ${target}`}
      </Button>
    </form>
  )
}
