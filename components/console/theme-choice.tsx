'use client'

import { useState } from 'react'
import { THEME_COOKIE, THEMES, type Theme } from '@/lib/theme'

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Remembers the choice for the server (cookie) and shows it at once (<html data-theme>). */
function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

/** Light, dark or the system's choice; remembered in a cookie the root layout reads, applied at once. */
export function ThemeChoice({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial)
  const choose = (next: Theme) => {
    setTheme(next)
    applyTheme(next)
  }
  return (
    <fieldset className="mt-3">
      <legend className="text-xs font-medium text-slate-600">Theme</legend>
      <div className="mt-1 inline-flex rounded-md border border-slate-300 p-0.5">
        {THEMES.map((option) => (
          <label key={option} className="cursor-pointer">
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              onChange={() => choose(option)}
              className="peer sr-only"
            />
            <span className="block rounded px-2 py-0.5 text-xs text-slate-700 peer-checked:bg-slate-900 peer-checked:text-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-600">
              {LABELS[option]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
