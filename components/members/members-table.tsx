'use client'

import { createColumnHelper, useTable } from '@tanstack/react-table'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { RoleEditor } from '@/components/ui/role-editor'
import { actionsColumn, DataTable, plainFeatures } from '@/components/ui/data-table'
import { StatusMessage } from '@/components/ui/status-message'
import { formatDate } from '@/lib/format/date'
import type { MemberRow, MembersQuery } from '@/lib/members/queries'
import { ListToolbar, Pager, serverSort, useListNavigation } from '@/components/ui/list-controls'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/authz/role-names'
import { isWorkspaceAdminRole } from '@/lib/authz/roles'
import { TextButton } from '@/components/ui/text-button'
import { Truncated } from '@/components/ui/truncated'
import { useRoleChange } from '@/components/actions/use-role-change'
import type { WorkspaceRole as Role } from '@/lib/generated/prisma/enums'

type Pending = { kind: 'remove' | 'override'; member: MemberRow; role?: Role } | null

const column = createColumnHelper<typeof plainFeatures, MemberRow>()

interface Props {
  workspaceId: string
  workspaceName: string
  rows: MemberRow[]
  total: number
  pages: number
  query: MembersQuery
  /** Server-decided: may manage members here; may override the last-admin rule (tenant admin). */
  manage: boolean
  canOverride: boolean
  currentUserId: string
  /** The viewer manages this workspace only as its workspace admin (not tenant-wide): lowering their own role ends that. */
  selfDemotionEndsAdminAccess: boolean
}

const SORTABLE: Record<string, MembersQuery['sort']> = { name: 'name', email: 'email', role: 'role', addedAt: 'added' }

export function MembersTable({
  workspaceId,
  workspaceName,
  rows,
  total,
  pages,
  query,
  manage,
  canOverride,
  currentUserId,
  selfDemotionEndsAdminAccess,
}: Props) {
  const navigate = useListNavigation()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, setPending] = useState<Pending>(null)
  const nameOf = (userId: string) => rows.find((row) => row.userId === userId)?.name ?? 'The member'
  const roleChange = useRoleChange('member.changeRole', ROLE_LABELS, nameOf)
  const removal = useAction('member.remove', { confirm: (input) => `${nameOf(input.userId)} was removed.` })

  /** Sends a role change (role given) or a removal; a last-admin refusal asks a tenant admin to confirm. */
  const send = async (member: MemberRow, role: Role | undefined, confirmed: boolean) => {
    const input = { workspaceId, userId: member.userId, confirmTenantManaged: confirmed }
    setMessage(null)
    const result = role ? await roleChange.run({ ...input, role }) : await removal.run(input)
    if (!result || result.ok) return
    if (result.code === 'LAST_WORKSPACE_ADMIN' && canOverride && !confirmed) return setPending({ kind: 'override', member, role })
    setMessage({ ok: false, text: result.message })
  }

  const changeRole = (member: MemberRow, role: Role, confirmed = false) => send(member, role, confirmed)
  const remove = (member: MemberRow, confirmed = false) => void send(member, undefined, confirmed)
  const selfDemotionWarning = (member: MemberRow) => (role: Role) =>
    selfDemotionEndsAdminAccess && member.userId === currentUserId && isWorkspaceAdminRole(member.role) && !isWorkspaceAdminRole(role)
      ? `You will lose admin access to ${workspaceName}: you can no longer manage its members or settings.`
      : null

  // Built on every render: the cells call the handlers above, which close over this render's state.
  const columns = column.columns([
    column.accessor('name', {
      header: 'Name',
      cell: ({ getValue }) => <Truncated text={getValue()} className="font-medium text-slate-900" />,
    }),
    column.accessor('email', { header: 'Email', cell: ({ getValue }) => <Truncated text={getValue()} /> }),
    column.accessor('role', {
      header: 'Role',
      cell: ({ row }) =>
        manage ? (
          <RoleEditor
            label={`Role of ${row.original.name}`}
            roles={WORKSPACE_ROLES}
            labels={ROLE_LABELS}
            saved={row.original.role}
            warningFor={selfDemotionWarning(row.original)}
            save={(role) => changeRole(row.original, role)}
          />
        ) : (
          ROLE_LABELS[row.original.role]
        ),
    }),
    column.accessor('addedAt', { header: 'Added on', cell: ({ getValue }) => formatDate(getValue()) }),
    column.accessor('addedBy', { header: 'Added by', cell: ({ getValue }) => getValue() ?? '—' }),
    ...(manage
      ? [
          actionsColumn(column, (member) =>
            member.userId === currentUserId ? null : (
              <TextButton tone="danger" onClick={() => setPending({ kind: 'remove', member })}>
                Remove
              </TextButton>
            ),
          ),
        ]
      : []),
  ])
  const table = useTable({ features: plainFeatures, columns, data: rows })

  return (
    <div className="space-y-3">
      <ListToolbar
        query={query}
        searchLabel="Search members"
        placeholder="Name or email"
        noun={['member', 'members']}
        total={total}
        pages={pages}
      />
      <StatusMessage message={message} />
      <DataTable
        table={table}
        sortOf={serverSort(query, SORTABLE, navigate)}
        cellClassName="whitespace-nowrap px-4 py-2.5"
        empty={query.q ? `No member matches “${query.q}”.` : 'This workspace has no members.'}
      />
      <Pager query={query} pages={pages} />
      <ConfirmDialog
        open={pending?.kind === 'remove'}
        title={`Remove ${pending?.member.name ?? ''}?`}
        confirmLabel="Remove member"
        destructive
        onCancel={() => setPending(null)}
        onConfirm={() => {
          remove(pending!.member)
          setPending(null)
        }}
      >
        They lose access to this workspace on their next request.
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'override'}
        title="Leave this workspace without a workspace admin?"
        confirmLabel="Yes, tenant admins manage it"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const { member, role } = pending!
          setPending(null)
          if (role) void changeRole(member, role, true)
          else remove(member, true)
        }}
      >
        {pending?.member.name} is its last workspace admin. Without one, only tenant administrators can manage its members and settings.
      </ConfirmDialog>
    </div>
  )
}
