'use client'

import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { ERROR_MESSAGES } from '@/lib/actions/errors'
import { archiveWorkspaceAction } from '@/lib/workspaces/actions'

interface Props {
  workspace: { id: string; name: string; isDefault: boolean }
  /** Where to go once archived (the detail page of an archived workspace is read-only). */
  afterArchiveHref?: string
  buttonClassName?: string
}

/** "Archive…" and its confirmation: the archive button stays disabled until the exact name is typed. */
export function ArchiveWorkspaceDialog({ workspace, afterArchiveHref, buttonClassName }: Props) {
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [typed, setTyped] = useState('')
  const { run, result, pending, fieldErrors, reset } = useAction(archiveWorkspaceAction)

  const archive = async () => {
    const outcome = await run({ workspaceId: workspace.id, confirmName: typed })
    if (outcome?.ok) {
      dialog.current?.close()
      // Navigate from here, not from an effect: the page re-renders without this dialog once the workspace is archived.
      if (afterArchiveHref) router.push(afterArchiveHref)
    }
  }

  const open = () => {
    setTyped('')
    reset()
    dialog.current?.showModal()
  }

  return (
    <>
      <Button type="button" variant="secondary" className={buttonClassName} onClick={open}>
        Archive…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            Archive {workspace.name}?
          </h2>
          {workspace.isDefault ? (
            <>
              <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {ERROR_MESSAGES.DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED}
              </p>
              <div className="flex justify-end">
                <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                  Close
                </Button>
              </div>
            </>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault()
                void archive()
              }}
              className="space-y-4"
            >
              <p className="text-sm text-slate-600">
                Its members lose access and it disappears from the workspace switcher. Its history and audit entries stay, and a tenant
                administrator can restore it later.
              </p>
              <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
              <TextField
                id={`confirm-${workspace.id}`}
                label={`Type ${workspace.name} to confirm`}
                errors={fieldErrors?.confirmName}
                value={typed}
                autoComplete="off"
                onChange={(e) => setTyped(e.target.value)}
              />
              <div className="flex justify-end gap-3">
                <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  className="bg-red-600 hover:bg-red-700 disabled:bg-red-300"
                  disabled={typed !== workspace.name || pending}
                >
                  {pending ? 'Archiving…' : 'Archive workspace'}
                </Button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  )
}
