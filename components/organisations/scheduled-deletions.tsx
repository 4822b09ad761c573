'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import type { ScheduledDeletion } from '@/lib/context/resolve'
import { formatDateTime } from '@/lib/format/date'

/**
 * The person's organisations that wait to be deleted: nobody enters them any more, so this
 * list (on the no-organisation page and the account page) is where a tenant admin cancels.
 */
export function ScheduledDeletions({ deletions }: { deletions: ScheduledDeletion[] }) {
  const cancel = useAction('organisation.cancelDeletion', { confirm: (_, data) => `${data.name} is no longer scheduled for deletion.` })
  if (deletions.length === 0) return null
  return (
    <section aria-labelledby="scheduled-deletions" className="space-y-3 text-left">
      <h2 id="scheduled-deletions" className="text-sm font-semibold text-slate-900">
        Scheduled for deletion
      </h2>
      <FormAlert message={cancel.formError} />
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {deletions.map((deletion) => (
          <li key={deletion.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-900">{deletion.name}</p>
              <p className="text-xs text-slate-600">
                Deleted for good on {formatDateTime(deletion.dueAt)}. Until then nobody can sign in to it.
              </p>
            </div>
            {deletion.mayCancel ? (
              <Button
                type="button"
                variant="secondary"
                aria-label={`Cancel the deletion of ${deletion.name}`}
                disabled={cancel.pending}
                onClick={() => cancel.run({ organisationId: deletion.id })}
              >
                Cancel deletion
              </Button>
            ) : (
              <p className="text-xs text-slate-600">Only its tenant admins can cancel it.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
