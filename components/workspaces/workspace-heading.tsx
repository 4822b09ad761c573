import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Badge } from '@/components/ui/badge'
import { ColorDot } from '@/components/ui/color-dot'

/** A workspace's colour and name, for a page title. */
export function WorkspaceHeading({ workspace }: { workspace: { name: string; color: string } }) {
  return (
    <>
      <ColorDot color={workspace.color} size="lg" />
      <span>{workspace.name}</span>
    </>
  )
}

/** A workspace's status badges and the viewer's role in it, beside its title. */
export function WorkspaceBadges({
  workspace,
  access,
}: {
  workspace: { isDefault: boolean; status: string }
  access: { label: string; readOnly: boolean }
}) {
  return (
    <>
      {workspace.isDefault && <Badge tone="indigo">Default</Badge>}
      {workspace.status === 'ARCHIVED' && <Badge>Archived</Badge>}
      <Badge>Your role: {access.label}</Badge>
      {access.readOnly && <ReadOnlyBadge />}
    </>
  )
}
