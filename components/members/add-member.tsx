'use client'

import { useEffect, useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { addMemberAction } from '@/lib/members/actions'
import { WorkspaceRoleField, type WorkspaceRole } from './workspace-role-field'

type Candidate = { id: string; name: string; email: string }

/** Search the tenant's people who are not members yet (debounced, on the server) and add one with a role. */
export function AddMember({ workspaceId }: { workspaceId: string }) {
  const [query, setQuery] = useState('')
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [chosen, setChosen] = useState<Candidate | null>(null)
  const [role, setRole] = useState<WorkspaceRole>('workspace_member')
  const { run, result, pending } = useAction(addMemberAction)
  const add = async () => {
    if (!chosen) return
    const outcome = await run({ workspaceId, userId: chosen.id, role })
    if (outcome?.ok) {
      setChosen(null)
      setQuery('')
    }
  }

  const [searchError, setSearchError] = useState<string | null>(null)

  useEffect(() => {
    if (chosen) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/workspaces/${workspaceId}/member-candidates?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`search answered ${response.status}`)
        setCandidates(((await response.json()) as { users: Candidate[] }).users)
        setSearchError(null)
      } catch (error) {
        if (!controller.signal.aborted)
          setSearchError(`The search failed (${error instanceof Error ? error.message : 'no answer'}). Try again.`)
      }
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, chosen, workspaceId, result])

  return (
    <form onSubmit={submitWith(add)} className="space-y-3">
      <FormAlert message={result && !result.ok ? (result.fieldErrors?.userId?.join(' ') ?? result.message) : null} />
      {result?.ok && (
        <p role="status" className="text-sm text-green-700">
          Added.
        </p>
      )}
      {chosen ? (
        <p className="flex items-center justify-between rounded-md border border-slate-200 px-3 py-2 text-sm">
          <span>
            <span className="font-medium">{chosen.name}</span> <span className="text-slate-500">{chosen.email}</span>
          </span>
          <button type="button" className="text-indigo-700 hover:underline" onClick={() => setChosen(null)}>
            Change
          </button>
        </p>
      ) : (
        <div>
          <label htmlFor="member-search" className="block text-sm font-medium text-slate-800">
            Find a person by name or email
          </label>
          <input
            id="member-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:outline-2 focus:outline-indigo-600"
          />
          <ul
            aria-label="People who can be added"
            className="mt-2 max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
          >
            {searchError && <li className="px-3 py-2 text-sm text-red-700">{searchError}</li>}
            {candidates === null && !searchError && <li className="px-3 py-2 text-sm text-slate-500">Searching…</li>}
            {candidates?.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">No one else in this tenant matches.</li>}
            {candidates?.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  onClick={() => setChosen(candidate)}
                  className="flex w-full justify-between px-3 py-2 text-left text-sm hover:bg-indigo-50"
                >
                  <span className="font-medium text-slate-900">{candidate.name}</span>
                  <span className="text-slate-500">{candidate.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex items-end gap-3">
        <WorkspaceRoleField id="new-member-role" label="Role" value={role} onChange={setRole} />
        <Button type="submit" disabled={!chosen || pending}>
          {pending ? 'Adding…' : 'Add member'}
        </Button>
      </div>
    </form>
  )
}
