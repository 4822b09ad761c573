'use client'

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import Link from 'next/link'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { RoleSelect } from '@/components/ui/role-select'
import { actionsColumn, DataTable } from '@/components/ui/data-table'
import { StatusMessage } from '@/components/ui/status-message'
import { formatDate } from '@/lib/format/date'
import type { ActionResult } from '@/lib/actions/errors'
import { changeTenantRoleAction, removeTenantUserAction, setUserStatusAction } from '@/lib/tenant-users/actions'
import type { TenantUserRow } from '@/lib/tenant-users/queries'
import { TENANT_ROLE_LABELS, TENANT_ROLES } from '@/lib/tenant-users/schema'
import { TextButton } from '@/components/ui/text-button'

const features = tableFeatures({})
const column = createColumnHelper<typeof features, TenantUserRow>()
type TenantRole = TenantUserRow['role']

/**
 * The tenant's users; a tenant admin changes their role, disables, re-enables or removes
 * them in this tenant (never themselves). Their other tenants are not affected.
 */
export function TenantUsersTable({
  users,
  manage,
  currentUserId,
  tenantName,
}: {
  users: TenantUserRow[]
  manage: boolean
  currentUserId: string
  tenantName: string
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // The destructive step waiting for confirmation: disabling or removing one person.
  // Kept after the dialog closes, so that its closing frame still shows the same person and step.
  const [confirming, setConfirming] = useState<{ kind: 'disable' | 'remove'; user: TenantUserRow; open: boolean } | null>(null)
  const closeConfirmation = () => setConfirming((current) => current && { ...current, open: false })
  // Roles chosen in this page and not answered yet.
  const [roles, setRoles] = useState<Record<string, TenantRole>>({})
  const roleChange = useAction(changeTenantRoleAction)
  const statusChange = useAction(setUserStatusAction)
  const removal = useAction(removeTenantUserAction)

  const report = async (call: Promise<ActionResult<unknown> | undefined>, done: string) => {
    const result = await call
    if (result) setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message })
    return result
  }
  const changeRole = async (user: TenantUserRow, role: TenantRole) => {
    setRoles((current) => ({ ...current, [user.userId]: role }))
    const result = await report(
      roleChange.run({ userId: user.userId, role }),
      `${user.name} is now ${TENANT_ROLE_LABELS[role].toLowerCase()}.`,
    )
    // Answered: the row shows the role the server holds again (the new one once saved).
    setRoles(({ [user.userId]: _answered, ...others }) => others)
    return result
  }

  // Built on every render: the cells call the handlers above, which close over this render's state.
  const columns = column.columns([
    column.accessor('name', {
      header: 'Name',
      cell: ({ row }) => (
        <Link href={`/settings/users/${row.original.userId}`} className="font-medium text-slate-900 hover:underline">
          {row.original.name}
        </Link>
      ),
    }),
    column.accessor('email', { header: 'Email' }),
    column.accessor('role', {
      header: 'Tenant role',
      cell: ({ row }) =>
        manage && row.original.userId !== currentUserId ? (
          <RoleSelect
            aria-label={`Tenant role of ${row.original.name}`}
            roles={TENANT_ROLES}
            labels={TENANT_ROLE_LABELS}
            value={roles[row.original.userId] ?? row.original.role}
            onChange={(role) => void changeRole(row.original, role)}
          />
        ) : (
          TENANT_ROLE_LABELS[row.original.role]
        ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ getValue }) => (getValue() === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge>Disabled</Badge>),
    }),
    column.accessor('workspaces', { header: 'Workspaces' }),
    column.accessor('lastSignInAt', { header: 'Last sign-in', cell: ({ getValue }) => (getValue() ? formatDate(getValue()!) : 'Never') }),
    ...(manage
      ? [
          actionsColumn(column, (user) =>
            user.userId === currentUserId ? null : (
              <span className="flex gap-4">
                {user.status === 'ACTIVE' ? (
                  <TextButton tone="danger" onClick={() => setConfirming({ kind: 'disable', user, open: true })}>
                    Disable
                  </TextButton>
                ) : (
                  <TextButton
                    tone="neutral"
                    onClick={() =>
                      void report(statusChange.run({ userId: user.userId, status: 'ACTIVE' }), `${user.name} can use ${tenantName} again.`)
                    }
                  >
                    Re-enable
                  </TextButton>
                )}
                <TextButton tone="danger" onClick={() => setConfirming({ kind: 'remove', user, open: true })}>
                  Remove
                </TextButton>
              </span>
            ),
          ),
        ]
      : []),
  ])
  const table = useTable({ features, columns, data: users })

  return (
    <div className="space-y-3">
      <StatusMessage message={message} />
      <DataTable table={table} />
      <ConfirmDialog
        open={confirming?.open ?? false}
        title={
          confirming?.kind === 'disable'
            ? `Disable ${confirming.user.name} in ${tenantName}?`
            : `Remove ${confirming?.user.name ?? ''} from ${tenantName}?`
        }
        confirmLabel={confirming?.kind === 'disable' ? 'Disable access' : 'Remove from tenant'}
        destructive
        onCancel={closeConfirmation}
        onConfirm={() => {
          const { kind, user } = confirming!
          closeConfirmation()
          if (kind === 'disable')
            void report(statusChange.run({ userId: user.userId, status: 'DISABLED' }), `${user.name} is disabled in ${tenantName}.`)
          else void report(removal.run({ userId: user.userId }), `${user.name} was removed from ${tenantName}.`)
        }}
      >
        {confirming?.kind === 'disable'
          ? `They lose access to ${tenantName} on their next request and cannot enter it until re-enabled. Other organisations they belong to are not affected.`
          : `They leave ${tenantName} and every one of its workspaces at once. Their account and other organisations are not affected; to bring them back, invite them again.`}
      </ConfirmDialog>
    </div>
  )
}
