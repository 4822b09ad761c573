'use client'

import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { RoleSelect } from '@/components/ui/role-select'
import { changeMemberRoleAction } from '@/lib/members/actions'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/members/schema'

type Role = (typeof WORKSPACE_ROLES)[number]

/** A user's role in one workspace, changed in place; shows the saved role again when refused. */
export function MembershipRoleSelect({
  workspaceId,
  userId,
  role,
  label,
}: {
  workspaceId: string
  userId: string
  role: Role
  label: string
}) {
  const [value, setValue] = useState<Role>(role)
  const { run, result } = useAction(changeMemberRoleAction)
  const change = async (next: Role) => {
    setValue(next)
    const outcome = await run({ workspaceId, userId, role: next })
    if (outcome && !outcome.ok) setValue(role)
  }
  return (
    <span className="inline-flex items-center gap-3">
      <RoleSelect aria-label={label} roles={WORKSPACE_ROLES} labels={ROLE_LABELS} value={value} onChange={change} />
      <span role="status" className={`text-xs ${result?.ok ? 'text-green-700' : 'text-red-700'}`}>
        {result ? (result.ok ? 'Saved.' : result.message) : null}
      </span>
    </span>
  )
}
