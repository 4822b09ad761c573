import { ShownOnce } from '@/components/ui/shown-once'

/**
 * Without SMTP the invitation link cannot be mailed, and it is never stored: it is shown
 * here once, for the person who invited to pass on.
 */
export function OneTimeLink({ email, link }: { email: string; link: string }) {
  return (
    <ShownOnce
      message={`Send this link to ${email}. It is shown only now: Atrium keeps no copy of it.`}
      label={`Invitation link for ${email}`}
      value={link}
      copyLabel="Copy link"
      footnote="Lost it? Resend the invitation for a new link (the old one stops working)."
    />
  )
}
