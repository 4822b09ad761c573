'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState, useTransition, type FormEvent } from 'react'
import { toast } from 'sonner'
import type { StaleTabField } from '@/lib/actions/define-action'
import type { ActionResult, FieldErrors } from '@/lib/actions/errors'
import type { ActionData, ActionInput, ActionName } from '@/lib/registry/actions'
import { runAction } from '@/lib/registry/run-action'
import { useRenderedWorkspaceId, workspaceShownNow } from './rendered-workspace'

/** A server action of its own (the workspace switch, which re-issues the session) rather than a registered name. */
export type BoundAction<Input, Data> = (input: Input & StaleTabField) => Promise<ActionResult<Data> | undefined>

/** What a component names: a registered action by its name, or a bound server action. */
export type ActionRef<Input, Data> = ActionName | BoundAction<Input, Data>

/** The registered action of that name as a function, typed by its input and answer. */
export function bound<N extends ActionName>(name: N): BoundAction<ActionInput<N>, ActionData<N>> {
  return (input) => runAction(name, input) as Promise<ActionResult<ActionData<N>>>
}

const toBound = <Input, Data>(action: ActionRef<Input, Data>): BoundAction<Input, Data> =>
  typeof action === 'string' ? (bound(action) as unknown as BoundAction<Input, Data>) : action

/** The action that takes a change back, offered as "Undo" on its confirmation. */
export interface Undo {
  send(expectedWorkspaceId: string): Promise<ActionResult<unknown> | undefined>
  /** The confirmation once it is taken back, e.g. "Marketing is active again." */
  done: string
}

/** An Undo that calls the action named `name` with `input` (and the tab's workspace, like every call). */
export function undoWith<N extends ActionName>(name: N, input: ActionInput<N>, done: string): Undo {
  return { send: (expectedWorkspaceId) => bound(name)({ ...input, expectedWorkspaceId }), done }
}

/** What the person is told after the action succeeded. */
export interface Confirmation {
  text: string
  undo?: Undo
}

interface ActionOptions<Input, Data> {
  /** The confirmation toast after a success; every mutation the person starts says what it did. */
  confirm?: (input: Input, data: Data) => Confirmation | string
}

export interface ActionState<Input, Data> {
  /** Calls the action with the definition's input; the binder adds the workspace this tab shows. */
  run(input: Input): Promise<ActionResult<Data> | undefined>
  pending: boolean
  /** The last answer, until the next call or reset(). */
  result: ActionResult<Data> | null
  /** Field errors of the last answer, to show next to each field. */
  fieldErrors: FieldErrors | undefined
  /** A refusal that belongs to no field (shown above the form); null when there is none. */
  formError: string | null
  reset(): void
}

/**
 * The one way client components call a mutation. Typed by the definition's input, so a
 * misspelled or missing field does not compile; the stale-tab field is added here, so no
 * form can forget it.
 */
export function useAction<N extends ActionName>(
  name: N,
  options?: ActionOptions<ActionInput<N>, ActionData<N>>,
): ActionState<ActionInput<N>, ActionData<N>>
export function useAction<Input, Data>(action: BoundAction<Input, Data>, options?: ActionOptions<Input, Data>): ActionState<Input, Data>
export function useAction<Input, Data>(ref: ActionRef<Input, Data>, options: ActionOptions<Input, Data> = {}): ActionState<Input, Data> {
  const renderedFor = useRenderedWorkspaceId()
  const router = useRouter()
  const { confirm } = options
  const [result, setResult] = useState<ActionResult<Data> | null>(null)
  const [pending, startTransition] = useTransition()

  const run = useCallback(
    (input: Input) =>
      new Promise<ActionResult<Data> | undefined>((resolve) => {
        startTransition(async () => {
          try {
            const outcome = await toBound(ref)({ ...input, expectedWorkspaceId: renderedFor })
            setResult(outcome ?? null)
            if (outcome?.ok && confirm) showConfirmation(confirm(input, outcome.data), () => router.refresh())
            resolve(outcome)
          } catch (error) {
            // The caller's await ends (with no answer); the failure to reach the server, or a
            // redirect, goes on to Next.js's router and the console's error boundary.
            resolve(undefined)
            throw error
          }
        })
      }),
    [ref, renderedFor, confirm, router],
  )

  return {
    run,
    pending,
    result,
    fieldErrors: result && !result.ok ? result.fieldErrors : undefined,
    formError: result && !result.ok && !result.fieldErrors ? result.message : null,
    reset: useCallback(() => setResult(null), []),
  }
}

/** A success toast; its Undo sends the reverse action and says how that went. */
function showConfirmation(confirmation: Confirmation | string, refresh: () => void) {
  const { text, undo } = typeof confirmation === 'string' ? { text: confirmation, undo: undefined } : confirmation
  if (!undo) return void toast.success(text)
  toast.success(text, {
    duration: 10_000,
    action: {
      label: 'Undo',
      onClick: async () => {
        // The tab may show another workspace by now (archiving the active one moves it to the default).
        const outcome = await undo.send(workspaceShownNow())
        if (outcome?.ok) toast.success(undo.done)
        else if (outcome) toast.error(outcome.message)
        refresh()
      },
    },
  })
}

/**
 * A form's submit handler that runs an action without a native form action: React resets
 * a form after a form action, which would show controlled selects at their first option
 * while their state still holds the chosen value.
 */
export function submitWith(submit: () => unknown) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void submit()
  }
}
