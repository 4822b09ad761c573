'use client'

import { createColumnHelper, useTable } from '@tanstack/react-table'
import Link from 'next/link'
import { useState } from 'react'
import { undoWith, useAction } from '@/components/actions/use-action'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { RoleEditor } from '@/components/ui/role-editor'
import { actionsColumn, DataTable, plainFeatures } from '@/components/ui/data-table'
import { StatusMessage } from '@/components/ui/status-message'
import { formatDate } from '@/lib/format/date'
import type { ActionResult } from '@/lib/actions/errors'
import type { TenantUserRow, TenantUsersQuery } from '@/lib/tenant-users/queries'
import { ListToolbar, Pager, serverSort, useListNavigation } from '@/components/ui/list-controls'
import { TENANT_ROLE_LABELS, TENANT_ROLES } from '@/lib/authz/role-names'
import { TextButton } from '@/components/ui/text-button'
import { useRoleChange } from '@/components/actions/use-role-change'
import { Truncated } from '@/components/ui/truncated'

const column = createColumnHelper<typeof plainFeatures, TenantUserRow>()

/**
 * The tenant's users; a tenant admin changes their role, disables, re-enables or removes
 * them in this tenant (never themselves). Their other tenants are not affected.
 */
const SORTABLE: Record<string, TenantUsersQuery['sort']> = {
  name: 'name',
  email: 'email',
  role: 'role',
  status: 'status',
  lastSignInAt: 'lastSignIn',
}

export function TenantUsersTable({
  rows: users,
  total,
  pages,
  query,
  manage,
  currentUserId,
  tenantName,
}: {
  rows: TenantUserRow[]
  total: number
  pages: number
  query: TenantUsersQuery
  manage: boolean
  currentUserId: string
  tenantName: string
}) {
  const navigate = useListNavigation()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // The destructive step waiting for confirmation: disabling or removing one person.
  // Kept after the dialog closes, so that its closing frame still shows the same person and step.
  const [confirming, setConfirming] = useState<{ kind: 'disable' | 'remove'; user: TenantUserRow; open: boolean } | null>(null)
  const closeConfirmation = () => setConfirming((current) => current && { ...current, open: false })
  const nameOf = (userId: string) => users.find((user) => user.userId === userId)?.name ?? 'The person'
  const roleChange = useRoleChange('tenantUser.changeRole', TENANT_ROLE_LABELS, nameOf)
  const statusChange = useAction('tenantUser.setStatus', {
    confirm: (input) => {
      const name = nameOf(input.userId)
      if (input.status === 'ACTIVE') return `${name} can use ${tenantName} again.`
      return {
        text: `${name} is disabled in ${tenantName}.`,
        undo: undoWith('tenantUser.setStatus', { ...input, status: 'ACTIVE' }, `${name} can use ${tenantName} again.`),
      }
    },
  })
  const removal = useAction('tenantUser.remove', { confirm: (input) => `${nameOf(input.userId)} was removed from ${tenantName}.` })

  /** Sends a change; a refusal is shown above the table (successes are confirmed by a toast). */
  const report = async (call: Promise<ActionResult<unknown> | undefined>) => {
    setMessage(null)
    const result = await call
    if (result && !result.ok) setMessage({ ok: false, text: result.message })
  }

  // Built on every render: the cells call the handlers above, which close over this render's state.
  const columns = column.columns([
    column.accessor('name', {
      header: 'Name',
      cell: ({ row }) => (
        <Link href={`/settings/users/${row.original.userId}`} className="font-medium text-slate-900 hover:underline">
          <Truncated text={row.original.name} />
        </Link>
      ),
    }),
    column.accessor('email', { header: 'Email', cell: ({ getValue }) => <Truncated text={getValue()} /> }),
    column.accessor('role', {
      header: 'Tenant role',
      cell: ({ row }) =>
        manage && row.original.userId !== currentUserId ? (
          <RoleEditor
            label={`Tenant role of ${row.original.name}`}
            roles={TENANT_ROLES}
            labels={TENANT_ROLE_LABELS}
            saved={row.original.role}
            save={(role) => report(roleChange.run({ userId: row.original.userId, role }))}
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
                  <TextButton tone="neutral" onClick={() => void report(statusChange.run({ userId: user.userId, status: 'ACTIVE' }))}>
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
  const table = useTable({ features: plainFeatures, columns, data: users })

  return (
    <div className="space-y-3">
      <ListToolbar
        query={query}
        searchLabel="Search people"
        placeholder="Name or email"
        noun={['person', 'people']}
        total={total}
        pages={pages}
      />
      <StatusMessage message={message} />
      <DataTable
        table={table}
        sortOf={serverSort(query, SORTABLE, navigate)}
        empty={query.q ? `Nobody in ${tenantName} matches “${query.q}”.` : `Nobody in ${tenantName} yet.`}
      />
      <Pager query={query} pages={pages} />
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
          if (kind === 'disable') void report(statusChange.run({ userId: user.userId, status: 'DISABLED' }))
          else void report(removal.run({ userId: user.userId }))
        }}
      >
        {confirming?.kind === 'disable'
          ? `They lose access to ${tenantName} on their next request and cannot enter it until re-enabled. Other organisations they belong to are not affected.`
          : `They leave ${tenantName} and every one of its workspaces at once. Their account and other organisations are not affected; to bring them back, invite them again.`}
      </ConfirmDialog>
    </div>
  )
}
