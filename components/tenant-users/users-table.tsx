'use client'

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import Link from 'next/link'
import { useMemo, useState, useTransition } from 'react'
import { Badge } from '@/components/ui/badge'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { TableRows } from '@/components/ui/table-rows'
import { formatDate } from '@/lib/format/date'
import { changeTenantRole, removeTenantUser, setUserStatus } from '@/lib/tenant-users/actions'
import type { TenantUserRow } from '@/lib/tenant-users/queries'
import { TENANT_ROLE_LABELS, TENANT_ROLES } from '@/lib/tenant-users/schema'

const features = tableFeatures({})
const column = createColumnHelper<typeof features, TenantUserRow>()

/**
 * The tenant's users; a tenant admin changes their role, disables, re-enables or removes
 * them in this tenant (never themselves). Their other tenants are not affected.
 */
export function TenantUsersTable({ users, manage, currentUserId, tenantName, renderedForWorkspaceId }: { users: TenantUserRow[]; manage: boolean; currentUserId: string; tenantName: string; renderedForWorkspaceId: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [disabling, setDisabling] = useState<TenantUserRow | null>(null)
  const [removing, setRemoving] = useState<TenantUserRow | null>(null)
  // Bumped on a refusal so the role selects show the saved roles again.
  const [refusals, setRefusals] = useState(0)
  const [, startTransition] = useTransition()

  const run = (action: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    startTransition(async () => {
      const result = await action()
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message ?? 'Refused.' })
      if (!result.ok) setRefusals((n) => n + 1)
    })

  const columns = useMemo(
    () =>
      column.columns([
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
              <select
                key={`${row.original.role}-${refusals}`}
                aria-label={`Tenant role of ${row.original.name}`}
                defaultValue={row.original.role}
                onChange={(event) => {
                  const role = event.target.value
                  run(() => changeTenantRole({ userId: row.original.userId, role, expectedWorkspaceId: renderedForWorkspaceId }), `${row.original.name} is now ${TENANT_ROLE_LABELS[role as keyof typeof TENANT_ROLE_LABELS].toLowerCase()}.`)
                }}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                {TENANT_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {TENANT_ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            ) : (
              TENANT_ROLE_LABELS[row.original.role]
            ),
        }),
        column.accessor('status', { header: 'Status', cell: ({ getValue }) => (getValue() === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge>Disabled</Badge>) }),
        column.accessor('workspaces', { header: 'Workspaces' }),
        column.accessor('lastSignInAt', { header: 'Last sign-in', cell: ({ getValue }) => (getValue() ? formatDate(getValue()!) : 'Never') }),
        ...(manage
          ? [
              column.display({
                id: 'actions',
                header: () => <span className="sr-only">Actions</span>,
                cell: ({ row }) =>
                  row.original.userId === currentUserId ? null : (
                    <span className="flex gap-4">
                      {row.original.status === 'ACTIVE' ? (
                        <button type="button" onClick={() => setDisabling(row.original)} className="text-sm font-medium text-red-700 hover:underline">
                          Disable
                        </button>
                      ) : (
                        <button
                          type="button"
                          onClick={() => run(() => setUserStatus({ userId: row.original.userId, status: 'ACTIVE', expectedWorkspaceId: renderedForWorkspaceId }), `${row.original.name} can use ${tenantName} again.`)}
                          className="text-sm font-medium text-indigo-700 hover:underline"
                        >
                          Re-enable
                        </button>
                      )}
                      <button type="button" onClick={() => setRemoving(row.original)} className="text-sm font-medium text-red-700 hover:underline">
                        Remove
                      </button>
                    </span>
                  ),
              }),
            ]
          : []),
      ]),
    [manage, currentUserId, tenantName, renderedForWorkspaceId, refusals], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const table = useTable({ features, columns, data: users })

  return (
    <div className="space-y-3">
      <p role="status" className={`min-h-5 text-sm ${message?.ok ? 'text-green-700' : 'text-red-700'}`}>
        {message?.text}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className="px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <TableRows rows={table.getRowModel().rows} renderCell={(cell) => <table.FlexRender cell={cell} />} />
        </table>
      </div>
      <ConfirmDialog
        open={disabling !== null}
        title={`Disable ${disabling?.name ?? ''} in ${tenantName}?`}
        confirmLabel="Disable access"
        destructive
        onCancel={() => setDisabling(null)}
        onConfirm={() => {
          const user = disabling!
          setDisabling(null)
          run(() => setUserStatus({ userId: user.userId, status: 'DISABLED', expectedWorkspaceId: renderedForWorkspaceId }), `${user.name} is disabled in ${tenantName}.`)
        }}
      >
        They lose access to {tenantName} on their next request and cannot enter it until re-enabled. Other organisations they
        belong to are not affected.
      </ConfirmDialog>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ''} from ${tenantName}?`}
        confirmLabel="Remove from tenant"
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const user = removing!
          setRemoving(null)
          run(() => removeTenantUser({ userId: user.userId, expectedWorkspaceId: renderedForWorkspaceId }), `${user.name} was removed from ${tenantName}.`)
        }}
      >
        They leave {tenantName} and every one of its workspaces at once. Their account and other organisations are not affected;
        to bring them back, invite them again.
      </ConfirmDialog>
    </div>
  )
}
