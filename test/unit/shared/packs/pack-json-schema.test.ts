import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { PACK_SCHEMA_FILE, packJsonSchema } from '../../../../src/shared/packs/pack-json-schema'
import { readPackText } from '../../../../src/shared/packs/read-pack'
import { incomingFromPack } from '../../../../src/shared/packs/incoming'
import { planPackImport } from '../../../../src/shared/packs/plan-import'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'

it('the published JSON Schema is the one generated from the pack schema (npm run docs:pack-schema writes it)', async () => {
  const published = JSON.parse(await readFile(PACK_SCHEMA_FILE, 'utf8')) as unknown
  expect(published).toEqual(packJsonSchema())
})

it('the example in docs/curriculum-packs.md is a pack Groundwork accepts', async () => {
  const doc = await readFile('docs/curriculum-packs.md', 'utf8')
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1]
  expect(example).toBeDefined()
  const pack = readPackText(example ?? '')
  const { summary } = planPackImport(defaultCurriculum(), {}, incomingFromPack(pack), () => 'new-id', [])
  expect(summary.skills.added.names).toEqual(['Docker'])
  expect(summary.goalLinks).toBe(1)
  expect(summary.skipped).toEqual([])
})
