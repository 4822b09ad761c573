'use client'

import { WORKSPACE_COLORS, type WorkspaceColor } from '@/lib/workspaces/palette'

const SWATCHES = Object.entries(WORKSPACE_COLORS) as [WorkspaceColor, (typeof WORKSPACE_COLORS)[WorkspaceColor]][]

/** The fixed palette as a radio group: arrow keys move between colours. */
export function ColorPicker({ value, onChange, errors }: { value: string; onChange(color: WorkspaceColor): void; errors?: string[] }) {
  return (
    <fieldset aria-describedby={errors?.length ? 'color-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">Colour</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {SWATCHES.map(([key, swatch]) => (
          <label key={key} className="cursor-pointer">
            <input type="radio" name="color" value={key} checked={value === key} onChange={() => onChange(key)} className="peer sr-only" />
            <span className="flex items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-1 text-xs text-slate-700 peer-checked:border-slate-900 peer-checked:ring-1 peer-checked:ring-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-600">
              <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: swatch.hex }} />
              {swatch.label}
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id="color-error" className="mt-1 text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  )
}
