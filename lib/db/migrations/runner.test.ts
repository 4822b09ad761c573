import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDatabase } from '@/test/database'
import { applyMigrations, createMigration, MigrationFailedError, migrationsDir, NoSchemaChangesError, schemaPath } from './runner'

let scratch: string
let database: Awaited<ReturnType<typeof createEmptyDatabase>>

beforeEach(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-migrations-'))
  database = await createEmptyDatabase()
})
afterEach(async () => {
  await database.close()
  fs.rmSync(scratch, { recursive: true, force: true })
})

function writeMigration(dir: string, name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true })
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql)
}

const tables = async () =>
  (await database.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map(
    (row) => row.tablename,
  )

describe('applyMigrations', () => {
  it("applies the project's migrations once, records them in _prisma_migrations, and is idempotent", async () => {
    const applied = await applyMigrations(database.connection)
    const expected = fs.readdirSync(migrationsDir).filter((name) => fs.statSync(path.join(migrationsDir, name)).isDirectory())
    expect(applied).toEqual(expected.sort())
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'AuditEvent',
        'AuditHead',
        'Environment',
        'Tenant',
        'User',
        'Workspace',
        'WorkspaceMembership',
        '_prisma_migrations',
      ]),
    )
    const records = await database.sql<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(records.map((r) => r.migration_name)).toEqual(expected.sort())
    expect(records.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true)

    expect(await applyMigrations(database.connection)).toEqual([])
  })

  it('rolls a failing migration back whole and names the migration and the statement', async () => {
    writeMigration(scratch, '001_ok', 'CREATE TABLE kept (id int);')
    writeMigration(
      scratch,
      '002_broken',
      "CREATE TABLE half (id int);\nINSERT INTO half VALUES (1);\n-- the next statement fails\nINSERT INTO missing_table VALUES ('a;b');\nCREATE TABLE never (id int);",
    )
    const failure = await applyMigrations(database.connection, scratch).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MigrationFailedError)
    const error = failure as MigrationFailedError
    expect(error.migrationName).toBe('002_broken')
    expect(error.failure?.statementNumber).toBe(3)
    expect(error.message).toContain('002_broken')
    expect(error.message).toContain("INSERT INTO missing_table VALUES ('a;b')")
    expect(error.message).toMatch(/missing_table/)

    // 001 stays applied; nothing of 002 is left behind.
    expect(await tables()).toEqual(['_prisma_migrations', 'kept'])
    const rows = await database.sql<{ migration_name: string; rolled_back_at: Date | null; finished_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    )
    expect(rows.find((r) => r.migration_name === '002_broken')?.rolled_back_at).not.toBeNull()

    // Once fixed, the migration applies.
    writeMigration(scratch, '002_broken', 'CREATE TABLE half (id int);')
    expect(await applyMigrations(database.connection, scratch)).toEqual(['002_broken'])
    expect(await tables()).toEqual(['_prisma_migrations', 'half', 'kept'])
  })

  it("applies a function quoted with $fn1$ and an E'...' string with an escaped quote, semicolons inside", async () => {
    writeMigration(
      scratch,
      '001_function',
      String.raw`CREATE TABLE note (body text);
CREATE FUNCTION add_note(text) RETURNS int LANGUAGE plpgsql AS $fn1$
DECLARE
  total int;
BEGIN
  INSERT INTO note VALUES ($1);
  SELECT count(*) INTO total FROM note;
  RETURN total;
END
$fn1$;
INSERT INTO note VALUES (E'it\'s; \\ fine');
SELECT add_note('second; note');`,
    )
    expect(await applyMigrations(database.connection, scratch)).toEqual(['001_function'])
    const notes = await database.sql<{ body: string }>('SELECT body FROM note ORDER BY body')
    expect(notes.map((note) => note.body)).toEqual(["it's; \\ fine", 'second; note'])
  })
})

describe('createMigration', () => {
  it('writes the difference between schema.prisma and the history, and refuses when there is none', async () => {
    fs.cpSync(migrationsDir, scratch, { recursive: true })
    await expect(createMigration('nothing', { dir: scratch })).rejects.toBeInstanceOf(NoSchemaChangesError)

    const changedSchema = path.join(scratch, 'schema.prisma')
    fs.writeFileSync(
      changedSchema,
      fs
        .readFileSync(schemaPath, 'utf8')
        .replace('  isPlatformAdmin Boolean    @default(false)', '  isPlatformAdmin Boolean    @default(false)\n  locale          String?'),
    )
    const { folder, sql } = await createMigration('Add user locale', {
      dir: scratch,
      schemaFile: changedSchema,
      now: new Date('2030-01-02T03:04:05Z'),
    })
    expect(path.basename(folder)).toBe('20300102030405_add_user_locale')
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"locale" TEXT/)
    // The hand-written invariants are not mistaken for drift.
    expect(sql).not.toMatch(/DROP/)
    expect(fs.readFileSync(path.join(folder, 'migration.sql'), 'utf8')).toBe(sql)
  })
})
