import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { connectPGlite, newPGlite, connectPostgres } from '@/lib/db/adapter'
import { applyMigrations } from '@/lib/db/migrations/runner'
import { adminUrl, databaseUrl, dropDatabase, uniqueDatabaseName } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseKind: 'pglite' | 'postgres'
    /** PGlite: a migrated data directory dump; PostgreSQL: the migrated template database's URL. */
    migratedSnapshot: string
  }
}

/**
 * Migrates one database for the whole run; every test file then starts from a copy of
 * it (a restored PGlite dump, or a PostgreSQL database created from it as a template).
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL
  if (server) {
    const template = uniqueDatabaseName('atrium_template')
    const admin = await adminUrl(server)
    await admin.query(`CREATE DATABASE "${template}"`)
    const url = databaseUrl(server, template)
    const connection = connectPostgres(url)
    await applyMigrations(connection)
    await connection.close()
    project.provide('databaseKind', 'postgres')
    project.provide('migratedSnapshot', url)
    return async () => {
      await dropDatabase(admin, template)
      await admin.end()
    }
  }

  const pglite = newPGlite()
  const connection = connectPGlite(pglite)
  await applyMigrations(connection)
  const dump = await pglite.dumpDataDir('none')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-test-')), 'migrated.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  await connection.close()
  project.provide('databaseKind', 'pglite')
  project.provide('migratedSnapshot', file)
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true })
}
