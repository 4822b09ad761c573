'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { ReleaseTextFields } from './release-text-fields'

/** "Edit…" for the author of an open release: its title and notes. Approvals given so far are void. */
export function EditReleaseDialog({
  workspaceId,
  release,
  disabled,
}: {
  workspaceId: string
  release: { id: string; title: string; notes: string }
  disabled: boolean
}) {
  const [isOpen, setOpen] = useState(false)
  const [title, setTitle] = useState(release.title)
  const [notes, setNotes] = useState(release.notes)
  const { run, pending, fieldErrors, formError, reset } = useAction('release.edit', {
    confirm: (_, { approvalsVoided }) =>
      approvalsVoided > 0 ? 'Saved. The approvals given so far are void: reviewers look again.' : 'Saved.',
  })
  const open = () => {
    setTitle(release.title)
    setNotes(release.notes)
    reset()
    setOpen(true)
  }
  return (
    <>
      <Button variant="secondary" disabled={disabled} onClick={open}>
        Edit…
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title="Edit this release">
        <form
          className="space-y-4"
          noValidate
          onSubmit={submitWith(async () => {
            const outcome = await run({ workspaceId, releaseId: release.id, title, notes })
            if (outcome?.ok) setOpen(false)
          })}
        >
          <p className="text-sm text-slate-600">Saving voids the approvals given so far: reviewers approve what they read.</p>
          <FormAlert message={formError} />
          <ReleaseTextFields title={title} notes={notes} onTitle={setTitle} onNotes={setNotes} errors={fieldErrors} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save'}
            </Button>
          </div>
        </form>
      </Modal>
    </>
  )
}
