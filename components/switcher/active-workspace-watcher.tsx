'use client'

import { useEffect, useState } from 'react'

const CHANNEL = 'atrium-active-workspace'

/**
 * Notices when the active workspace changed since this tab was rendered (a switch in
 * another tab, or access lost) and offers to reload. The server refuses a stale tab's
 * actions anyway; this only tells the person before they try.
 */
export function ActiveWorkspaceWatcher({ workspaceId, workspaceName }: { workspaceId: string; workspaceName: string }) {
  const [now, setNow] = useState<string | null>(null)

  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL)
    channel.postMessage({ workspaceId, workspaceName })
    channel.onmessage = (event: MessageEvent<{ workspaceId: string; workspaceName: string }>) => {
      if (event.data.workspaceId !== workspaceId) setNow(event.data.workspaceName)
    }
    const checkOnFocus = async () => {
      const response = await fetch('/api/active-workspace', { cache: 'no-store' }).catch(() => null)
      if (!response?.ok) return
      const { workspace } = (await response.json()) as { workspace: { id: string; name: string } | null }
      if (workspace?.id !== workspaceId) setNow(workspace?.name ?? 'none')
    }
    window.addEventListener('focus', checkOnFocus)
    return () => {
      channel.close()
      window.removeEventListener('focus', checkOnFocus)
    }
  }, [workspaceId, workspaceName])

  if (!now) return null
  return (
    <div
      role="alert"
      className="mb-6 flex items-center justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <span>
        This tab shows {workspaceName}, but your active workspace is now {now === 'none' ? 'no longer available' : now}. Reload to continue.
      </span>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded-md bg-amber-600 px-3 py-1.5 font-medium text-white hover:bg-amber-700"
      >
        Reload
      </button>
    </div>
  )
}
