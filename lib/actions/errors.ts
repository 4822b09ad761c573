/** The closed set of reasons an action can refuse, each with the message a person reads. */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  VALIDATION: 'Some fields need your attention.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'This was not found. It may have been removed, or you may not have access to it.',
  CONFLICT: 'This conflicts with a change made meanwhile. Reload and try again.',
  STALE_WORKSPACE: 'This tab shows another workspace than your active one. Reload to continue.',
  WORKSPACE_ARCHIVED: 'This workspace is archived and read-only. Restore it first.',
  WORKSPACE_LIMIT_REACHED: 'The workspace limit is reached. Archive unused workspaces, or ask a platform administrator to raise the limit.',
  DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED: 'The default workspace cannot be archived. Set another workspace as the default first.',
  LAST_ACTIVE_WORKSPACE: 'At least one active workspace required. Create a new workspace before archiving the last one.',
  ALREADY_MEMBER: 'User is already a member of this workspace. Change their role in the members table instead.',
  SELF_REMOVAL: 'You cannot remove yourself from a workspace',
  LAST_WORKSPACE_ADMIN: 'A workspace needs at least one workspace admin',
  LAST_TENANT_ADMIN: 'A tenant needs at least one active tenant admin.',
  SELF_CHANGE: 'You cannot disable or demote yourself. Ask another tenant admin.',
  ENVIRONMENT_PROTECTED:
    'This environment is protected: its resources change only through a reviewed release. Edit in the environment that releases to it, then propose a release.',
  ENVIRONMENT_IN_USE: 'This environment still holds resources or release history, so it cannot be deleted.',
  NO_PROMOTION_TARGET: 'This environment releases to no other environment. Choose its promotion target in the environment settings.',
  NOTHING_TO_RELEASE: 'Nothing to release: the environments already hold the same content for what you picked.',
  RELEASE_NOT_OPEN: 'This release can no longer be changed this way.',
  SELF_APPROVAL: 'You proposed this release. The rules of its target ask someone else to approve and apply it.',
  NOT_A_REVIEWER: 'The review rules of this environment do not let you review its releases.',
  ALREADY_APPROVED: 'You have already approved this release.',
  APPROVALS_MISSING: 'This release does not have the approvals its target requires yet.',
  CREDENTIAL_IN_USE: 'Workspaces are granted this credential. Revoke their grants first.',
  API_KEY_INACTIVE: 'This key is revoked or expired. Create a new one instead.',
  TWO_FACTOR_REQUIRED: 'Your organisation requires two-factor authentication. Set it up on your account page first.',
  RATE_LIMITED: 'Too many attempts. Try again later.',
  INTERNAL: 'Something went wrong on our side.',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export type FieldErrors = Record<string, string[]>

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors }

/** A refusal a service raises on purpose; the action wrapper turns it into an ActionResult. */
export class DomainError extends Error {
  override name = 'DomainError'
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message)
  }
}

export function refuse(code: ErrorCode, message?: string, fieldErrors?: FieldErrors): never {
  throw new DomainError(code, message, fieldErrors)
}

/** Runs work outside the action wrapper (sign-in steps, links) and turns a refusal into its ActionResult. */
export function resultOf<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  return run().then(
    (data) => ({ ok: true as const, data }),
    (error: unknown) => {
      if (error instanceof DomainError)
        return { ok: false as const, code: error.code, message: error.message, fieldErrors: error.fieldErrors }
      throw error
    },
  )
}
