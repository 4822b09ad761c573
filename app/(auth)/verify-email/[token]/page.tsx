import type { Metadata } from 'next'
import { AuthFrame } from '@/components/auth/auth-frame'
import { VerifyEmailForm } from './verify-form'

export const metadata: Metadata = { title: 'Verify your address' }

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return (
    <AuthFrame title="Verify your address" subtitle="One step before your account can do anything">
      <VerifyEmailForm token={token} />
    </AuthFrame>
  )
}
