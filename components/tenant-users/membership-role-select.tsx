'use client'

import { useState } from 'react'
import { useRoleChange } from '@/components/actions/use-role-change'
import { RoleEditor } from '@/components/ui/role-editor'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/authz/role-names'
import type { WorkspaceRole as Role } from '@/lib/generated/prisma/enums'

/** A person's role in one workspace, chosen then saved; a refusal is shown beside it. */
export function MembershipRoleSelect({
  workspaceId,
  userId,
  personName,
  role,
  label,
}: {
  workspaceId: string
  userId: string
  personName: string
  role: Role
  label: string
}) {
  const { run } = useRoleChange('member.changeRole', ROLE_LABELS, () => personName)
  const [refusal, setRefusal] = useState<string | null>(null)
  const save = async (next: Role) => {
    const outcome = await run({ workspaceId, userId, role: next })
    setRefusal(outcome && !outcome.ok ? outcome.message : null)
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <RoleEditor label={label} roles={WORKSPACE_ROLES} labels={ROLE_LABELS} saved={role} save={save} />
      <span role="status" className="text-xs text-red-700">
        {refusal}
      </span>
    </span>
  )
}
