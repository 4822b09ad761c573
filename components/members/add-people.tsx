'use client'

import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { invitationEmail } from '@/lib/invitations/schema'
import { ROLE_LABELS } from '@/lib/authz/role-names'
import { OneTimeLink } from './one-time-link'
import { WorkspaceRoleField, type WorkspaceRole } from './workspace-role-field'

type Person = { id: string; name: string; email: string }
/** Whom the dialog will add: someone of the tenant, or an address that gets an invitation. */
type Choice = { kind: 'person'; person: Person } | { kind: 'email'; email: string }

const isEmail = (text: string) => invitationEmail.safeParse(text).success

/**
 * "Add people": one dialog for everyone. Type a name or an address; people of the tenant who
 * are not members yet are offered as you type (nobody is listed before you do), and an address
 * that belongs to nobody here can be invited. Then a role, and one button.
 */
export function AddPeople({ workspaceId, workspaceName }: { workspaceId: string; workspaceName: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Add people
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={`Add people to ${workspaceName}`} wide>
        <AddPeopleForm workspaceId={workspaceId} onDone={() => setOpen(false)} />
      </Modal>
    </>
  )
}

function AddPeopleForm({ workspaceId, onDone }: { workspaceId: string; onDone(): void }) {
  const [query, setQuery] = useState('')
  const [choice, setChoice] = useState<Choice | null>(null)
  const [role, setRole] = useState<WorkspaceRole>('workspace_member')
  const { matches, searchError } = usePeopleSearch(workspaceId, choice ? '' : query)
  const add = useAction('member.add', {
    confirm: (input) => `${choice?.kind === 'person' ? choice.person.name : 'They'} can now work here as ${roleWord(input.role)}.`,
  })
  const invite = useAction('invitation.create', {
    confirm: (input, { added, link }) =>
      added
        ? `${input.email} already had an account here and was added as ${roleWord(input.role)}.`
        : link
          ? `Invitation created for ${input.email}.`
          : `Invitation sent to ${input.email}.`,
  })
  const issuedLink =
    invite.result?.ok && invite.result.data.link ? { email: invite.result.data.email, link: invite.result.data.link } : null
  const pending = add.pending || invite.pending
  const failure = choice?.kind === 'email' ? invite.result : add.result

  const typed = query.trim()
  const invitable = isEmail(typed) && !matches?.some((person) => person.email === typed.toLowerCase())
  const listId = useId()

  const submit = async () => {
    if (!choice) return
    if (choice.kind === 'person') {
      const outcome = await add.run({ workspaceId, userId: choice.person.id, role })
      if (outcome?.ok) onDone()
    } else {
      const outcome = await invite.run({ workspaceId, email: choice.email, role })
      // Without SMTP the link must be passed on by hand: the dialog stays open to show it.
      if (outcome?.ok && !outcome.data.link) onDone()
    }
  }
  const choose = (next: Choice) => {
    add.reset()
    invite.reset()
    setChoice(next)
  }
  /** Enter in the search field takes the only match, or the typed address. */
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (matches?.length === 1 && !invitable) choose({ kind: 'person', person: matches[0]! })
    else if (invitable) choose({ kind: 'email', email: typed.toLowerCase() })
  }

  if (issuedLink) {
    return (
      <div className="space-y-4">
        <OneTimeLink {...issuedLink} />
        <div className="flex justify-end">
          <Button type="button" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
    )
  }

  const emailError = choice?.kind === 'email' ? invite.fieldErrors?.email?.join(' ') : undefined
  const personError = choice?.kind === 'person' ? add.fieldErrors?.userId?.join(' ') : undefined
  return (
    <form onSubmit={submitWith(submit)} className="space-y-4" noValidate>
      <FormAlert message={failure && !failure.ok && !emailError && !personError ? failure.message : null} />
      {choice ? (
        <div>
          <p className="text-sm font-medium text-slate-800">{choice.kind === 'person' ? 'Add' : 'Invite by email'}</p>
          <p className="mt-1.5 flex items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2 text-sm">
            {choice.kind === 'person' ? (
              <span className="min-w-0 truncate">
                <span className="font-medium text-slate-900">{choice.person.name}</span>{' '}
                <span className="text-slate-600">{choice.person.email}</span>
              </span>
            ) : (
              <span className="min-w-0 truncate font-medium text-slate-900">{choice.email}</span>
            )}
            <button type="button" className="shrink-0 font-medium text-indigo-700 hover:underline" onClick={() => setChoice(null)}>
              Change
            </button>
          </p>
          {(emailError ?? personError) && (
            <p role="alert" className="mt-1.5 text-sm text-red-700">
              {emailError ?? personError}
            </p>
          )}
          {choice.kind === 'email' && !emailError && (
            <p className="mt-1.5 text-sm text-slate-600">They get a link to join; it works once, for 7 days.</p>
          )}
        </div>
      ) : (
        <div>
          <label htmlFor="add-people-search" className="block text-sm font-medium text-slate-800">
            Name or email address
          </label>
          <input
            id="add-people-search"
            type="search"
            value={query}
            autoFocus
            autoComplete="off"
            aria-describedby={`${listId}-hint`}
            aria-controls={listId}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKey}
            className="mt-1.5 block w-full rounded-md border border-slate-300 bg-surface px-3 py-2 text-sm focus:outline-2 focus:outline-indigo-600"
          />
          <p id={`${listId}-hint`} className="mt-1.5 text-sm text-slate-600">
            People of your organisation are found by name or address; anyone else, type their full address to invite them.
          </p>
          {typed && (
            <ul
              id={listId}
              aria-label="Matches"
              className="mt-2 max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
            >
              {searchError && <li className="px-3 py-2 text-sm text-red-700">{searchError}</li>}
              {matches === null && !searchError && <li className="px-3 py-2 text-sm text-slate-600">Searching…</li>}
              {matches?.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    onClick={() => choose({ kind: 'person', person })}
                    className="flex w-full flex-wrap justify-between gap-x-3 px-3 py-2 text-left text-sm hover:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
                  >
                    <span className="font-medium text-slate-900">{person.name}</span>
                    <span className="min-w-0 truncate text-slate-600">{person.email}</span>
                  </button>
                </li>
              ))}
              {invitable && (
                <li>
                  <button
                    type="button"
                    onClick={() => choose({ kind: 'email', email: typed.toLowerCase() })}
                    className="w-full px-3 py-2 text-left text-sm hover:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
                  >
                    <span className="font-medium text-indigo-700">Invite {typed.toLowerCase()}</span>{' '}
                    <span className="text-slate-600">by email</span>
                  </button>
                </li>
              )}
              {matches?.length === 0 && !invitable && (
                <li className="px-3 py-2 text-sm text-slate-600">
                  Nobody here matches. To invite someone new, type their full email address.
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      <WorkspaceRoleField id="add-people-role" label="Role" value={role} onChange={setRole} />
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={!choice || pending}>
          {pending ? 'Adding…' : choice?.kind === 'email' ? 'Send invitation' : 'Add to workspace'}
        </Button>
      </div>
    </form>
  )
}

const roleWord = (role: WorkspaceRole) => ROLE_LABELS[role].toLowerCase()

/** People of the tenant not yet in the workspace who match the text (debounced, on the server); nothing for no text. */
function usePeopleSearch(workspaceId: string, text: string) {
  const query = text.trim()
  // Answers are kept with the text they answer, so a stale answer is never shown for new text.
  const [answer, setAnswer] = useState<{ query: string; people: Person[] | null; error: string | null }>({
    query: '',
    people: null,
    error: null,
  })
  useEffect(() => {
    if (!query) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/workspaces/${workspaceId}/member-candidates?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`search answered ${response.status}`)
        setAnswer({ query, people: ((await response.json()) as { users: Person[] }).users, error: null })
      } catch (error) {
        if (!controller.signal.aborted)
          setAnswer({
            query,
            people: null,
            error: `The search failed (${error instanceof Error ? error.message : 'no answer'}). Try again.`,
          })
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, workspaceId])
  const current = answer.query === query
  return { matches: current ? answer.people : null, searchError: current ? answer.error : null }
}
