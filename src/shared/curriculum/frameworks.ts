import type { Criterion } from '../frameworks/prefs'

/** One editorial rating: 1 (weak) to 5 (strong) on a criterion, with the reason in one line. */
export interface Rating {
  score: 1 | 2 | 3 | 4 | 5
  reason: string
}

/** The app's editorial ratings of a framework, one per criterion. */
export type Ratings = Record<Criterion, Rating>

interface FrameworkBase {
  /** Stable slug id; saved in the data file (marks, compare picks). */
  id: string
  name: string
  language: string
  firstRelease: number
  license: string
  /** Architectural style, as the fact sheet gives it. */
  style: string
  /** What it is good at, in the app's words. */
  strengths: string
  /** Where it is typically used, in the app's words. */
  uses: string
  /** True for the five the source article names; the others extend its list. */
  namedInSource: boolean
}

/** A framework: rated and ranked. */
export interface FrameworkEntry extends FrameworkBase {
  kind: 'framework'
  ratings: Ratings
}

/** A runtime shown for context (Node.js): not a framework, so not rated or ranked. */
export interface RuntimeEntry extends FrameworkBase {
  kind: 'runtime'
  /** Why it is not a framework, in one line. */
  kindNote: string
}

/** A row of the comparison table. */
export type Framework = FrameworkEntry | RuntimeEntry

/** Display names of the criteria (learningCurve is shown as ease of learning: 5 = easiest). */
export const CRITERION_LABELS: Record<Criterion, string> = {
  learningCurve: 'Ease of learning',
  performance: 'Performance',
  batteriesIncluded: 'Batteries included',
  community: 'Community',
  jobMarket: 'Job market',
}

/** What a high rating means on each criterion. */
export const CRITERION_HINTS: Record<Criterion, string> = {
  learningCurve: 'Higher means a gentler start for a newcomer.',
  performance: 'Higher means more requests served on the same hardware.',
  batteriesIncluded: 'Higher means more comes built in rather than added by you.',
  community: 'Higher means more people, packages, answers and tutorials.',
  jobMarket: 'Higher means more job listings ask for it.',
}

function r(score: Rating['score'], reason: string): Rating {
  return { score, reason }
}

/** The twelve rows: the five the source names, then the extended ones. Ratings are the app's view. */
export const FRAMEWORKS: readonly Framework[] = [
  {
    id: 'rails',
    name: 'Ruby on Rails',
    kind: 'framework',
    language: 'Ruby',
    firstRelease: 2004,
    license: 'MIT',
    style: 'full-stack MVC, convention over configuration',
    strengths:
      'Active Record for data, generators that scaffold whole features, testing and localization out of the box.',
    uses: 'Database-backed web apps and first versions of products that must ship quickly.',
    namedInSource: true,
    ratings: {
      learningCurve: r(
        4,
        'Conventions and generators get a beginner to a working app fast, though the implicit "magic" takes time to understand.',
      ),
      performance: r(2, 'Ruby and a full stack of helpers trade raw speed for developer productivity.'),
      batteriesIncluded: r(5, 'Data access, migrations, mailers, jobs, tests and i18n all ship with it.'),
      community: r(4, 'Mature and large, with a deep library of gems, though past its peak in new projects.'),
      jobMarket: r(3, 'Steady demand, mostly at product companies that already run Rails.'),
    },
  },
  {
    id: 'nodejs',
    name: 'Node.js',
    kind: 'runtime',
    kindNote:
      'Node.js runs JavaScript outside the browser; frameworks such as Express and NestJS are built on top of it.',
    language: 'JavaScript',
    firstRelease: 2009,
    license: 'MIT',
    style: 'runtime (V8), event loop, non-blocking I/O',
    strengths:
      'One language on client and server, a single event loop that juggles many connections, and the npm package registry.',
    uses: 'The base layer under JavaScript web servers, command-line tools and build tooling on Linux, Windows and macOS.',
    namedInSource: true,
  },
  {
    id: 'express',
    name: 'Express',
    kind: 'framework',
    language: 'JavaScript',
    firstRelease: 2010,
    license: 'MIT',
    style: 'minimal, routing + middleware on Node.js',
    strengths: 'A tiny core of routes and middleware that is easy to read and easy to extend.',
    uses: 'JSON APIs and backends for web and mobile apps.',
    namedInSource: true,
    ratings: {
      learningCurve: r(5, 'If you know JavaScript, a working server is a dozen lines away.'),
      performance: r(4, 'A thin layer over Node.js, whose non-blocking I/O copes well with many open connections.'),
      batteriesIncluded: r(1, 'Routing and middleware only; data access, validation and auth are your choice to add.'),
      community: r(5, 'One of the most used Node.js libraries, with middleware for nearly any need.'),
      jobMarket: r(4, 'JavaScript backends are widely hired for and Express is a common part of them.'),
    },
  },
  {
    id: 'django',
    name: 'Django',
    kind: 'framework',
    language: 'Python',
    firstRelease: 2005,
    license: 'BSD-3-Clause',
    style: 'full-stack, "batteries included" (MTV)',
    strengths: 'ORM with migrations, a ready-made admin site and user accounts, so little code does a lot.',
    uses: 'Content sites, internal tools and data-heavy web apps.',
    namedInSource: true,
    ratings: {
      learningCurve: r(3, 'Python is friendly and the tutorial is excellent, but there are many parts to learn.'),
      performance: r(3, 'Fast enough for most sites; Python and a largely synchronous core set the ceiling.'),
      batteriesIncluded: r(5, 'ORM, migrations, admin, authentication and forms are all part of the box.'),
      community: r(5, 'Large and long-lived, backed by a foundation, with many reusable apps.'),
      jobMarket: r(4, 'A frequent request in Python web roles.'),
    },
  },
  {
    id: 'flask',
    name: 'Flask',
    kind: 'framework',
    language: 'Python',
    firstRelease: 2010,
    license: 'BSD-3-Clause',
    style: 'microframework on WSGI (Werkzeug)',
    strengths: 'A small core with Jinja2 templates plus a development server and debugger built in.',
    uses: 'Small services, prototypes and APIs where you want to pick each piece yourself.',
    namedInSource: true,
    ratings: {
      learningCurve: r(5, 'A first app fits in one short file, and there is little to learn up front.'),
      performance: r(3, 'Light overhead, but bound by Python and the synchronous WSGI model.'),
      batteriesIncluded: r(2, 'Templates and a debugger come built in; databases and auth come from extensions.'),
      community: r(4, 'Popular and well documented, with a wide range of extensions.'),
      jobMarket: r(3, 'Often listed next to Django in Python roles, less often on its own.'),
    },
  },
  {
    id: 'spring-boot',
    name: 'Spring Boot',
    kind: 'framework',
    language: 'Java',
    firstRelease: 2014,
    license: 'Apache-2.0',
    style: 'full-stack, dependency injection',
    strengths:
      'Sensible defaults over the Spring ecosystem: data access, security, messaging and monitoring as starters.',
    uses: 'Business systems and microservices in larger organisations.',
    namedInSource: false,
    ratings: {
      learningCurve: r(2, 'Java plus dependency injection, annotations and a big ecosystem is a lot to take in.'),
      performance: r(4, 'The JIT-compiled JVM is fast once warm and well understood in production.'),
      batteriesIncluded: r(5, 'Starters cover databases, security, messaging, metrics and more.'),
      community: r(5, 'Huge, long-established, with answers to almost any question.'),
      jobMarket: r(5, 'Java backends remain among the most advertised roles, especially in enterprises.'),
    },
  },
  {
    id: 'aspnet-core',
    name: 'ASP.NET Core',
    kind: 'framework',
    language: 'C#',
    firstRelease: 2016,
    license: 'MIT',
    style: 'full-stack, cross-platform',
    strengths:
      'A fast, compiled stack with dependency injection, configuration and auth built in, on Windows, Linux and macOS.',
    uses: 'Web APIs and business applications, often in companies already using Microsoft tools.',
    namedInSource: false,
    ratings: {
      learningCurve: r(3, 'C# and the tooling are approachable; the framework itself covers a lot of ground.'),
      performance: r(5, 'Compiled and heavily optimised; among the quickest mainstream stacks in public benchmarks.'),
      batteriesIncluded: r(4, 'DI, configuration, auth and logging are in; the ORM (EF Core) is a separate companion.'),
      community: r(4, 'Large, with strong official documentation and backing from Microsoft.'),
      jobMarket: r(4, 'Plenty of roles, concentrated in enterprise and Microsoft-centred companies.'),
    },
  },
  {
    id: 'laravel',
    name: 'Laravel',
    kind: 'framework',
    language: 'PHP',
    firstRelease: 2011,
    license: 'MIT',
    style: 'full-stack MVC',
    strengths: 'The Eloquent ORM, queues, migrations and auth scaffolding behind a readable syntax.',
    uses: 'Web apps, online shops and client projects built by agencies.',
    namedInSource: false,
    ratings: {
      learningCurve: r(4, 'Readable syntax and plentiful learning material make the start smooth.'),
      performance: r(3, 'Modern PHP is reasonably quick; the full stack adds some per-request cost.'),
      batteriesIncluded: r(5, 'ORM, queues, scheduling, mail and auth scaffolding are all provided.'),
      community: r(4, 'The largest PHP framework community, with many packages.'),
      jobMarket: r(4, 'PHP still runs much of the web, and Laravel is its most requested framework.'),
    },
  },
  {
    id: 'fastapi',
    name: 'FastAPI',
    kind: 'framework',
    language: 'Python',
    firstRelease: 2018,
    license: 'MIT',
    style: 'async (ASGI), type hints',
    strengths: 'Type hints drive request validation and produce OpenAPI documentation for free.',
    uses: 'JSON APIs, including ones that serve data and machine-learning models.',
    namedInSource: false,
    ratings: {
      learningCurve: r(4, 'Plain Python functions with type hints; async ideas take a little extra study.'),
      performance: r(4, 'Async on ASGI puts it among the faster Python options.'),
      batteriesIncluded: r(3, 'Validation, dependency injection and API docs are built in; no ORM or admin.'),
      community: r(4, 'Grew very quickly since 2018, though younger than the others.'),
      jobMarket: r(3, 'Increasingly requested, especially for data and ML-facing services.'),
    },
  },
  {
    id: 'nestjs',
    name: 'NestJS',
    kind: 'framework',
    language: 'TypeScript',
    firstRelease: 2017,
    license: 'MIT',
    style: 'modules + dependency injection on Node.js',
    strengths: 'A clear structure of modules and injected services for larger TypeScript codebases.',
    uses: 'APIs and microservices built by teams that want firm structure on Node.js.',
    namedInSource: false,
    ratings: {
      learningCurve: r(3, 'Modules, decorators and dependency injection are extra concepts on top of TypeScript.'),
      performance: r(4, 'Runs on Express or Fastify, so it inherits the Node.js foundation.'),
      batteriesIncluded: r(4, 'Structure, validation, testing helpers and many official integrations.'),
      community: r(4, 'Well established among TypeScript backend teams.'),
      jobMarket: r(3, 'Growing demand, mostly in TypeScript-first companies.'),
    },
  },
  {
    id: 'gin',
    name: 'Gin',
    kind: 'framework',
    language: 'Go',
    firstRelease: 2014,
    license: 'MIT',
    style: 'minimal HTTP router/middleware',
    strengths: 'A fast router with middleware in a compiled language that ships as a single binary.',
    uses: 'High-throughput APIs and small cloud services.',
    namedInSource: false,
    ratings: {
      learningCurve: r(4, 'The API is small; the main step is learning Go itself, which is a compact language.'),
      performance: r(5, 'Compiled Go with a lean router handles high load with little memory.'),
      batteriesIncluded: r(1, 'Routing, binding and middleware; storage and auth are up to you.'),
      community: r(4, 'The most popular Go web framework, inside a growing Go community.'),
      jobMarket: r(3, 'Go roles are growing, but many teams use the standard library instead.'),
    },
  },
  {
    id: 'phoenix',
    name: 'Phoenix',
    kind: 'framework',
    language: 'Elixir',
    firstRelease: 2014,
    license: 'MIT',
    style: 'full-stack on the BEAM, real-time channels',
    strengths: 'Real-time channels and huge numbers of concurrent connections on the fault-tolerant BEAM.',
    uses: 'Chat, live dashboards and other apps that push updates to many users at once.',
    namedInSource: false,
    ratings: {
      learningCurve: r(2, 'Elixir, functional style and the BEAM process model are new ground for most.'),
      performance: r(4, 'Excellent at many concurrent connections, more modest at raw number crunching.'),
      batteriesIncluded: r(4, 'Generators, the Ecto data layer, channels and live views come with it.'),
      community: r(2, 'Small but active and helpful; fewer ready-made libraries.'),
      jobMarket: r(2, 'Relatively few openings, though they are often at interesting companies.'),
    },
  },
]

const byId = new Map(FRAMEWORKS.map((framework) => [framework.id, framework]))

/** Looks a framework (or runtime) up by id. */
export function frameworkById(id: string): Framework | undefined {
  return byId.get(id)
}

/** The rows that can be rated and ranked (everything but runtimes). */
export const RATED_FRAMEWORKS: readonly FrameworkEntry[] = FRAMEWORKS.filter(
  (f): f is FrameworkEntry => f.kind === 'framework',
)
