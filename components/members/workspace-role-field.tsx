import { RoleSelect } from '@/components/ui/role-select'
import { ROLE_LABELS, WORKSPACE_ROLES } from '@/lib/authz/role-names'

export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

/** A labelled choice of workspace role, for adding a member and for inviting one. */
export function WorkspaceRoleField({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: WorkspaceRole
  onChange(role: WorkspaceRole): void
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <RoleSelect
        id={id}
        roles={WORKSPACE_ROLES}
        labels={ROLE_LABELS}
        value={value}
        onChange={onChange}
        className="mt-1.5 block px-2.5 py-2"
      />
    </div>
  )
}
