'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { switchWorkspaceAction } from '@/lib/switcher/server-actions'

/** Goes into the organisation a live support session opens: its default workspace becomes the active one. */
export function EnterOrganisation({ workspaceId, label }: { workspaceId: string; label: string }) {
  const enter = useAction(switchWorkspaceAction)
  return (
    <div className="space-y-2">
      <FormAlert message={enter.formError} />
      <Button type="button" disabled={enter.pending} onClick={() => void enter.run({ workspaceId })}>
        {enter.pending ? 'Opening…' : label}
      </Button>
    </div>
  )
}
