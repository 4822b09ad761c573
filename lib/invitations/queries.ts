import type { Db } from '@/lib/db/client'

/** A workspace's open invitations, newest first. */
export async function openInvitations(db: Db, workspaceId: string) {
  const invitations = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: 'desc' },
  })
  return invitations.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expiresAt.toISOString(),
    expired: i.expiresAt.getTime() < Date.now(),
  }))
}

export type OpenInvitation = Awaited<ReturnType<typeof openInvitations>>[number]
