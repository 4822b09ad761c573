import { AccessDenied } from '@/components/console/access-denied'

/** A workspace page the viewer may not open: archived (tenant admins and auditors only) or not theirs. */
export function WorkspaceAccessDenied({ workspace }: { workspace: { name: string; status: string } }) {
  return (
    <AccessDenied
      what={workspace.name}
      why={
        workspace.status === 'ARCHIVED'
          ? 'It is archived: only tenant administrators and auditors can open an archived workspace. Your other workspaces are in the switcher.'
          : 'You are not a member of this workspace. Ask a tenant administrator or one of its workspace admins to add you.'
      }
    />
  )
}
