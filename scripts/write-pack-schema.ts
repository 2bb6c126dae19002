// Writes docs/curriculum-pack.schema.json from the zod schema packs are checked with.
import { writeFileSync } from 'node:fs'
import { PACK_SCHEMA_FILE, packJsonSchema } from '../src/shared/packs/pack-json-schema'

writeFileSync(PACK_SCHEMA_FILE, `${JSON.stringify(packJsonSchema(), null, 2)}\n`)
console.log(`Wrote ${PACK_SCHEMA_FILE}`)
