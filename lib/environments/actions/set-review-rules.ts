import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { fieldChanges } from '@/lib/audit/changes'
import { plural } from '@/lib/format/plural'
import { eligibleReviewerCount, REVIEWER_RULES } from '@/lib/releases/reviewers'
import { environmentReviewRulesChanged } from '../audit-events'
import { environmentOf } from '../load'
import { MANAGE_ENVIRONMENTS, oneEnvironment } from '../schema'

export const reviewRulesInput = oneEnvironment.extend({
  // A form sends what was typed; an empty field is not zero.
  requiredApprovals: z.preprocess(
    (typed) => (typeof typed === 'string' && typed.trim() === '' ? undefined : typed),
    z.coerce.number({ message: 'Enter a number.' }).int('Enter a whole number.').min(0, 'Use 0 or more.').max(10, 'Use at most 10.'),
  ),
  allowSelfApproval: z.boolean(),
  reviewers: z.enum(['admins', 'tenant_admins'], { message: 'Choose who reviews.' }),
})

/**
 * Sets who reviews releases into an environment and how many approvals they need. A rule
 * nobody could satisfy is refused: the approvals must not exceed the people allowed to
 * give them (minus the author, when authors may not approve their own).
 */
export const setReviewRules = defineAction({
  name: 'environment.setReviewRules',
  input: reviewRulesInput,
  ...MANAGE_ENVIRONMENTS,
  async run(tx, scope) {
    const environment = await environmentOf(tx, scope, scope.input.environmentId)
    const { requiredApprovals, allowSelfApproval, reviewers } = scope.input
    const eligible = await eligibleReviewerCount(tx, environment, reviewers)
    const possible = Math.max(allowSelfApproval ? eligible : eligible - 1, 0)
    if (requiredApprovals > possible) {
      const who = REVIEWER_RULES[reviewers].toLowerCase()
      const people = plural(eligible, 'person', 'people')
      refuse('VALIDATION', undefined, {
        requiredApprovals: [
          allowSelfApproval
            ? `Only ${people} (${who}) can review here: require at most ${possible}.`
            : `Only ${people} (${who}) can review here, and an author may not approve their own release: require at most ${possible}.`,
        ],
      })
    }
    const { changed, before, after } = fieldChanges(environment, { requiredApprovals, allowSelfApproval, reviewers })
    if (changed.length === 0) return { id: environment.id, name: environment.name, changed }
    await tx.environment.update({ where: { id: environment.id }, data: after })
    scope.audit(environmentReviewRulesChanged, {
      targetId: environment.id,
      workspaceId: environment.workspaceId,
      data: { name: environment.name, slug: environment.slug, before, after },
    })
    return { id: environment.id, name: environment.name, changed }
  },
})
