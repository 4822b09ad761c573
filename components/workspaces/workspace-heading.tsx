import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Badge } from '@/components/ui/badge'
import { ColorDot } from '@/components/ui/color-dot'

/** A workspace's colour, name and status badges, and the viewer's role in it, for a page title. */
export function WorkspaceHeading({
  workspace,
  access,
}: {
  workspace: { name: string; color: string; isDefault: boolean; status: string }
  access: { label: string; readOnly: boolean }
}) {
  return (
    <>
      <ColorDot color={workspace.color} size="lg" />
      <span>{workspace.name}</span>
      {workspace.isDefault && <Badge tone="indigo">Default</Badge>}
      {workspace.status === 'ARCHIVED' && <Badge>Archived</Badge>}
      <Badge>Your role: {access.label}</Badge>
      {access.readOnly && <ReadOnlyBadge />}
    </>
  )
}
