import { compareEnvironments, itemKey } from '@/lib/releases/compare'
import { draftRelease } from '@/lib/releases/actions/draft-release'
import { isResourceKind } from '@/lib/resources/kinds'
import { MODEL_PATTERN } from '@/lib/resources/kinds/fields'
import { createResource } from '@/lib/resources/actions/create-resource'
import { updateResource } from '@/lib/resources/actions/update-resource'
import { modelAccess } from './model-access'
import { resourceKeyProblem } from './path'
import { environmentJson, liveResources, placeNamed, resourceJson, visibleWorkspace, visibleWorkspaces, workspaceJson } from './read'
import { refusalResponse } from '@/lib/http/refusal-response'
import { actionFailure, apiJson, notFound } from './respond'
import { jsonBody, type ApiCall } from './route'

/** The handlers of /api/v1; each route file under app/api/v1 wraps one with apiRoute(). */

type WorkspacePath = { workspace: string }
type EnvironmentPath = WorkspacePath & { environment: string }
type ResourcePath = EnvironmentPath & { key: string }

/** GET /api/v1/workspaces: the workspaces this key may see. */
export async function listWorkspaces(_request: Request, { db, actor }: ApiCall): Promise<Response> {
  return apiJson({ workspaces: (await visibleWorkspaces(db, actor)).map(workspaceJson) })
}

/** GET /api/v1/workspaces/{workspace}/environments: its environments in release order. */
export async function listEnvironments(_request: Request, { db, actor }: ApiCall, path: WorkspacePath): Promise<Response> {
  const workspace = await visibleWorkspace(db, actor, path.workspace)
  if (!workspace) return notFound('This workspace')
  const environments = await db.environment.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: 'asc' } })
  return apiJson({ environments: environments.map((environment) => environmentJson(environment, environments)) })
}

function kindFilter(request: Request) {
  const kind = new URL(request.url).searchParams.get('kind')
  if (kind === null) return {}
  return isResourceKind(kind) ? { kind } : refusalResponse('INVALID_KIND')
}

/** GET …/environments/{environment}/resources[?kind=agent|policy]: the environment's live resources. */
export async function listResources(request: Request, { db, actor }: ApiCall, path: EnvironmentPath): Promise<Response> {
  const place = await placeNamed(db, actor, path.workspace, path.environment)
  if (!place) return notFound('This environment')
  const filter = kindFilter(request)
  if (filter instanceof Response) return filter
  return apiJson({ resources: (await liveResources(db, place.environment, filter)).map(resourceJson) })
}

/** GET …/resources/{key}[?kind=]: one live resource (kind is needed only when an agent and a policy share the key). */
export async function getResource(request: Request, { db, actor }: ApiCall, path: ResourcePath): Promise<Response> {
  const place = await placeNamed(db, actor, path.workspace, path.environment)
  if (!place) return notFound('This environment')
  const filter = kindFilter(request)
  if (filter instanceof Response) return filter
  if (resourceKeyProblem(path.key)) return notFound('This resource')
  const found = await liveResources(db, place.environment, { key: path.key, ...filter })
  if (found.length === 0) return notFound('This resource')
  if (found.length > 1) return refusalResponse('AMBIGUOUS_KEY')
  return apiJson({ resource: resourceJson(found[0]!) })
}

/**
 * PUT …/resources/{key} with { kind, spec, baseRevision? }: creates the resource or saves a
 * new revision of it, through the same actions as the console (write scope; unprotected
 * environments only: a protected one answers 409). With baseRevision, a save over a newer
 * revision is refused (409) instead of overwriting it.
 */
export async function putResource(request: Request, { db, actor, env }: ApiCall, path: ResourcePath): Promise<Response> {
  const place = await placeNamed(db, actor, path.workspace, path.environment)
  if (!place) return notFound('This environment')
  const body = await jsonBody(request)
  if (!body) return refusalResponse('INVALID_BODY', 'Send a JSON object: { "kind": "agent" | "policy", "spec": { … } }.')
  if (!isResourceKind(body.kind))
    return refusalResponse('VALIDATION', 'kind is agent or policy.', { fields: { kind: ['Choose agent or policy.'] } })
  // An unknown key creates the resource, so a key that could not be one is refused as its creation would be.
  const keyProblem = resourceKeyProblem(path.key)
  if (keyProblem)
    return refusalResponse('VALIDATION', 'The key in the path is not a valid resource key.', { fields: { key: [keyProblem] } })
  const where = { workspaceId: place.workspace.id, environmentId: place.environment.id }
  const existing = await db.resource.findUnique({
    where: { environmentId_kind_key: { environmentId: place.environment.id, kind: body.kind, key: path.key } },
  })
  const updating = existing !== null && existing.deletedAt === null
  const result = updating
    ? await updateResource.execute(env, {
        ...where,
        resourceId: existing.id,
        baseRevision: body.baseRevision ?? existing.revision,
        spec: body.spec,
      })
    : await createResource.execute(env, { ...where, kind: body.kind, key: path.key, spec: body.spec })
  if (!result.ok) return actionFailure(result)
  const saved = await db.resource.findUniqueOrThrow({ where: { id: result.data.id } })
  return apiJson({ resource: resourceJson(saved) }, updating ? 200 : 201)
}

/**
 * POST …/environments/{environment}/releases with { title, notes?, changes? }: proposes a
 * release from this environment into the one it releases to, submitted for review (propose
 * scope). Without changes, every difference is proposed; changes are "kind:key" strings.
 */
export async function proposeRelease(request: Request, { db, actor, env }: ApiCall, path: EnvironmentPath): Promise<Response> {
  const place = await placeNamed(db, actor, path.workspace, path.environment)
  if (!place) return notFound('This environment')
  const body = await jsonBody(request)
  if (!body) return refusalResponse('INVALID_BODY', 'Send a JSON object: { "title": "…", "notes": "…", "changes": ["agent:key", …] }.')
  let changes = body.changes
  if (changes === undefined && place.environment.releasesToId) {
    const compared = await compareEnvironments(db, place.environment.id, place.environment.releasesToId)
    changes = compared.filter((item) => item.status !== 'unchanged').map(itemKey)
  }
  const result = await draftRelease.execute(env, {
    workspaceId: place.workspace.id,
    sourceEnvironmentId: place.environment.id,
    title: body.title,
    notes: body.notes ?? '',
    changes: changes ?? [],
    submit: true,
  })
  if (!result.ok) return actionFailure(result)
  return apiJson({ release: { id: result.data.id, status: result.data.status, target: result.data.target, changes } }, 201)
}

/** GET …/environments/{environment}/model-access?model=openai/gpt-4.1: whether the model may be used there, and why. */
export async function checkModelAccess(request: Request, { db, actor }: ApiCall, path: EnvironmentPath): Promise<Response> {
  const place = await placeNamed(db, actor, path.workspace, path.environment)
  if (!place) return notFound('This environment')
  const model = new URL(request.url).searchParams.get('model') ?? ''
  if (!MODEL_PATTERN.test(model)) return refusalResponse('INVALID_MODEL')
  return apiJson(await modelAccess(db, place.workspace, place.environment, model))
}
