'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { switchWorkspaceAction } from '@/lib/switcher/actions'

/** Makes this page's workspace the active one (the switch then opens its overview). */
export function SwitchToButton({ workspace }: { workspace: { id: string; name: string } }) {
  const { run, pending, result } = useAction(switchWorkspaceAction)
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void run({ workspaceId: workspace.id })}>
        {pending ? 'Switching…' : `Switch to ${workspace.name}`}
      </Button>
      {result && !result.ok && (
        <span role="alert" className="text-xs text-red-700">
          {result.message}
        </span>
      )}
    </span>
  )
}
