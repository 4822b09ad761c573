'use client'

import { useState, type ReactNode } from 'react'
import { Button } from './button'

/** A secret Atrium keeps no copy of (an invitation link, an API key), shown this once with a copy button. */
export function ShownOnce({
  message,
  label,
  value,
  copyLabel,
  footnote,
}: {
  message: ReactNode
  label: string
  value: string
  copyLabel: string
  footnote?: ReactNode
}) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{message}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          aria-label={label}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-surface px-2 py-1.5 font-mono text-xs"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(value)
            setCopied(true)
          }}
        >
          {copied ? 'Copied' : copyLabel}
        </Button>
      </div>
      {footnote && <p className="mt-2 text-xs">{footnote}</p>}
    </div>
  )
}
