import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { validationFailure } from '@/lib/actions/define-action'
import { refusal, refuse, resultOf, type ActionResult } from '@/lib/actions/errors'
import { requireStrongPassword } from '@/lib/accounts/password'
import { appendAuditEvent } from '@/lib/audit/record'
import { hashPassword } from '@/lib/auth/password'
import type { AppConfig } from '@/lib/config'
import type { Db } from '@/lib/db/client'
import { readInstance } from '@/lib/db/instance'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'
import type { RequestMeta } from '@/lib/http/client-address'
import { workspaceCreated } from '@/lib/workspaces/audit-events'
import { instanceSetUp } from './audit-events'
import { provisionOrganisation } from './provision'
import { setUpInput } from './schema'

export const ALREADY_SET_UP = 'Atrium is already set up. Sign in with your account.'
export const SET_UP_KEY_NEEDED =
  'Open the set-up link that npm start printed in its log (it carries a key), or run npm run setup on the server.'

/**
 * On PostgreSQL (a server others may reach before its operator does) the first run asks for
 * a key: whoever reads the start-up log, or runs npm run setup, holds it. It is derived from
 * the session secret, so every instance knows it and nothing is stored; the embedded database
 * serves one person's machine and asks for none.
 */
export function setUpKeyOf(config: Pick<AppConfig, 'database' | 'authSecrets'>): string | null {
  if (config.database.kind !== 'postgres') return null
  return createHmac('sha256', config.authSecrets[0]!).update('atrium first-run set-up').digest('base64url').slice(0, 32)
}

const sameKey = (given: unknown, expected: string) =>
  typeof given === 'string' && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/** Whether this instance still waits for its first account and organisation (then every page leads to /setup). */
export async function needsSetUp(db: Db): Promise<boolean> {
  return (await withScope({ acrossTenants: 'set-up' }, () => readInstance(db))).setUpAt === null
}

/** What set-up makes: the account (a platform operator) and the organisation it is tenant admin of. */
export interface SetUpResult {
  userId: string
  tenantId: string
}

/**
 * The first run: the first account (the instance's first platform operator, its address
 * taken as proven: whoever runs the instance chose it), the first organisation with its
 * first workspace, and who else may sign up, in one transaction. It succeeds once: the transaction starts by
 * marking the instance set up with the one UPDATE that can (docs/architecture.md §14), so
 * of two set-ups racing, the second waits for the first and then finds nothing to mark.
 * `passwordOptional` with an empty password: the account gets no usable password (npm run
 * setup then prints a one-time link to choose one). `key`: the one the form must carry
 * (setUpKeyOf), checked before anything else.
 */
export async function setUpInstance(
  db: Db,
  auditKey: string,
  raw: unknown,
  meta: RequestMeta,
  { passwordOptional = false, key = null }: { passwordOptional?: boolean; key?: string | null } = {},
): Promise<ActionResult<SetUpResult>> {
  if (key && !sameKey((raw as Record<string, unknown> | null)?.key, key)) return refusal('FORBIDDEN', SET_UP_KEY_NEEDED)
  const parsed = setUpInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const input = parsed.data
  return resultOf(async () => {
    if (!(await needsSetUp(db))) refuse('CONFLICT', ALREADY_SET_UP)
    const unusable = passwordOptional && input.password === ''
    if (!unusable) await requireStrongPassword('password', input.password, input)
    // Nobody can sign in with a random password nobody saw: the one-time link sets a real one.
    const passwordHash = await hashPassword(unusable ? randomUUID() + randomUUID() : input.password)
    const userId = randomUUID()
    return withScope({ acrossTenants: 'set-up' }, () =>
      db.$transaction(async (tx) => {
        const marked = await tx.$executeRaw`UPDATE "Instance" SET "setUpAt" = CURRENT_TIMESTAMP WHERE "id" = 1 AND "setUpAt" IS NULL`
        if (marked === 0) refuse('CONFLICT', ALREADY_SET_UP)
        await tx.instance.update({ where: { id: 1 }, data: { signUpPolicy: input.signUpPolicy, signUpDomains: input.signUpDomains } })
        await tx.user.create({
          data: { id: userId, email: input.email, name: input.name, passwordHash, isPlatformAdmin: true, emailVerifiedAt: new Date() },
        })
        const { tenant, firstWorkspace } = await provisionOrganisation(
          tx,
          { name: input.organisationName, slug: input.organisationSlug, creatorId: userId },
          { slugField: 'organisationSlug' },
        )
        await lockTenant(tx, tenant.id)
        const entry = { tenantId: tenant.id, actorId: userId, ...meta }
        await appendAuditEvent(tx, auditKey, instanceSetUp, {
          ...entry,
          targetId: tenant.id,
          data: { name: tenant.name, slug: tenant.slug, email: input.email },
        })
        await appendAuditEvent(tx, auditKey, workspaceCreated, { ...entry, ...firstWorkspace })
        return { userId, tenantId: tenant.id }
      }),
    )
  })
}
