'use client'

import { undoWith, useAction, type BoundAction } from './use-action'

/**
 * A role change (a workspace role or a tenant role) that confirms with a toast — "Mia is now
 * viewer." — whose Undo sends the same action with the role the service reports it replaced.
 */
export function useRoleChange<Role extends string, Input extends { userId: string; role: Role }>(
  action: BoundAction<Input, { role: Role; previousRole: Role }>,
  labels: Record<Role, string>,
  nameOf: (userId: string) => string,
) {
  const word = (role: Role) => labels[role].toLowerCase()
  return useAction(action, {
    confirm: (input, { role, previousRole }) => {
      const name = nameOf(input.userId)
      if (role === previousRole) return `${name} is already ${word(role)}.`
      return {
        text: `${name} is now ${word(role)}.`,
        undo: undoWith(action, { ...input, role: previousRole }, `${name} is ${word(previousRole)} again.`),
      }
    },
  })
}
