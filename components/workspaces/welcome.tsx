import Link from 'next/link'

/** Shown once, right after someone joins a workspace from an invitation: where they are and what their role lets them do. */
export function Welcome({ workspaceId, workspaceName, role }: { workspaceId: string; workspaceName: string; role: string }) {
  return (
    <section aria-labelledby="welcome-title" className="mb-6 rounded-lg border border-indigo-200 bg-indigo-50 p-5 text-sm text-indigo-950">
      <h2 id="welcome-title" className="text-base font-semibold">
        Welcome to {workspaceName}
      </h2>
      <p className="mt-1">
        You joined as <strong>{role}</strong>. This overview shows its environments, its people and what changed lately; the sidebar lists
        this workspace&rsquo;s pages, and the switcher at its top takes you to your other workspaces.
      </p>
      <Link href={`/workspaces/${workspaceId}`} className="mt-3 inline-block font-medium text-indigo-700 hover:underline">
        Got it
      </Link>
    </section>
  )
}
