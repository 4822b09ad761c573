'use client'

import { useState, useTransition } from 'react'
import { changeMemberRole } from '@/lib/members/actions'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/members/schema'

type Role = (typeof WORKSPACE_ROLES)[number]

/** A user's role in one workspace, changed in place; shows the saved role again when refused. */
export function MembershipRoleSelect({ workspaceId, userId, role, label, renderedForWorkspaceId }: { workspaceId: string; userId: string; role: Role; label: string; renderedForWorkspaceId: string }) {
  const [value, setValue] = useState<Role>(role)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [, startTransition] = useTransition()
  return (
    <span className="inline-flex items-center gap-3">
      <select
        aria-label={label}
        value={value}
        onChange={(event) => {
          const next = event.target.value as Role
          setValue(next)
          startTransition(async () => {
            const result = await changeMemberRole({ workspaceId, userId, role: next, expectedWorkspaceId: renderedForWorkspaceId })
            if (result.ok) setMessage({ ok: true, text: 'Saved.' })
            else {
              setValue(role)
              setMessage({ ok: false, text: result.message })
            }
          })
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {WORKSPACE_ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      <span role="status" className={`text-xs ${message?.ok ? 'text-green-700' : 'text-red-700'}`}>
        {message?.text}
      </span>
    </span>
  )
}
