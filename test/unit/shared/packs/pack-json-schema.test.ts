import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { PACK_SCHEMA_FILE, packJsonSchema } from '../../../../src/shared/packs/pack-json-schema'

it('the published JSON Schema is the one generated from the pack schema (npm run docs:pack-schema writes it)', async () => {
  const published = JSON.parse(await readFile(PACK_SCHEMA_FILE, 'utf8')) as unknown
  expect(published).toEqual(packJsonSchema())
})
