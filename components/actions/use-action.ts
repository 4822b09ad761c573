'use client'

import { useCallback, useState, useTransition, type FormEvent } from 'react'
import type { StaleTabField } from '@/lib/actions/define-action'
import type { ActionResult, FieldErrors } from '@/lib/actions/errors'
import { useRenderedWorkspaceId } from './rendered-workspace'

/** A server action as lib/actions/server-action.ts exposes it. */
type BoundAction<Input, Data> = (input: Input & StaleTabField) => Promise<ActionResult<Data> | undefined>

export interface ActionState<Input, Data> {
  /** Calls the action with the definition's input; the binder adds the workspace this tab shows. */
  run(input: Input): Promise<ActionResult<Data> | undefined>
  pending: boolean
  /** The last answer, until the next call or reset(). */
  result: ActionResult<Data> | null
  /** Field errors of the last answer, to show next to each field. */
  fieldErrors: FieldErrors | undefined
  reset(): void
}

/**
 * The one way client components call a mutation. Typed by the definition's input, so a
 * misspelled or missing field does not compile; the stale-tab field is added here, so no
 * form can forget it.
 */
export function useAction<Input, Data>(action: BoundAction<Input, Data>): ActionState<Input, Data> {
  const renderedFor = useRenderedWorkspaceId()
  const [result, setResult] = useState<ActionResult<Data> | null>(null)
  const [pending, startTransition] = useTransition()

  const run = useCallback(
    (input: Input) =>
      new Promise<ActionResult<Data> | undefined>((resolve) => {
        startTransition(async () => {
          try {
            const outcome = await action({ ...input, expectedWorkspaceId: renderedFor })
            setResult(outcome ?? null)
            resolve(outcome)
          } catch (error) {
            // The caller's await ends (with no answer); the failure to reach the server, or a
            // redirect, goes on to Next.js's router and the console's error boundary.
            resolve(undefined)
            throw error
          }
        })
      }),
    [action, renderedFor],
  )

  return {
    run,
    pending,
    result,
    fieldErrors: result && !result.ok ? result.fieldErrors : undefined,
    reset: useCallback(() => setResult(null), []),
  }
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
