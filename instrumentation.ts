// Runs once when the server starts: refuse to start with a clear message when the
// configuration is invalid, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getConfig } = await import('./lib/config')
    getConfig()
  }
}
