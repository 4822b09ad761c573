import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '@/lib/db/seed'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { seedFixtures } from '@/test/fixtures'
import { authenticate } from './credentials'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  await seedFixtures(t.db)
})
afterAll(() => t.close())

describe('authenticate', () => {
  it('accepts the right password, whatever the case of the email, and records the sign-in', async () => {
    const result = await authenticate(t.db, { email: '  Admin@ACME.test ', password: DEMO_PASSWORD })
    expect(result).toMatchObject({ ok: true, user: { email: 'admin@acme.test', sessionVersion: 1 } })
    expect((await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })).lastSignInAt).not.toBeNull()
  })

  it('answers a wrong password and an unknown email alike', async () => {
    expect(await authenticate(t.db, { email: 'admin@acme.test', password: 'wrong' })).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: 'nobody@acme.test', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(t.db, { email: '', password: '' })).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a disabled user, and says so only to someone who knows the password', async () => {
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'DISABLED' } })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: 'disabled' })
    expect(await authenticate(t.db, { email: 'viewer@acme.test', password: 'guess' })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('stores argon2id hashes, never the password', async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(user.passwordHash).not.toContain(DEMO_PASSWORD)
  })
})
