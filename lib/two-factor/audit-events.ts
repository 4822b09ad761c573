import { auditEvent } from '@/lib/audit/events'

export const accountTwoFactorEnabled = auditEvent('account.twoFactorEnabled', 'user', () => 'turned on two-factor authentication')

export const accountTwoFactorDisabled = auditEvent('account.twoFactorDisabled', 'user', () => 'turned off two-factor authentication')

export const accountRecoveryCodesRenewed = auditEvent(
  'account.recoveryCodesRenewed',
  'user',
  () => 'replaced their recovery codes with new ones',
)

/** Recorded at sign-in (lib/auth/sign-in.ts), with how many codes are left. */
export const accountRecoveryCodeUsed = auditEvent(
  'account.recoveryCodeUsed',
  'user',
  (data: { left: number }) => `signed in with a recovery code (${data.left} left)`,
)

export const tenantTwoFactorRequirementChanged = auditEvent(
  'tenant.twoFactorRequirementChanged',
  'tenant',
  (data: { required: boolean; membersWithout: number }) =>
    data.required ? 'required two-factor authentication for everyone in this tenant' : 'stopped requiring two-factor authentication',
)

export const TWO_FACTOR_AUDIT_EVENTS = [
  accountTwoFactorEnabled,
  accountTwoFactorDisabled,
  accountRecoveryCodesRenewed,
  accountRecoveryCodeUsed,
  tenantTwoFactorRequirementChanged,
]
