'use client'

import { useRouter } from 'next/navigation'
import { useAction } from '@/components/actions/use-action'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { specName, RESOURCE_KINDS } from '@/lib/resources/kinds'

/** Where a resource form saves: a new resource (with its key), or the next revision of one. */
export type ResourceTarget =
  | { mode: 'create'; workspaceId: string; environmentId: string; kind: ResourceKind; basePath: string }
  | {
      mode: 'update'
      workspaceId: string
      environmentId: string
      kind: ResourceKind
      resourceId: string
      revision: number
      basePath: string
    }

/** Saves a form's spec as a new resource or a new revision; errors come back by field. */
export function useSaveResource(target: ResourceTarget) {
  const router = useRouter()
  const label = RESOURCE_KINDS[target.kind].label
  const create = useAction('resource.create', { confirm: (input) => `${label} ${specName(input.spec)} created.` })
  const update = useAction('resource.update', {
    confirm: (_, data) => (data.changed ? `Saved as revision #${data.revision}.` : 'Nothing to save: no field changed.'),
  })
  const active = target.mode === 'create' ? create : update
  async function save(spec: Record<string, unknown>, key: string) {
    const { workspaceId, environmentId } = target
    if (target.mode === 'create') {
      const result = await create.run({ workspaceId, environmentId, kind: target.kind, key, spec })
      if (result?.ok) router.push(`${target.basePath}/resources/${target.kind}/${result.data.key}`)
    } else {
      await update.run({ workspaceId, environmentId, resourceId: target.resourceId, baseRevision: target.revision, spec })
    }
  }
  return { save, pending: active.pending, fieldErrors: active.fieldErrors, formError: active.formError }
}
