'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { undoWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { LinkButton } from '@/components/ui/link-button'
import { Modal } from '@/components/ui/modal'
import { SlugConfirmForm } from '@/components/ui/slug-confirm-form'
import { ERROR_MESSAGES } from '@/lib/actions/errors'

interface Props {
  workspace: { id: string; name: string; slug: string; isDefault: boolean }
  /** Where to go once archived (the detail page of an archived workspace is read-only). */
  afterArchiveHref?: string
  buttonClassName?: string
}

/**
 * "Archive…" and its confirmation by slug. The default workspace
 * cannot be archived: its dialog offers the way to choose another default instead.
 */
export function ArchiveWorkspaceDialog({ workspace, afterArchiveHref, buttonClassName }: Props) {
  const router = useRouter()
  const [isOpen, setOpen] = useState(false)
  const { run, pending, fieldErrors, formError, reset } = useAction('workspace.archive', {
    confirm: () => ({
      text: `${workspace.name} is archived.`,
      undo: undoWith('workspace.restore', { workspaceId: workspace.id }, `${workspace.name} is active again.`),
    }),
  })
  const archive = async (typed: string) => {
    const outcome = await run({ workspaceId: workspace.id, confirmSlug: typed })
    if (outcome?.ok) {
      setOpen(false)
      // Navigate from here, not from an effect: the page re-renders without this dialog once the workspace is archived.
      if (afterArchiveHref) router.push(afterArchiveHref)
    }
  }

  const open = () => {
    reset()
    setOpen(true)
  }

  return (
    <>
      <Button type="button" variant="secondary" className={buttonClassName} onClick={open}>
        Archive…
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title={`Archive ${workspace.name}?`}>
        {workspace.isDefault ? (
          <>
            <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {ERROR_MESSAGES.DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED}
            </p>
            <div className="flex justify-end gap-3">
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                Close
              </Button>
              <LinkButton href="/workspaces?status=active">Set another default</LinkButton>
            </div>
          </>
        ) : (
          <SlugConfirmForm
            id={`confirm-${workspace.id}`}
            slug={workspace.slug}
            alert={formError}
            errors={fieldErrors?.confirmSlug}
            pending={pending}
            confirmLabel="Archive workspace"
            pendingLabel="Archiving…"
            onConfirm={archive}
            onCancel={() => setOpen(false)}
          >
            Its members lose access and it disappears from the workspace switcher. Its history and audit entries stay, and a tenant
            administrator can restore it later.
          </SlugConfirmForm>
        )}
      </Modal>
    </>
  )
}
