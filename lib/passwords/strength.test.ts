import { describe, expect, it } from 'vitest'
import { passwordProblem } from './strength'

const ada = { email: 'ada.lovelace@acme.test', name: 'Ada Lovelace' }

describe('passwordProblem', () => {
  it.each([
    ['twelve spaces', '            ', 'only spaces'],
    ['one letter repeated', 'aaaaaaaaaaaa', 'too easy to guess'],
    ['a common password', 'password1234', 'too easy to guess'],
    ['a keyboard walk', 'qwertyuiop12', 'too easy to guess'],
    ['too short', 'x7#Lq2', 'at least 12'],
    ['the person’s name', 'lovelace-2026-rocks', 'your name or email'],
    ['the person’s address', 'ada.lovelace@acme', 'your name or email'],
  ])('refuses %s', async (_, password, why) => {
    expect(await passwordProblem(password, ada)).toContain(why)
  })

  it.each([
    ['a few unrelated words', 'copper lantern fjord basil'],
    ['a random string', 'mx7#Lq2pVz!9rT'],
  ])('accepts %s', async (_, password) => {
    expect(await passwordProblem(password, ada)).toBeNull()
  })
})
