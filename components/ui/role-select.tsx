import type { Ref, SelectHTMLAttributes } from 'react'

interface RoleSelectProps<Role extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'defaultValue' | 'onChange'
> {
  roles: readonly Role[]
  labels: Readonly<Record<NoInfer<Role>, string>>
  value: NoInfer<Role>
  onChange(role: NoInfer<Role>): void
  ref?: Ref<HTMLSelectElement>
}

/** The one role picker: workspace roles or tenant roles, each shown by its label. */
export function RoleSelect<Role extends string>({ roles, labels, value, onChange, className = '', ...props }: RoleSelectProps<Role>) {
  return (
    <select
      {...props}
      value={value}
      // The options are exactly `roles`, so the chosen value is one of them.
      onChange={(event) => onChange(roles.find((role) => role === event.target.value) ?? value)}
      className={`rounded-md border border-slate-300 bg-surface px-2 py-1 text-sm ${className}`}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {labels[role]}
        </option>
      ))}
    </select>
  )
}
