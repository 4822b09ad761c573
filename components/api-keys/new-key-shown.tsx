'use client'

import { useSyncExternalStore } from 'react'
import { Button } from '@/components/ui/button'
import { ShownOnce } from '@/components/ui/shown-once'

/** The new key, once, with a copy button; closing the dialog forgets it. */
export function NewKeyShown({ name, apiKey, onDone }: { name: string; apiKey: string; onDone(): void }) {
  // This console's own address, read in the browser (the server renders none).
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => '',
  )
  return (
    <div className="space-y-4">
      <ShownOnce
        message={`Copy ${name} now. It is shown only this once: Atrium keeps only a hash of it.`}
        label={`The new API key ${name}`}
        value={apiKey}
        copyLabel="Copy key"
        footnote="Lost it? Rotate the key for a new one."
      />
      <div className="space-y-1 text-sm">
        <p className="font-medium text-slate-800">Try it</p>
        <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs text-slate-800">
          curl -H &quot;Authorization: Bearer {apiKey}&quot; {origin}/api/v1/workspaces
        </pre>
        <p className="text-xs text-slate-600">It lists the workspaces this key may read; the README lists every route.</p>
      </div>
      <Button type="button" onClick={onDone}>
        Done
      </Button>
    </div>
  )
}
