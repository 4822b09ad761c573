import { Button } from './button'

/** A form's submit button (its label while the action runs) and, in a dialog, Cancel. */
export function FormActions({
  label,
  pendingLabel,
  pending,
  disabled = false,
  onCancel,
}: {
  label: string
  pendingLabel: string
  pending: boolean
  disabled?: boolean
  onCancel?(): void
}) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : label}
      </Button>
      {onCancel && (
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </div>
  )
}
