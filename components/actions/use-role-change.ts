'use client'

import type { ActionInput } from '@/lib/registry/actions'
import { undoWith, useAction } from './use-action'

/** The registered actions that change someone's role and report the role they replaced. */
type RoleChange = 'member.changeRole' | 'tenantUser.changeRole'

/**
 * A role change (a workspace role or a tenant role) that confirms with a toast — "Mia is now
 * viewer." — whose Undo sends the same action with the role the service reports it replaced.
 */
export function useRoleChange<N extends RoleChange>(name: N, labels: Record<string, string>, nameOf: (userId: string) => string) {
  const word = (role: string) => (labels[role] ?? role).toLowerCase()
  return useAction(name as RoleChange, {
    confirm: (input, { role, previousRole }) => {
      const person = nameOf(input.userId)
      if (role === previousRole) return `${person} is already ${word(role)}.`
      const undoInput = { ...input, role: previousRole } as ActionInput<N>
      return {
        text: `${person} is now ${word(role)}.`,
        undo: undoWith(name, undoInput, `${person} is ${word(previousRole)} again.`),
      }
    },
  })
}
