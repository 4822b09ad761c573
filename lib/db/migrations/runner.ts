import fs from 'node:fs'
import path from 'node:path'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm'
import { connectPGlite, newPGlite, type DatabaseConnection } from '../adapter'
import { withAtomicScripts, type ScriptFailure } from './atomic-scripts'
import { startSchemaEngine, type SchemaFile } from './schema-engine'

export const projectRoot = path.resolve(import.meta.dirname, '../../..')
export const migrationsDir = path.join(projectRoot, 'prisma/migrations')
export const schemaPath = path.join(projectRoot, 'prisma/schema.prisma')

const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] }

export function readMigrationList(dir: string = migrationsDir): MigrationList {
  const lockfilePath = path.join(dir, 'migration_lock.toml')
  const directories = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, 'migration.sql')
      let content: { tag: 'ok'; value: string } | { tag: 'error'; value: string }
      try {
        content = { tag: 'ok', value: fs.readFileSync(file, 'utf8') }
      } catch (error) {
        content = { tag: 'error', value: String(error) }
      }
      return { path: name, migrationFile: { path: 'migration.sql', content } }
    }),
  }
}

function readSchema(file: string = schemaPath): SchemaFile[] {
  return [{ path: file, content: fs.readFileSync(file, 'utf8') }]
}

export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError'
  constructor(
    readonly migrationName: string,
    readonly failure: ScriptFailure | undefined,
    engineMessage: string,
  ) {
    super(
      failure
        ? `Migration ${migrationName} failed at statement ${failure.statementNumber} and was rolled back; ` +
            `the database is as it was before it.\n  ${failure.message}\n  Statement:\n    ` +
            failure.statement.split('\n').join('\n    ')
        : `Migration ${migrationName} failed and was rolled back.\n${engineMessage}`,
    )
  }
}

async function appliedMigrationNames(factory: SqlMigrationAwareDriverAdapterFactory): Promise<Set<string>> {
  const adapter = await factory.connect()
  try {
    const exists = await adapter.queryRaw({
      sql: `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
      args: [],
      argTypes: [],
    })
    if (!exists.rows[0]?.[0]) return new Set()
    const rows = await adapter.queryRaw({
      sql: `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      args: [],
      argTypes: [],
    })
    return new Set(rows.rows.map((row) => String(row[0])))
  } finally {
    await adapter.dispose()
  }
}

/**
 * Applies every pending migration, one at a time and in order, recording each in
 * Prisma's `_prisma_migrations` table. Each migration runs as one transaction: one that
 * fails is rolled back and marked so, and the error names it and its statement.
 */
export async function applyMigrations(connection: DatabaseConnection, dir: string = migrationsDir): Promise<string[]> {
  const all = readMigrationList(dir)
  const { factory, takeFailure } = withAtomicScripts(connection)
  const engine = await startSchemaEngine(factory, [])
  const applied: string[] = []
  try {
    const done = await appliedMigrationNames(factory)
    for (const migration of all.migrationDirectories) {
      if (done.has(migration.path)) continue
      // Hand the engine the history up to this migration, so a failure is this one's.
      const upToThis = {
        ...all,
        migrationDirectories: all.migrationDirectories.slice(0, all.migrationDirectories.indexOf(migration) + 1),
      }
      try {
        const result = await engine.applyMigrations({ migrationsList: upToThis, filters: noFilter })
        applied.push(...result.appliedMigrationNames)
      } catch (error) {
        const failure = takeFailure()
        await engine.markMigrationRolledBack({ migrationName: migration.path }).catch(() => {})
        throw new MigrationFailedError(migration.path, failure, error instanceof Error ? error.message : String(error))
      }
    }
    return applied
  } finally {
    engine.free()
  }
}

export class NoSchemaChangesError extends Error {
  override name = 'NoSchemaChangesError'
}

/**
 * Writes a new migration folder holding the difference between schema.prisma and the
 * migration history, replayed into a throw-away in-memory PGlite.
 */
export async function createMigration(
  name: string,
  options: { dir?: string; schemaFile?: string; now?: Date } = {},
): Promise<{ folder: string; sql: string }> {
  const dir = options.dir ?? migrationsDir
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
  if (!slug) throw new Error('Give the migration a name: npm run db:migration -- <name>')

  const scratch = connectPGlite(newPGlite())
  try {
    await applyMigrations(scratch, dir)
    const schema = readSchema(options.schemaFile)
    const engine = await startSchemaEngine(scratch.ownerFactory, schema)
    try {
      const diff = await engine.diff({
        from: { tag: 'schemaDatasource', files: schema, configDir: projectRoot },
        to: { tag: 'schemaDatamodel', files: schema },
        script: true,
        exitCode: true,
        filters: noFilter,
      })
      if (diff.exitCode !== 2 || !diff.stdout) {
        throw new NoSchemaChangesError('schema.prisma matches the migration history: there is nothing to migrate.')
      }
      const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14)
      const folder = path.join(dir, `${stamp}_${slug}`)
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, 'migration.sql'), diff.stdout)
      const lockfile = path.join(dir, 'migration_lock.toml')
      if (!fs.existsSync(lockfile)) {
        fs.writeFileSync(
          lockfile,
          '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
        )
      }
      return { folder, sql: diff.stdout }
    } finally {
      engine.free()
    }
  } finally {
    await scratch.close()
  }
}
