'use client'

import { undoWith, useAction } from '@/components/actions/use-action'
import { changeMemberRoleAction } from '@/lib/members/actions'
import { ROLE_LABELS } from '@/lib/members/schema'

const roleWord = (role: keyof typeof ROLE_LABELS) => ROLE_LABELS[role].toLowerCase()

/** A workspace role change that confirms with a toast whose Undo puts the previous role back. */
export function useMemberRoleChange(nameOf: (userId: string) => string) {
  return useAction(changeMemberRoleAction, {
    confirm: (input, { role, previousRole }) => {
      const name = nameOf(input.userId)
      if (role === previousRole) return `${name} is already ${roleWord(role)}.`
      return {
        text: `${name} is now ${roleWord(role)}.`,
        undo: undoWith(changeMemberRoleAction, { ...input, role: previousRole }, `${name} is ${roleWord(previousRole)} again.`),
      }
    },
  })
}
