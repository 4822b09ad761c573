import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { newRootKeyEntry, parseRootKeys, type RootKeyRing } from '@/lib/crypto/root-keys'

/**
 * All configuration, read from the environment and validated once.
 *
 * Embedded mode (no DATABASE_URL): secrets that are not set are generated once into
 * the data directory, so `npm start` works with no set-up. With PostgreSQL in
 * production they must be set; the app refuses to start without them.
 */
const secretList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(32, 'must be at least 32 characters')).min(1))

const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** A duration as a number and a unit (s, m, h, d): "30s", "12h", "7d"; in milliseconds. */
const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .pipe(
      z
        .string()
        .regex(/^\d{1,6}[smhd]$/, 'must be a whole number and a unit: s, m, h or d (e.g. 7d)')
        .transform((value) => Number(value.slice(0, -1)) * DURATION_UNITS_MS[value.at(-1) as keyof typeof DURATION_UNITS_MS]),
    )

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** The tables' owner, for migrations only (docs/architecture.md §1a); DATABASE_URL when unset. */
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ATRIUM_DATA_DIR: z.string().min(1).default('.data'),
  /** One or more secrets, comma separated; the first signs new tokens, all verify. */
  AUTH_SECRET: secretList.optional(),
  /** Root keys that wrap each tenant's data key: `v1:<base64url>,v2:…`; the newest wraps, all unwrap. */
  ATRIUM_ENCRYPTION_KEYS: z.string().optional(),
  /** Key of the audit chain's HMAC. */
  AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where people reach the console; invitation links start with it. */
  APP_URL: z.url().optional(),
  /** smtp:// or smtps:// URL; without it mail stays in the outbox (/settings/outbox). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Atrium <no-reply@atrium.invalid>'),
  /** How many reverse proxies in front of Atrium to believe about the client's address (0: the socket's peer). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Whether AI provider addresses may be on this machine or a private network (a model
   * served locally). Default: yes in embedded mode (one person's machine), no on PostgreSQL,
   * where tenant admins must not make the server call its own network.
   */
  ATRIUM_ALLOW_LOCAL_PROVIDER_URLS: z.enum(['0', '1']).optional(),
  /** Retention, in days, of what only grows (lib/retention): ended sessions, security events, idle limiter rows, delivered mail's text. */
  RETAIN_ENDED_SESSIONS_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETAIN_SECURITY_EVENTS_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  RETAIN_IDLE_THROTTLES_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  RETAIN_SENT_MAIL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Load the demo organisations on start: default on the embedded database, off on PostgreSQL. 0 starts empty, at /setup. */
  ATRIUM_DEMO: z.enum(['0', '1']).optional(),
  /** How long an organisation scheduled for deletion waits before it is purged (30s, 12h, 7d). */
  ORGANISATION_DELETION_GRACE: duration('7d'),
  /** How often each instance looks for organisations whose deletion is due. */
  ORGANISATION_PURGE_INTERVAL: duration('1h'),
  /** Benchmarks only (npm run bench:pages): counts SQL statements and serves the floor route. */
  ATRIUM_BENCH: z.enum(['0', '1']).default('0'),
})

/** How long the tables that only grow keep what no longer serves anyone, in days. */
export interface RetentionPeriods {
  /** Sessions ended or expired this many days ago (the account page lists only live ones). */
  endedSessionsDays: number
  /** Failed sign-ins, lock-outs and reset requests older than this. */
  securityEventsDays: number
  /** Limiter rows without an attempt for this long (after a quiet day they count from zero anyway). */
  idleThrottlesDays: number
  /** The text of mail delivered this many days ago (the outbox keeps who, what and when). */
  sentMailDays: number
}

/** PostgreSQL: the app connects to `url`; migrations run as `migrationUrl` (the tables' owner). */
export type DatabaseTarget = { kind: 'postgres'; url: string; migrationUrl: string } | { kind: 'pglite'; dataDir: string }

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test'
  database: DatabaseTarget
  dataDir: string
  authSecrets: string[]
  auditKey: string
  encryptionKeys: RootKeyRing
  allowLocalProviderUrls: boolean
  port: number
  appUrl: string
  smtpUrl: string | null
  mailFrom: string
  trustProxyHops: number
  retention: RetentionPeriods
  /** Whether npm start loads the demo organisations. */
  demo: boolean
  /** How long an organisation scheduled for deletion waits before it is purged, and how often purges are looked for. */
  organisationDeletionGraceMs: number
  organisationPurgeIntervalMs: number
  bench: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function readOrCreateSecret(dataDir: string, fileName: string, generate = () => randomBytes(32).toString('base64url')): string {
  const file = path.join(dataDir, fileName)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = generate()
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
    return secret
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const values = parsed.data
  const dataDir = path.resolve(values.ATRIUM_DATA_DIR)
  const embedded = !values.DATABASE_URL
  const database: DatabaseTarget = values.DATABASE_URL
    ? { kind: 'postgres', url: values.DATABASE_URL, migrationUrl: values.DATABASE_MIGRATION_URL ?? values.DATABASE_URL }
    : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }

  if (!embedded && values.NODE_ENV === 'production') {
    const missing = [!values.AUTH_SECRET && 'AUTH_SECRET', !values.AUDIT_KEY && 'AUDIT_KEY'].filter(Boolean)
    if (missing.length > 0) {
      throw new ConfigError(
        `${missing.join(' and ')} must be set when Atrium runs on PostgreSQL in production ` +
          `(generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))").`,
      )
    }
    if (!values.ATRIUM_ENCRYPTION_KEYS) {
      throw new ConfigError(
        'ATRIUM_ENCRYPTION_KEYS must be set when Atrium runs on PostgreSQL in production ' +
          `(generate one with: node -e "console.log('v1:' + require('crypto').randomBytes(32).toString('base64url'))").`,
      )
    }
  }
  const encryptionKeys = parseRootKeys(
    values.ATRIUM_ENCRYPTION_KEYS ?? readOrCreateSecret(dataDir, 'encryption-keys', () => newRootKeyEntry(1)),
  )
  if (typeof encryptionKeys === 'string') throw new ConfigError(`Invalid configuration:\n  ATRIUM_ENCRYPTION_KEYS: ${encryptionKeys}`)

  return {
    nodeEnv: values.NODE_ENV,
    database,
    dataDir,
    authSecrets: values.AUTH_SECRET ?? [readOrCreateSecret(dataDir, 'auth-secret')],
    auditKey: values.AUDIT_KEY ?? readOrCreateSecret(dataDir, 'audit-key'),
    encryptionKeys,
    allowLocalProviderUrls: values.ATRIUM_ALLOW_LOCAL_PROVIDER_URLS ? values.ATRIUM_ALLOW_LOCAL_PROVIDER_URLS === '1' : embedded,
    port: values.PORT,
    appUrl: (values.APP_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    smtpUrl: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    trustProxyHops: values.TRUST_PROXY_HOPS,
    retention: {
      endedSessionsDays: values.RETAIN_ENDED_SESSIONS_DAYS,
      securityEventsDays: values.RETAIN_SECURITY_EVENTS_DAYS,
      idleThrottlesDays: values.RETAIN_IDLE_THROTTLES_DAYS,
      sentMailDays: values.RETAIN_SENT_MAIL_DAYS,
    },
    demo: values.ATRIUM_DEMO ? values.ATRIUM_DEMO === '1' : embedded,
    organisationDeletionGraceMs: values.ORGANISATION_DELETION_GRACE,
    organisationPurgeIntervalMs: values.ORGANISATION_PURGE_INTERVAL,
    bench: values.ATRIUM_BENCH === '1',
  }
}

let cached: AppConfig | undefined

/** The process's configuration, read on first use (never at import, so `next build` reads nothing). */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env)
  return cached
}
