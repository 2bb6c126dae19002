import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

/** Tests whose answers depend on calendar days; `npm test` runs them again in zones far from UTC. */
const DATE_TESTS = [
  'test/unit/shared/calendar/**/*.test.ts',
  'test/unit/shared/report/**/*.test.ts',
  'test/unit/shared/levels/days-left.test.ts',
  'test/unit/shared/study/**/*.test.ts',
  'test/unit/shared/review/**/*.test.ts',
  'test/unit/main/handlers/reports.test.ts',
  'test/unit/main/handlers/skills.test.ts',
  'test/unit/main/handlers/markdown-folder.test.ts',
  'test/unit/shared/plan/**/*.test.ts',
  'test/unit/main/handlers/plan.test.ts',
]
const DATE_COMPONENT_TESTS = [
  'test/components/dashboard-view.test.tsx',
  'test/components/dashboard-loop.test.tsx',
  'test/components/levels-view.test.tsx',
  'test/components/reports-view.test.tsx',
  'test/components/hidden-skills.test.tsx',
  'test/components/plan-view.test.tsx',
  'test/components/today-panel.test.tsx',
]

/** UTC+14 (days start ten hours before UTC's) and a zone with DST. */
const FAR_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles']

// Component tests drive whole views through user-event on a 2-core CI machine: a long one (a dozen goal edits) takes about 5 s there.
const components = { environment: 'happy-dom' as const, setupFiles: ['test/components/setup.ts'], testTimeout: 20_000 }

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', ...components, include: ['test/components/**/*.test.tsx'] },
      },
      // Node and happy-dom read TZ when it is set, so each of these workers runs in its own zone.
      ...FAR_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: `dates ${zone}`, environment: 'node' as const, include: DATE_TESTS, env: { TZ: zone } },
      })),
      ...FAR_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: `date components ${zone}`, ...components, include: DATE_COMPONENT_TESTS, env: { TZ: zone } },
      })),
    ],
  },
})
