import type { SeedKeys } from './seed'
import { addCredential } from '@/lib/providers/actions/add-credential'
import { grantCredential } from '@/lib/providers/actions/grant-credential'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import type { ActionResult } from '@/lib/actions/errors'
import { landingWorkspace } from '@/lib/auth/workspace-claim'
import { sessionCaller } from '@/lib/context/caller'
import { endSession, startSession } from '@/lib/sessions/service'
import type { AgentSpec } from '@/lib/resources/kinds/agent'
import type { PolicySpec } from '@/lib/resources/kinds/policy'
import { applyRelease } from '@/lib/releases/actions/apply-release'
import { approveRelease } from '@/lib/releases/actions/approve-release'
import { draftRelease } from '@/lib/releases/actions/draft-release'
import { createResource } from '@/lib/resources/actions/create-resource'
import { updateResource } from '@/lib/resources/actions/update-resource'
import type { Db } from '@/lib/db/client'

/** Where the demo's agents, policies and releases live, and who makes them. */
export const DEMO_CONTENT = {
  tenant: 'acme',
  workspace: 'production',
  builder: 'pat@acme.test',
  reviewer: 'rob@acme.test',
  admin: 'admin@acme.test',
} as const

const supportTriage: AgentSpec = {
  name: 'Support triage',
  description: 'Sorts incoming tickets and drafts first answers.',
  instructions: 'Read each new ticket, tag its product area and urgency, and draft a first answer for a person to check.',
  model: 'openai/gpt-4.1-mini',
  tools: ['knowledge_lookup', 'send_email'],
  trigger: 'webhook',
  schedule: null,
  enabled: true,
}
const invoiceExtractor: AgentSpec = {
  name: 'Invoice extractor',
  description: 'Reads supplier invoices into the ledger.',
  instructions: 'Extract supplier, date, lines and totals from each invoice PDF; flag totals that do not add up.',
  model: 'anthropic/claude-sonnet-4',
  tools: ['code_interpreter'],
  trigger: 'schedule',
  schedule: '0 6 * * 1-5',
  enabled: true,
}
const leadResearcher: AgentSpec = {
  name: 'Lead researcher',
  description: 'Prepares a short brief on each new sales lead.',
  instructions: 'Search the web for the company of each new lead and summarise what they do in five lines.',
  model: 'openai/gpt-4.1',
  tools: ['web_search', 'http_request'],
  trigger: 'manual',
  schedule: null,
  enabled: true,
}
const approvedModels: PolicySpec = {
  name: 'Approved models',
  modelAccess: 'allowlist',
  allowedModels: ['anthropic/claude-sonnet-4', 'openai/gpt-4.1', 'openai/gpt-4.1-mini'],
  maxTokensPerRequest: 8000,
  redactPersonalData: false,
  logRetentionDays: 90,
  priority: 10,
}
const personalData: PolicySpec = {
  name: 'Personal data guard',
  modelAccess: 'all',
  allowedModels: [],
  maxTokensPerRequest: 16000,
  redactPersonalData: true,
  logRetentionDays: 30,
  priority: 20,
}

/**
 * Acme's Production workspace, built the way people build it (every step an action, in
 * the audit chain): agents and policies in Development, two releases applied to Staging
 * and to Production, one release waiting for review, and an unreleased edit.
 */
export async function seedDemoContent(db: Db, { auditKey, encryptionKeys }: SeedKeys) {
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: DEMO_CONTENT.workspace, tenant: { slug: DEMO_CONTENT.tenant } } })
  const environments = await db.environment.findMany({ where: { workspaceId: workspace.id } })
  const env = (slug: string) => environments.find((environment) => environment.slug === slug)!.id
  const sessions: { userId: string; sessionId: string }[] = []
  const as = async (email: string): Promise<ActionEnvironment> => {
    const user = await db.user.findUniqueOrThrow({ where: { email } })
    const meta = { ip: null, userAgent: 'atrium demo data' }
    // A session of its own, ended once the content is built (below).
    const claims = { userId: user.id, sessionId: await startSession(db, user.id, meta), ...(await landingWorkspace(db, user.id)) }
    sessions.push(claims)
    return {
      db,
      caller: () => sessionCaller(db, claims),
      auditKey,
      meta,
      // The demo content invites nobody and mails nothing: no address or mail server is needed.
      settings: { encryptionKeys, allowLocalProviderUrls: false, appUrl: '', smtpUrl: null, mailFrom: '', organisationDeletionGraceMs: 0 },
    }
  }
  const [builder, reviewer] = [await as(DEMO_CONTENT.builder), await as(DEMO_CONTENT.reviewer)]
  const run = async <T>(
    action: { name: string; execute(env: ActionEnvironment, raw: unknown): Promise<ActionResult<T>> },
    by: ActionEnvironment,
    input: Record<string, unknown>,
  ): Promise<T> => {
    const result = await action.execute(by, { workspaceId: workspace.id, ...input })
    if (!result.ok) throw new Error(`Demo data: ${action.name} failed: ${result.message}`)
    return result.data
  }
  const create = (kind: string, key: string, spec: object) =>
    run(createResource, builder, { environmentId: env('development'), kind, key, spec })
  const update = async (key: string, spec: object) => {
    const resource = await db.resource.findFirstOrThrow({ where: { environmentId: env('development'), key } })
    await run(updateResource, builder, {
      environmentId: env('development'),
      resourceId: resource.id,
      baseRevision: resource.revision,
      spec,
    })
  }
  const release = async (from: string, title: string, changes: string[], { apply }: { apply: boolean }) => {
    const { id } = await run(draftRelease, builder, { sourceEnvironmentId: env(from), title, changes, notes: '' })
    if (!apply) return
    await run(approveRelease, reviewer, { releaseId: id })
    await run(applyRelease, reviewer, { releaseId: id })
  }

  await create('agent', 'support-triage', supportTriage)
  await create('agent', 'invoice-extractor', invoiceExtractor)
  await create('policy', 'approved-models', approvedModels)
  await create('policy', 'personal-data', personalData)
  const first = ['agent:invoice-extractor', 'agent:support-triage', 'policy:approved-models', 'policy:personal-data']
  await release('development', 'First agents and policies', first, { apply: true })
  await release('staging', 'First agents and policies', first, { apply: true })

  await update('support-triage', { ...supportTriage, instructions: `${supportTriage.instructions} Answer in the customer's language.` })
  await create('agent', 'lead-researcher', leadResearcher)
  await release('development', 'Multilingual triage, lead research', ['agent:support-triage', 'agent:lead-researcher'], { apply: true })
  await release('staging', 'Multilingual triage', ['agent:support-triage'], { apply: true })
  await release('staging', 'Lead research', ['agent:lead-researcher'], { apply: false })

  await update('invoice-extractor', { ...invoiceExtractor, tools: ['code_interpreter', 'send_email'] })

  // Tenant-wide: an OpenAI key (a made-up one, so "Test connection" reports the provider's refusal) granted to this workspace.
  const admin = await as(DEMO_CONTENT.admin)
  const credential = await run(addCredential, admin, {
    provider: 'openai',
    name: 'OpenAI (demo)',
    secret: 'sk-demo-not-a-real-key-7f3a',
  })
  await run(grantCredential, admin, { credentialId: credential.id, monthlyBudget: 250, requestsPerMinute: 60 })
  for (const { userId, sessionId } of sessions) await endSession(db, userId, sessionId, 'signedOut')
}
