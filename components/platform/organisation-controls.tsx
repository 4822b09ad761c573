'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextAreaField, TextField } from '@/components/ui/field'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'

/** Suspends an organisation with a reason its people will read, after asking once more. */
export function SuspendOrganisationForm({ tenantId, name }: { tenantId: string; name: string }) {
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const suspend = useAction('platform.suspendOrganisation', { confirm: () => `${name} is suspended.` })
  return (
    <form onSubmit={submitWith(() => setConfirming(true))} className="space-y-4" noValidate>
      <FormAlert message={suspend.formError} />
      <TextAreaField
        id="suspend-reason"
        label="Suspension reason"
        hint="Shown to its people while it is suspended, and kept in both logs."
        errors={suspend.fieldErrors?.reason}
        value={reason}
        rows={2}
        maxLength={500}
        onChange={(event) => setReason(event.target.value)}
      />
      <Button type="submit" variant="danger" disabled={suspend.pending}>
        Suspend organisation
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Suspend ${name}?`}
        confirmLabel="Suspend"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void suspend.run({ tenantId, reason }).then((outcome) => outcome?.ok && setReason(''))
        }}
      >
        Nobody can sign in to it or act in it, and its API keys stop working, until it is reactivated. Its data is kept.
      </ConfirmDialog>
    </form>
  )
}

export function ReactivateOrganisationButton({ tenantId, name }: { tenantId: string; name: string }) {
  const reactivate = useAction('platform.reactivateOrganisation', { confirm: () => `${name} is active again.` })
  return (
    <div className="space-y-2">
      <FormAlert message={reactivate.formError} />
      <Button type="button" disabled={reactivate.pending} onClick={() => void reactivate.run({ tenantId })}>
        Reactivate organisation
      </Button>
    </div>
  )
}

/** The organisation's limit of active workspaces, raised or lowered. */
export function WorkspaceLimitForm({ tenantId, limit: saved }: { tenantId: string; limit: number }) {
  const [limit, setLimit] = useState(String(saved))
  const change = useAction('platform.setWorkspaceLimit', {
    confirm: (input, data) =>
      data.active !== null && data.active > data.limit
        ? `The limit is now ${data.limit}; ${data.active} workspaces are active, so none can be created or restored for now.`
        : `The workspace limit is now ${input.limit}.`,
  })
  return (
    <form onSubmit={submitWith(() => change.run({ tenantId, limit }))} className="flex flex-wrap items-end gap-3" noValidate>
      <TextField
        id="workspace-limit"
        label="Active workspaces, at most"
        errors={change.fieldErrors?.limit}
        value={limit}
        inputMode="numeric"
        onChange={(event) => setLimit(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={change.pending || limit.trim() === String(saved)}>
        Save limit
      </Button>
      <FormAlert message={change.formError} />
    </form>
  )
}

/** Schedules the organisation's deletion: its slug typed and a fresh code, after the grace period it is purged. */
export function ScheduleDeletionForm({ tenantId, slug }: { tenantId: string; slug: string }) {
  const [confirmSlug, setConfirmSlug] = useState('')
  const [code, setCode] = useState('')
  const schedule = useAction('platform.scheduleDeletion', { confirm: () => `${slug} is scheduled for deletion.` })
  return (
    <form onSubmit={submitWith(() => schedule.run({ tenantId, confirmSlug, code }))} className="space-y-4" noValidate>
      <FormAlert message={schedule.formError} />
      <p className="text-sm text-slate-700">
        Nobody can act in it from then on; after the grace period everything in it is purged. Until then its tenant admins or an operator
        can cancel.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="delete-confirm-slug"
          label={`Type ${slug} to confirm`}
          errors={schedule.fieldErrors?.confirmSlug}
          value={confirmSlug}
          autoComplete="off"
          className="font-mono"
          onChange={(event) => setConfirmSlug(event.target.value)}
        />
        <TextField
          id="delete-code"
          label="Two-factor code to confirm"
          errors={schedule.fieldErrors?.code}
          value={code}
          inputMode="numeric"
          autoComplete="one-time-code"
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <Button type="submit" variant="danger" disabled={schedule.pending}>
        Schedule deletion
      </Button>
    </form>
  )
}

export function CancelDeletionButton({ tenantId, name }: { tenantId: string; name: string }) {
  const cancel = useAction('platform.cancelDeletion', { confirm: () => `${name} will not be deleted.` })
  return (
    <div className="space-y-2">
      <FormAlert message={cancel.formError} />
      <Button type="button" disabled={cancel.pending} onClick={() => void cancel.run({ tenantId })}>
        Cancel deletion
      </Button>
    </div>
  )
}
