import { describeAuditEvent } from './describe'
import type { NamedAuditEvent } from './queries'

export type ExportFormat = 'csv' | 'jsonl'

const CSV_COLUMNS = [
  'seq',
  'time',
  'actor',
  'actor_email',
  'action',
  'description',
  'target_type',
  'target_id',
  'workspace',
  'ip',
  'user_agent',
  'data',
  'hash',
]

/** One CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n'
}

function formatEntry(format: ExportFormat, entry: NamedAuditEvent): string {
  if (format === 'jsonl') {
    return (
      JSON.stringify({
        seq: entry.seq,
        time: entry.createdAt.toISOString(),
        actor: entry.actorName,
        actorEmail: entry.actorEmail,
        actorId: entry.actorId,
        action: entry.action,
        description: describeAuditEvent(entry),
        targetType: entry.targetType,
        targetId: entry.targetId,
        workspace: entry.workspaceName,
        workspaceId: entry.workspaceId,
        ip: entry.ip,
        userAgent: entry.userAgent,
        data: entry.data,
        prevHash: entry.prevHash,
        hash: entry.hash,
      }) + '\n'
    )
  }
  return csvLine([
    entry.seq,
    entry.createdAt.toISOString(),
    entry.actorName,
    entry.actorEmail,
    entry.action,
    describeAuditEvent(entry),
    entry.targetType,
    entry.targetId,
    entry.workspaceName,
    entry.ip,
    entry.userAgent,
    entry.data,
    entry.hash,
  ])
}

/** Streams the entries as CSV or JSON Lines, pulling the next page only when the reader wants more. */
export function exportStream(entries: AsyncGenerator<NamedAuditEvent>, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let headerSent = format === 'jsonl'
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true
        controller.enqueue(encoder.encode(csvLine(CSV_COLUMNS)))
        return
      }
      const next = await entries.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(formatEntry(format, next.value)))
    },
    async cancel() {
      await entries.return(undefined)
    },
  })
}
