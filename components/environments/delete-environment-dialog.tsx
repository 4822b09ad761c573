'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { Modal } from '@/components/ui/modal'
import { SlugConfirmForm } from '@/components/ui/slug-confirm-form'
import { environmentsPath } from '@/lib/environments/paths'

/** "Delete…" and its confirmation by slug; the server refuses a protected or non-empty environment, saying why. */
export function DeleteEnvironmentDialog({
  workspaceId,
  environment,
}: {
  workspaceId: string
  environment: { id: string; name: string; slug: string }
}) {
  const router = useRouter()
  const [isOpen, setOpen] = useState(false)
  const { run, pending, fieldErrors, formError, reset } = useAction('environment.delete', {
    confirm: () => `${environment.name} is deleted.`,
  })

  const remove = async (typed: string) => {
    const outcome = await run({ workspaceId, environmentId: environment.id, confirmSlug: typed })
    if (outcome?.ok) {
      setOpen(false)
      router.push(environmentsPath(workspaceId))
    }
  }

  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="text-red-700"
        onClick={() => {
          reset()
          setOpen(true)
        }}
      >
        Delete environment…
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title={`Delete ${environment.name}?`}>
        <SlugConfirmForm
          id={`confirm-${environment.id}`}
          slug={environment.slug}
          alert={formError}
          errors={fieldErrors?.confirmSlug}
          pending={pending}
          confirmLabel="Delete environment"
          pendingLabel="Deleting…"
          onConfirm={remove}
          onCancel={() => setOpen(false)}
        >
          It goes for good. Environments that release to it will release nowhere. Its entries stay in the audit log.
        </SlugConfirmForm>
      </Modal>
    </>
  )
}
