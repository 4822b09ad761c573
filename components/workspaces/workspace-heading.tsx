import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Badge } from '@/components/ui/badge'
import { ColorDot } from '@/components/ui/color-dot'

/** A workspace's colour, name and status badges, for a page title. */
export function WorkspaceHeading({
  workspace,
  readOnly,
}: {
  workspace: { name: string; color: string; isDefault: boolean; status: string }
  readOnly: boolean
}) {
  return (
    <>
      <ColorDot color={workspace.color} size="lg" />
      <span>{workspace.name}</span>
      {workspace.isDefault && <Badge tone="indigo">Default</Badge>}
      {workspace.status === 'ARCHIVED' && <Badge>Archived</Badge>}
      {readOnly && <ReadOnlyBadge />}
    </>
  )
}
