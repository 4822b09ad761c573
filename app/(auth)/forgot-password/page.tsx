import type { Metadata } from 'next'
import { AuthFrame } from '@/components/auth/auth-frame'
import { ForgotPasswordForm } from './forgot-password-form'

export const metadata: Metadata = { title: 'Forgot password' }

export default function ForgotPasswordPage() {
  return (
    <AuthFrame title="Forgot your password?" subtitle="We mail you a link to choose a new one">
      <ForgotPasswordForm />
    </AuthFrame>
  )
}
