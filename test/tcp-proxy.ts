import net from 'node:net'

/**
 * A TCP proxy on loopback in front of a database server, to take the server away and give
 * it back in a test without stopping it for everyone else: `cut()` closes every open
 * connection and refuses new ones (as a stopped server does), `restore()` listens again.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const open = new Set<net.Socket>()
  let server: net.Server | null = null
  let port = 0
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        for (const socket of [client, upstream]) {
          open.add(socket)
          socket.on('close', () => open.delete(socket))
          socket.on('error', () => socket.destroy())
        }
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port
        resolve()
      })
    })
  await listen()
  const cut = async () => {
    const closing = server
    server = null
    for (const socket of open) socket.destroy()
    await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()))
  }
  return {
    get port() {
      return port
    },
    cut,
    restore: listen,
    close: cut,
  }
}
