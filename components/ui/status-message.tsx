/** The outcome of the last action on a page, announced to screen readers; green when it worked, red when refused. */
export function StatusMessage({
  message,
  className = 'min-h-5 text-sm',
}: {
  message: { ok: boolean; text: string } | null
  className?: string
}) {
  return (
    <p role="status" className={`${className} ${message?.ok ? 'text-green-700' : 'text-red-700'}`}>
      {message?.text}
    </p>
  )
}
