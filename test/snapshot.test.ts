import { expect, it } from 'vitest'
import { createTestDatabase } from './database'
import { databaseSnapshot, OUT_OF_THE_APPS_REACH } from './fixtures'

it('databaseSnapshot compares every table the migrations create, so a refusal that writes anywhere is seen', async () => {
  const t = await createTestDatabase()
  try {
    const tables = await t.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
    const snapshot = await databaseSnapshot(t.db)
    const readable = tables.map((table) => table.name).filter((name) => !(OUT_OF_THE_APPS_REACH as string[]).includes(name))
    expect(Object.keys(snapshot.tables).sort()).toEqual(readable.sort())
    // What the snapshot cannot read is empty at rest.
    for (const name of OUT_OF_THE_APPS_REACH) expect(await t.sql(`SELECT 1 FROM "${name}"`)).toEqual([])
  } finally {
    await t.close()
  }
})
