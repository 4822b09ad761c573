'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'

/** Makes an old revision current again, as a new revision. */
export function RestoreRevisionButton(props: { workspaceId: string; environmentId: string; resourceId: string; number: number }) {
  const { run, pending, result } = useAction('resource.restoreRevision', {
    confirm: (_, data) => `Restored as revision #${data.revision}.`,
  })
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="secondary" className="px-2.5 py-1 text-xs" disabled={pending} onClick={() => run(props)}>
        Restore #{props.number}
      </Button>
      {result && !result.ok && <span className="text-xs text-red-700">{result.message}</span>}
    </span>
  )
}
