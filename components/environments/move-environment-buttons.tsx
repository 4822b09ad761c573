'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'

const ARROWS = { up: '↑', down: '↓' } as const

/** Moves an environment one place up or down the workspace's order. */
export function MoveEnvironmentButtons({
  workspaceId,
  environment,
  first,
  last,
}: {
  workspaceId: string
  environment: { id: string; name: string }
  first: boolean
  last: boolean
}) {
  const { run, pending, result } = useAction('environment.move', {
    confirm: (input, { position }) => `Moved ${environment.name} ${input.direction} to place ${position}.`,
  })
  const button = (direction: 'up' | 'down', disabled: boolean) => (
    <Button
      type="button"
      variant="secondary"
      className="px-2.5 py-1"
      aria-label={`Move ${environment.name} ${direction}`}
      title={`Move ${direction}`}
      disabled={disabled || pending}
      onClick={() => run({ workspaceId, environmentId: environment.id, direction })}
    >
      <span aria-hidden>{ARROWS[direction]}</span>
    </Button>
  )
  return (
    <span className="inline-flex items-center gap-1">
      {button('up', first)}
      {button('down', last)}
      {result && !result.ok && (
        <span role="alert" className="text-xs text-red-700">
          {result.message}
        </span>
      )}
    </span>
  )
}
