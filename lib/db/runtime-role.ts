import pg from 'pg'

/**
 * The role the app's queries run as (created by the row-level security migration): it
 * owns nothing, cannot bypass row-level security and holds only the grants the app needs.
 */
export const RUNTIME_ROLE = 'atrium_app'

/** What the start-up log says of the embedded database, which is always its superuser. */
export const EMBEDDED_ROLE_SWITCH =
  `the embedded database runs as its superuser, so every transaction switches to ${RUNTIME_ROLE}. ` +
  'A dedicated role on PostgreSQL is safer: see the README, "Running on PostgreSQL".'

/**
 * Whether the role `url` connects as could bypass row-level security (a superuser, a role
 * with BYPASSRLS, or the tables' owner), so that the app must switch to the runtime role:
 * the message to log when it must, null when the role is already a safe one.
 */
export async function runtimeRoleNeeded(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ user: string; bypasses: boolean; runtimeRoleExists: boolean }>(
      `SELECT current_user AS "user",
              r.rolsuper OR r.rolbypassrls OR COALESCE(pg_has_role(current_user, c.relowner, 'USAGE'), false) AS bypasses,
              EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS "runtimeRoleExists"
         FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('public."Tenant"')
        WHERE r.rolname = current_user`,
      [RUNTIME_ROLE],
    )
    const { user, bypasses, runtimeRoleExists } = rows[0]!
    if (!bypasses) return null
    if (!runtimeRoleExists) throw new Error(`The database has no role ${RUNTIME_ROLE} yet: run npm run db:migrate first.`)
    return (
      `${user} can bypass row-level security, so every connection switches to ${RUNTIME_ROLE}. ` +
      'Connecting as a dedicated role is safer: see the README, "Running on PostgreSQL".'
    )
  } finally {
    await client.end()
  }
}
