import fs from 'node:fs'
import { createRequire } from 'node:module'
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter: no
 * native binary is downloaded or run. The package is built for bundlers (it imports a
 * .wasm file), so under plain Node we instantiate the module ourselves.
 */
let initialised: Promise<void> | undefined

// The engine reports a Rust panic's message here before it throws.
const panics = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } }
panics.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    console.error(`Prisma schema engine panicked: ${message}`)
  },
}

function initialise(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url)
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm')
    const compiled = await WebAssembly.compile(fs.readFileSync(wasmPath))
    const instance = await WebAssembly.instantiate(compiled, { './schema_engine_bg.js': bindings })
    bindings.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as (() => void) | undefined)?.()
  })()
  return initialised
}

export interface SchemaFile {
  path: string
  content: string
}

export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  await initialise()
  // The engine takes either no datamodels or a non-empty list.
  const datamodels = schemaFiles.length ? schemaFiles.map((file): [string, string] => [file.path, file.content]) : undefined
  return (await bindings.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory))) as unknown as SchemaEngine
}
