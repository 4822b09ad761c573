import { Badge } from '@/components/ui/badge'
import type { Environment } from '@/lib/generated/prisma/client'

export function EnvironmentList({ environments }: { environments: Environment[] }) {
  if (environments.length === 0) return <p className="text-sm text-slate-500">This workspace has no environments.</p>
  return (
    <ul className="divide-y divide-slate-100">
      {environments.map((environment) => (
        <li key={environment.id} className="flex items-center justify-between py-2.5 text-sm">
          <span className="font-medium text-slate-900">{environment.name}</span>
          {environment.isProtected ? <Badge tone="amber">Protected · changes by promotion</Badge> : <Badge>Editable</Badge>}
        </li>
      ))}
    </ul>
  )
}
