'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { TextAreaField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import type { ReleaseChange } from '@/lib/generated/prisma/enums'
import { changeCounts } from '@/lib/releases/change-summary'
import type { releaseControls } from '@/lib/releases/controls'
import { ChangeBadge } from './badges'
import { EditReleaseDialog } from './edit-release-dialog'

export type ReleaseControls = ReturnType<typeof releaseControls>

/** One change applying writes, for the confirmation a protected target asks for. */
export interface ReleaseChangeShown {
  id: string
  label: string
  change: ReleaseChange
}

/**
 * The steps of a release this person may take now; the server checks each again. Applying
 * into a protected environment asks first, naming it and listing what changes.
 */
export function ReleaseActions({
  workspaceId,
  release,
  target,
  changes,
  controls,
  releasesHref,
}: {
  workspaceId: string
  release: { id: string; title: string; notes: string }
  target: { name: string; isProtected: boolean }
  changes: ReleaseChangeShown[]
  controls: ReleaseControls
  releasesHref: string
}) {
  const router = useRouter()
  const input = { workspaceId, releaseId: release.id }
  const submit = useAction('release.submit', { confirm: () => 'Submitted for review.' })
  const approve = useAction('release.approve', { confirm: (_, data) => `Approved (${data.approvals} of ${data.required}).` })
  const apply = useAction('release.apply', {
    confirm: (_, data) =>
      data.number
        ? `Applied to ${target.name} as release #${data.number}.`
        : 'The target changed since this release was drafted: it is stale. Refresh it.',
  })
  const withdraw = useAction('release.withdraw', { confirm: () => 'Release withdrawn.' })
  const refresh = useAction('release.refresh', { confirm: () => 'Refreshed against the current state; approvals start again.' })
  const reject = useAction('release.reject', { confirm: () => 'Release rejected.' })
  const rollback = useAction('release.rollback', { confirm: () => 'Rollback proposed for review.' })
  const [rejecting, setRejecting] = useState(false)
  const [confirmingApply, setConfirmingApply] = useState(false)
  const [reason, setReason] = useState('')
  const steps = [submit, approve, apply, withdraw, refresh, reject, rollback]
  // One answer on screen: the step taken last (an earlier refusal is cleared when another step starts).
  const start = <S extends (typeof steps)[number]>(step: S) => {
    for (const other of steps) if (other !== step) other.reset()
    return step
  }
  const failed = steps.find((state) => state.result && !state.result.ok)
  const pending = steps.some((state) => state.pending)
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {controls.approve && (
          <Button disabled={pending} onClick={() => start(approve).run(input)}>
            Approve
          </Button>
        )}
        {controls.apply && (
          <Button disabled={pending} onClick={() => (target.isProtected ? setConfirmingApply(true) : start(apply).run(input))}>
            {target.isProtected ? `Apply to ${target.name}…` : `Apply to ${target.name}`}
          </Button>
        )}
        {controls.submit && (
          <Button disabled={pending} onClick={() => start(submit).run(input)}>
            Submit for review
          </Button>
        )}
        {controls.refresh && (
          <Button variant="secondary" disabled={pending} onClick={() => start(refresh).run(input)}>
            Refresh
          </Button>
        )}
        {controls.reject && (
          <Button variant="secondary" disabled={pending} onClick={() => setRejecting(true)}>
            Reject…
          </Button>
        )}
        {controls.edit && <EditReleaseDialog workspaceId={workspaceId} release={release} disabled={pending} />}
        {controls.withdraw && (
          <Button variant="secondary" disabled={pending} onClick={() => start(withdraw).run(input)}>
            Withdraw
          </Button>
        )}
        {controls.rollback && (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={async () => {
              const outcome = await start(rollback).run(input)
              if (outcome?.ok) router.push(`${releasesHref}/${outcome.data.id}`)
            }}
          >
            Roll back to this
          </Button>
        )}
      </div>
      {failed?.result && !failed.result.ok && (
        <p role="alert" className="text-sm text-red-700">
          {failed.result.message}
        </p>
      )}
      <ConfirmDialog
        open={confirmingApply}
        title={`Apply to ${target.name}?`}
        confirmLabel={`Apply to ${target.name}`}
        onCancel={() => setConfirmingApply(false)}
        onConfirm={() => {
          setConfirmingApply(false)
          void start(apply).run(input)
        }}
      >
        <p>
          {target.name} is protected. Applying writes these changes into it at once ({changeCounts(changes)}); a later rollback is a release
          of its own, reviewed again.
        </p>
        <ul className="mt-3 max-h-60 space-y-1 overflow-y-auto">
          {changes.map((item) => (
            <li key={item.id} className="flex items-center gap-2">
              <ChangeBadge change={item.change} />
              <span className="font-medium text-slate-800">{item.label}</span>
            </li>
          ))}
        </ul>
      </ConfirmDialog>
      <Modal open={rejecting} onClose={() => setRejecting(false)} title="Reject this release?">
        <form
          className="space-y-4"
          onSubmit={submitWith(async () => {
            const outcome = await start(reject).run({ ...input, reason })
            if (outcome?.ok) setRejecting(false)
          })}
        >
          {/* The page behind the dialog is inert: a refusal is shown here, where it is seen and announced. */}
          <FormAlert message={reject.formError} />
          <TextAreaField
            id="reason"
            label="Why"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            errors={reject.fieldErrors?.reason}
          />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={reject.pending}>
              Reject
            </Button>
          </div>
        </form>
      </Modal>
    </div>
  )
}
