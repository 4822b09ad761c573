import { randomBytes } from 'node:crypto'
import pg from 'pg'

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export async function adminUrl(serverUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') })
  await client.connect()
  return client
}

export async function dropDatabase(admin: pg.Client, database: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
}
