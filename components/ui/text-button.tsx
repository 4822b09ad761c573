import type { ButtonHTMLAttributes } from 'react'

const TONES = { danger: 'text-red-700', neutral: 'text-indigo-700' }

/** A row action that reads as a word: "Remove", "Disable", "Resend". */
export function TextButton({
  tone = 'neutral',
  className = 'text-sm',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: keyof typeof TONES }) {
  return <button type="button" className={`font-medium hover:underline ${TONES[tone]} ${className}`} {...props} />
}
