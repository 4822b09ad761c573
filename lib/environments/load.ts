import { refuse } from '@/lib/actions/errors'
import type { ActionScope } from '@/lib/actions/define-action'
import type { Tx } from '@/lib/db/client'

/**
 * The environment an action names, inside the workspace the action was authorised on
 * (read under the tenant lock). Another workspace's environment is "not found".
 */
export async function environmentOf(tx: Tx, scope: ActionScope<unknown>, environmentId: string) {
  if (!scope.workspace) return refuse('NOT_FOUND')
  const environment = await tx.environment.findFirst({ where: { id: environmentId, workspaceId: scope.workspace.id } })
  return environment ?? refuse('NOT_FOUND')
}

/** The same, refusing a protected environment: its resources change only through a release. */
export async function writableEnvironmentOf(tx: Tx, scope: ActionScope<unknown>, environmentId: string) {
  const environment = await environmentOf(tx, scope, environmentId)
  if (environment.isProtected)
    refuse('ENVIRONMENT_PROTECTED', `${environment.name} is protected: its resources change only through a reviewed release.`)
  return environment
}
