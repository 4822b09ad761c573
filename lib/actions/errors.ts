/**
 * The one error table: every reason an action, a route or the public API can refuse, with
 * the message a person reads, the HTTP status it answers with, and whether it is an
 * expected refusal (logged as nothing) or a fault (logged with a reference). A code
 * without a status does not compile.
 */
interface ErrorSpec {
  message: string
  status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503
  /** False only for faults: the server logs them with a reference. */
  expected: boolean
}

const expectedRefusal = (status: ErrorSpec['status'], message: string): ErrorSpec => ({ message, status, expected: true })

export const ERRORS = {
  UNAUTHENTICATED: expectedRefusal(401, 'Your session has ended. Sign in again to continue.'),
  VALIDATION: expectedRefusal(422, 'Some fields need your attention.'),
  INVALID_QUERY: expectedRefusal(400, 'This address asks for something that cannot be read. Check its parameters.'),
  // The public API's own (lib/public-api/handlers.ts), each with the request's own words.
  INVALID_BODY: expectedRefusal(400, 'Send a JSON object.'),
  INVALID_KIND: expectedRefusal(400, 'kind is agent or policy.'),
  INVALID_MODEL: expectedRefusal(400, 'Name the model as provider/model, e.g. ?model=openai/gpt-4.1.'),
  AMBIGUOUS_KEY: expectedRefusal(400, 'An agent and a policy share this key: add ?kind=agent or ?kind=policy.'),
  FORBIDDEN: expectedRefusal(403, 'You do not have permission to do this.'),
  NOT_FOUND: expectedRefusal(404, 'This was not found. It may have been removed, or you may not have access to it.'),
  CONFLICT: expectedRefusal(409, 'This conflicts with a change made meanwhile. Reload and try again.'),
  STALE_WORKSPACE: expectedRefusal(409, 'This tab shows another workspace than your active one. Reload to continue.'),
  WORKSPACE_ARCHIVED: expectedRefusal(409, 'This workspace is archived and read-only. Restore it first.'),
  WORKSPACE_LIMIT_REACHED: expectedRefusal(
    409,
    'The workspace limit is reached. Archive unused workspaces, or ask a platform administrator to raise the limit.',
  ),
  DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED: expectedRefusal(
    409,
    'The default workspace cannot be archived. Set another workspace as the default first.',
  ),
  LAST_ACTIVE_WORKSPACE: expectedRefusal(
    409,
    'At least one active workspace required. Create a new workspace before archiving the last one.',
  ),
  ALREADY_MEMBER: expectedRefusal(409, 'User is already a member of this workspace. Change their role in the members table instead.'),
  SELF_REMOVAL: expectedRefusal(409, 'You cannot remove yourself from a workspace'),
  LAST_WORKSPACE_ADMIN: expectedRefusal(409, 'A workspace needs at least one workspace admin'),
  LAST_TENANT_ADMIN: expectedRefusal(409, 'A tenant needs at least one active tenant admin.'),
  SELF_CHANGE: expectedRefusal(409, 'You cannot disable or demote yourself. Ask another tenant admin.'),
  ENVIRONMENT_PROTECTED: expectedRefusal(
    409,
    'This environment is protected: its resources change only through a reviewed release. Edit in the environment that releases to it, then propose a release.',
  ),
  ENVIRONMENT_IN_USE: expectedRefusal(409, 'This environment still holds resources or release history, so it cannot be deleted.'),
  NO_PROMOTION_TARGET: expectedRefusal(
    409,
    'This environment releases to no other environment. Choose its promotion target in the environment settings.',
  ),
  NOTHING_TO_RELEASE: expectedRefusal(409, 'Nothing to release: the environments already hold the same content for what you picked.'),
  RELEASE_NOT_OPEN: expectedRefusal(409, 'This release can no longer be changed this way.'),
  SELF_APPROVAL: expectedRefusal(403, 'You proposed this release. The rules of its target ask someone else to approve and apply it.'),
  NOT_A_REVIEWER: expectedRefusal(403, 'The review rules of this environment do not let you review its releases.'),
  ALREADY_APPROVED: expectedRefusal(409, 'You have already approved this release.'),
  APPROVALS_MISSING: expectedRefusal(409, 'This release does not have the approvals its target requires yet.'),
  CREDENTIAL_IN_USE: expectedRefusal(409, 'Workspaces are granted this credential. Revoke their grants first.'),
  API_KEY_INACTIVE: expectedRefusal(409, 'This key is revoked or expired. Create a new one instead.'),
  ORGANISATION_DELETION_SCHEDULED: expectedRefusal(
    409,
    'This organisation is scheduled for deletion: nothing in it can change. A tenant admin can cancel the deletion until it runs.',
  ),
  ORGANISATION_SUSPENDED: expectedRefusal(
    403,
    'This organisation is suspended by the platform’s operators: nothing in it can change until they reactivate it.',
  ),
  SUPPORT_ACCESS_OFF: expectedRefusal(403, 'This organisation does not allow support access.'),
  ORGANISATION_LIMIT_REACHED: expectedRefusal(409, 'You have created as many organisations as one account may on this instance.'),
  EMAIL_NOT_VERIFIED: expectedRefusal(403, 'Verify your email address first: open the link we sent you.'),
  TWO_FACTOR_REQUIRED: expectedRefusal(403, 'Your organisation requires two-factor authentication. Set it up on your account page first.'),
  RATE_LIMITED: expectedRefusal(429, 'Too many attempts. Try again later.'),
  DATABASE_UNAVAILABLE: expectedRefusal(503, 'The database is unavailable right now. Try again in a moment.'),
  INTERNAL: { message: 'Something went wrong on our side.', status: 500, expected: false },
} as const satisfies Record<string, ErrorSpec>

export type ErrorCode = keyof typeof ERRORS

/** The message a person reads for each code. */
export const ERROR_MESSAGES = Object.fromEntries(Object.entries(ERRORS).map(([code, spec]) => [code, spec.message])) as {
  [C in ErrorCode]: (typeof ERRORS)[C]['message']
}

export type FieldErrors = Record<string, string[]>

/** A refusal as every caller sees it: the same keys in the same order whatever raised it. */
export type Refusal = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number }

export type ActionResult<T> = { ok: true; data: T } | Refusal

/** A refusal a service raises on purpose; the action wrapper turns it into an ActionResult. */
export class DomainError extends Error {
  override name = 'DomainError'
  constructor(
    readonly code: ErrorCode,
    message: string = ERRORS[code].message,
    readonly fieldErrors?: FieldErrors,
    /** For RATE_LIMITED: when trying again can succeed (the API's Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
  }
}

export function refuse(code: ErrorCode, message?: string, fieldErrors?: FieldErrors): never {
  throw new DomainError(code, message, fieldErrors)
}

/**
 * The one shape of a refusal: only the keys that have a value, so a refusal raised deep in
 * a service and one raised before it started cannot be told apart by their bytes.
 */
export function refusal(
  code: ErrorCode,
  message: string = ERRORS[code].message,
  details: { fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {},
): Refusal {
  return {
    ok: false,
    code,
    message,
    ...(details.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
    ...(details.retryAfterSeconds !== undefined ? { retryAfterSeconds: details.retryAfterSeconds } : {}),
  }
}

export const refusalOf = (error: DomainError): Refusal =>
  refusal(error.code, error.message, { fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds })

/** Runs work outside the action wrapper (sign-in steps, links) and turns a refusal into its ActionResult. */
export function resultOf<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  return run().then(
    (data) => ({ ok: true as const, data }),
    (error: unknown) => {
      if (error instanceof DomainError) return refusalOf(error)
      throw error
    },
  )
}
