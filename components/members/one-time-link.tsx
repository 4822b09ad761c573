'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'

/**
 * Without SMTP the invitation link cannot be mailed, and it is never stored: it is shown
 * here once, for the person who invited to pass on.
 */
export function OneTimeLink({ email, link }: { email: string; link: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">Send this link to {email}. It is shown only now: Atrium keeps no copy of it.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          aria-label={`Invitation link for ${email}`}
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-surface px-2 py-1.5 font-mono text-xs"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(link)
            setCopied(true)
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p className="mt-2 text-xs">Lost it? Resend the invitation for a new link (the old one stops working).</p>
    </div>
  )
}
