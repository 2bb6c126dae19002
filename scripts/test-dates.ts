// `npm run test:dates`: the whole suite, unit and e2e, with the clock a year ahead and in zones far
// from UTC (UTC+14, a DST zone, a half-hour offset), through Debian's libfaketime. Tests fix their
// own "now", so every run must pass whatever day and zone it runs in; this proves it.
import { spawnSync } from 'node:child_process'

const SHIFT = '+400 days'
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata']

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  return result.status === 0
}

if (spawnSync('faketime', ['-f', '+0', 'true']).error) {
  console.error('test:dates needs libfaketime (Debian/Ubuntu: apt-get install faketime).')
  process.exit(1)
}

// The build is the same whatever the date; e2e specs then drive it in every zone.
if (!run('build', 'npm', ['run', 'build', '--silent'])) process.exit(1)
const failed: string[] = []
for (const zone of ZONES) {
  const env = { ...process.env, TZ: zone }
  for (const [name, args] of [
    ['unit and component tests', ['vitest', 'run']],
    ['e2e specs', ['playwright', 'test', '--project', 'e2e']],
  ] as const) {
    const label = `${name}, clock ${SHIFT}, TZ=${zone}`
    if (!run(label, 'faketime', [SHIFT, 'npx', ...args], env)) failed.push(label)
  }
}
console.log(
  failed.length === 0
    ? `\ntest:dates: every run passed in ${ZONES.join(', ')} with the clock ${SHIFT}.`
    : `\ntest:dates: failed:\n- ${failed.join('\n- ')}`,
)
process.exit(failed.length === 0 ? 0 : 1)
