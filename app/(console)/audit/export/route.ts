import { exportStream, type ExportFormat } from '@/lib/audit-log/export'
import { readAuditFilters } from '@/lib/audit-log/filters'
import { auditEntries } from '@/lib/audit-log/queries'
import { auditScopeOf } from '@/lib/audit-log/scope'
import { getContext } from '@/lib/context'
import { refusalResponse } from '@/lib/http/refusal-response'

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
}

/** The filtered audit log as CSV or JSON Lines, streamed page by page. */
export async function GET(request: Request) {
  const ctx = await getContext()
  if (!ctx?.actor) return refusalResponse('UNAUTHENTICATED', 'Sign in to export the audit log.')
  const db = ctx.db
  const scope = await auditScopeOf(db, ctx.actor)
  if (!scope) return refusalResponse('FORBIDDEN', 'You do not have access to the audit log.')

  const params = new URL(request.url).searchParams
  const format: ExportFormat = params.get('format') === 'jsonl' ? 'jsonl' : 'csv'
  const { filters, problems } = readAuditFilters(params)
  if (problems.length > 0) return refusalResponse('INVALID_QUERY', problems.join(' '))
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(exportStream(auditEntries(db, scope, filters), format), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="audit-${ctx.tenant!.slug}-${stamp}.${format}"`,
      'Cache-Control': 'no-store',
    },
  })
}
