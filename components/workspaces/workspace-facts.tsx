import { ColorDot } from '@/components/ui/color-dot'
import { formatDateTime } from '@/lib/format/date'
import { WORKSPACE_COLORS, type WorkspaceColor } from '@/lib/workspaces/palette'

interface Props {
  workspace: { name: string; slug: string; description: string; color: string; createdAt: Date }
  showCreated?: boolean
}

/** A workspace's metadata as a read-only definition list. */
export function WorkspaceFacts({ workspace, showCreated }: Props) {
  const facts = [
    { term: 'Name', detail: workspace.name },
    { term: 'Slug', detail: <span className="font-mono">{workspace.slug}</span> },
    { term: 'Description', detail: workspace.description || '—', wide: true },
    {
      term: 'Colour',
      detail: (
        <span className="flex items-center gap-2">
          <ColorDot color={workspace.color} /> {WORKSPACE_COLORS[workspace.color as WorkspaceColor]?.label ?? workspace.color}
        </span>
      ),
    },
    ...(showCreated ? [{ term: 'Created', detail: formatDateTime(workspace.createdAt) }] : []),
  ]
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.term} className={fact.wide ? 'sm:col-span-2' : undefined}>
          <dt className="font-medium text-slate-500">{fact.term}</dt>
          <dd className="mt-0.5 text-slate-900">{fact.detail}</dd>
        </div>
      ))}
    </dl>
  )
}
