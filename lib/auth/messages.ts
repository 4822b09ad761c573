/** One message for an unknown email and a wrong password alike: no hint which was wrong. */
export const INVALID_CREDENTIALS = 'Incorrect email or password.'
export const ACCOUNT_DISABLED = 'This account is disabled. Ask your tenant administrator to re-enable it.'
