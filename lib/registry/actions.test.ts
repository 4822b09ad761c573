import { describe, expect, it } from 'vitest'
import { ACTIONS, browserAction } from './actions'

describe('the registry', () => {
  it('gives browsers every action but those only the server may start, and nothing for other names', () => {
    expect(ACTIONS.filter((action) => !action.browser).map((action) => action.name)).toEqual(['workspace.switch'])
    expect(browserAction('workspace.switch')).toBeUndefined()
    expect(browserAction('workspace.archive')?.name).toBe('workspace.archive')
    for (const name of ['__proto__', 'constructor', 'toString', '', 42, null]) expect(browserAction(name)).toBeUndefined()
  })
})
