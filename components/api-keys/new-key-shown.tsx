'use client'

import { Button } from '@/components/ui/button'
import { ShownOnce } from '@/components/ui/shown-once'

/** The new key, once, with a copy button; closing the dialog forgets it. */
export function NewKeyShown({ name, apiKey, onDone }: { name: string; apiKey: string; onDone(): void }) {
  return (
    <div className="space-y-4">
      <ShownOnce
        message={`Copy ${name} now. It is shown only this once: Atrium keeps only a hash of it.`}
        label={`The new API key ${name}`}
        value={apiKey}
        copyLabel="Copy key"
        footnote="Lost it? Rotate the key for a new one."
      />
      <Button type="button" onClick={onDone}>
        Done
      </Button>
    </div>
  )
}
