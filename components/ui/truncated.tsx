/** Text cut to one line with an ellipsis past `max` (the whole text in its tooltip), so a long name cannot widen a table. */
export function Truncated({ text, className = '', max = 'max-w-[16rem]' }: { text: string; className?: string; max?: string }) {
  return (
    <span className={`block truncate ${max} ${className}`} title={text}>
      {text}
    </span>
  )
}
