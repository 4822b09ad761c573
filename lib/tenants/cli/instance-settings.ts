import { appendPlatformLog } from '@/lib/audit/platform-log'
import { auditRecord } from '@/lib/audit/events'
import { runCommand, UsageError } from '@/lib/cli/command'
import { instanceSettingsChanged } from '@/lib/platform/audit-events'
import { INSTANCE_SETTINGS } from '@/lib/platform/schema'
import { readInstance } from '@/lib/db/instance'
import type { Prisma } from '@/lib/generated/prisma/client'
import { SIGN_UP_POLICIES, signUpDomain } from '@/lib/accounts/sign-up-policy'

/**
 * For platform operators: who may sign up and who may create organisations.
 *   npm run instance:settings                                  (shows them)
 *   npm run instance:settings -- --sign-up open
 *   npm run instance:settings -- --sign-up listed-domains --domains example.com,example.org
 *   npm run instance:settings -- --organisation-creation operators --organisations-per-account 3
 */
await runCommand({
  path: 'operator',
  usage:
    'Usage: npm run instance:settings -- [--sign-up invitations-only|open|listed-domains] [--domains a.com,b.org] ' +
    '[--organisation-creation anyone|operators] [--organisations-per-account <0–1000>]',
  options: {
    'sign-up': { type: 'string' },
    domains: { type: 'string' },
    'organisation-creation': { type: 'string' },
    'organisations-per-account': { type: 'string' },
  },
  parse: (options) => {
    const change: Prisma.InstanceUpdateInput = {}
    if (options['sign-up'] !== undefined) {
      const policy = SIGN_UP_POLICIES.find((p) => p.option === options['sign-up'])
      if (!policy) throw new UsageError(`--sign-up is one of ${SIGN_UP_POLICIES.map((p) => p.option).join(', ')}.`)
      change.signUpPolicy = policy.value
    }
    if (options.domains !== undefined) {
      const domains = options.domains.split(',').map((domain) => signUpDomain.safeParse(domain))
      const wrong = domains.find((parsed) => !parsed.success)
      if (wrong) throw new UsageError(`--domains: ${wrong.error!.issues[0]!.message}`)
      change.signUpDomains = domains.map((parsed) => parsed.data!)
    }
    const creation = options['organisation-creation']
    if (creation !== undefined) {
      if (creation !== 'anyone' && creation !== 'operators') throw new UsageError('--organisation-creation is anyone or operators.')
      change.organisationCreation = creation
    }
    const limit = options['organisations-per-account']
    if (limit !== undefined) {
      const value = Number(limit)
      if (!Number.isInteger(value) || value < 0 || value > 1000)
        throw new UsageError('--organisations-per-account is a whole number from 0 to 1000.')
      change.organisationsPerAccount = value
    }
    return change
  },
  async run({ args, db, config }) {
    if (Object.keys(args).length > 0) {
      // As the console's platform.setInstanceSettings: under the Instance row's lock, in the platform log.
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Instance" WHERE "id" = 1 FOR UPDATE`
        const select = INSTANCE_SETTINGS
        const before = await tx.instance.findUniqueOrThrow({ where: { id: 1 }, select })
        const after = await tx.instance.update({ where: { id: 1 }, data: args, select })
        const note = { targetId: '1', data: { before, after } }
        await appendPlatformLog(tx, config.auditKey, { ...auditRecord(instanceSettingsChanged, note), organisationId: null, actorId: null })
      })
    }
    const instance = await readInstance(db)
    if (instance.signUpPolicy === 'listed_domains' && instance.signUpDomains.length === 0)
      console.warn('Note: sign-up is open to listed domains, but none is listed: nobody can sign up.')
    const policy = SIGN_UP_POLICIES.find((p) => p.value === instance.signUpPolicy)!
    console.log(
      `Sign-up: ${policy.label}${instance.signUpPolicy === 'listed_domains' ? ` (${instance.signUpDomains.join(', ') || 'none'})` : ''}`,
    )
    console.log(
      `Creating organisations: ${instance.organisationCreation === 'anyone' ? 'anyone with a verified address' : 'platform operators only'}`,
    )
    console.log(`Organisations one account may create: ${instance.organisationsPerAccount}`)
  },
})
