'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'

/** The ten recovery codes, shown this once (Atrium keeps only their hashes), with a copy button. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-medium">Save these recovery codes now: they are shown only once.</p>
      <p>Each one signs you in once if you lose your phone. Keep them somewhere safe, such as a password manager.</p>
      <ol aria-label="Recovery codes" className="grid grid-cols-1 gap-x-6 gap-y-1 font-mono text-sm sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(codes.join('\n'))
          setCopied(true)
        }}
      >
        {copied ? 'Copied' : 'Copy codes'}
      </Button>
    </div>
  )
}
