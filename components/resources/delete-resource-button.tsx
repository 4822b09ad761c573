'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

/** Deletes a resource after confirming; its history stays and a revision can bring it back. */
export function DeleteResourceButton(props: {
  workspaceId: string
  environmentId: string
  resourceId: string
  baseRevision: number
  name: string
  backHref: string
}) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const { run, pending, result } = useAction('resource.delete', { confirm: () => `${props.name} deleted. Its history is kept.` })
  const { name, backHref, ...input } = props
  return (
    <>
      <Button variant="secondary" className="text-red-700" onClick={() => setOpen(true)} disabled={pending}>
        Delete
      </Button>
      {result && !result.ok && <p className="text-sm text-red-700">{result.message}</p>}
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        confirmLabel="Delete"
        destructive
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false)
          const outcome = await run(input)
          if (outcome?.ok) router.push(backHref)
        }}
      >
        It disappears from this environment. Its revisions stay in its history, and a release or a restore can bring it back.
      </ConfirmDialog>
    </>
  )
}
