import type { ShippedPack } from './shipped-pack'

/** A Go track: the language, its concurrency, modules, tests and tools, and backend services built with it. */
export const GO_TRACK_PACK: ShippedPack = {
  id: 'go-track',
  title: 'Go track',
  description:
    'Backend development in Go, from the language and its goroutines to modules, tests and tooling, then HTTP services, databases and running them in production.',
  packVersion: 1,
  categories: [
    { id: 'go-language', title: 'The Go language' },
    { id: 'go-backend', title: 'Backend services in Go' },
  ],
  skills: [
    {
      id: 'go-basics',
      title: 'Go language basics',
      category: 'go-language',
      summary:
        'Go is a small, statically typed, compiled language designed for networked services. Learn its handful of types and control structures, and its habit of returning errors as ordinary values.',
      subtopics: [
        {
          id: 'go-first-program',
          title: 'Installing Go and running a first program',
          resources: [
            { title: 'Go tutorial: Get started with Go', url: 'https://go.dev/doc/tutorial/getting-started' },
          ],
        },
        {
          id: 'go-variables-types',
          title: 'Variables, constants, zero values and the basic types',
          resources: [{ title: 'A Tour of Go', url: 'https://go.dev/tour/' }],
        },
        { id: 'go-control-flow', title: 'if, switch and for (the only loop Go has)' },
        { id: 'go-functions', title: 'Functions with several return values' },
        { id: 'go-slices-maps', title: 'Arrays, slices and maps' },
        { id: 'go-pointers', title: 'Pointers, and when to use them' },
        {
          id: 'go-errors',
          title: 'Errors as values: wrapping with %w, errors.Is and errors.As',
          resources: [{ title: 'Package errors', url: 'https://pkg.go.dev/errors' }],
        },
        { id: 'go-defer-panic', title: 'defer, panic and recover' },
      ],
    },
    {
      id: 'go-types',
      title: 'Structs, methods and interfaces',
      category: 'go-language',
      summary:
        'Go has no classes and no inheritance. You model data with structs, attach methods to types and describe behaviour with small interfaces, which a type satisfies simply by having the right methods.',
      subtopics: [
        { id: 'go-structs', title: 'Structs and composite literals' },
        { id: 'go-methods', title: 'Methods with value or pointer receivers' },
        { id: 'go-interfaces', title: 'Interfaces, satisfied implicitly (there is no implements keyword)' },
        { id: 'go-embedding', title: 'Embedding instead of inheritance' },
        { id: 'go-type-switches', title: 'Type assertions and type switches' },
        {
          id: 'go-generics',
          title: 'Generics: type parameters and constraints',
          resources: [
            { title: 'Go tutorial: Getting started with generics', url: 'https://go.dev/doc/tutorial/generics' },
          ],
        },
        {
          id: 'go-idioms',
          title: 'Idiomatic Go: naming, useful zero values, small interfaces',
          resources: [{ title: 'Effective Go', url: 'https://go.dev/doc/effective_go' }],
        },
      ],
    },
    {
      id: 'go-concurrency',
      title: 'Concurrency',
      category: 'go-language',
      summary:
        'Goroutines are cheap functions that run concurrently, and channels pass values between them. Starting concurrent work in Go is easy; the skill is making it stop cleanly and never race on shared data.',
      subtopics: [
        { id: 'go-goroutines', title: 'Goroutines' },
        { id: 'go-channels', title: 'Channels: unbuffered, buffered and closed' },
        { id: 'go-select', title: 'select over several channels, with timeouts' },
        {
          id: 'go-sync',
          title: 'Mutex, WaitGroup and Once from the sync package',
          resources: [{ title: 'Package sync', url: 'https://pkg.go.dev/sync' }],
        },
        {
          id: 'go-context',
          title: 'Cancellation and deadlines with context',
          resources: [{ title: 'Package context', url: 'https://pkg.go.dev/context' }],
        },
        {
          id: 'go-race-detector',
          title: 'Finding data races with the -race flag',
          resources: [{ title: 'Data Race Detector', url: 'https://go.dev/doc/articles/race_detector' }],
        },
        { id: 'go-concurrency-patterns', title: 'Worker pools, pipelines and errgroup' },
        { id: 'go-goroutine-leaks', title: 'Goroutines that never finish, and how to avoid them' },
      ],
    },
    {
      id: 'go-modules',
      title: 'Modules and packages',
      category: 'go-language',
      summary:
        'A Go module is a versioned set of packages described by its go.mod file. Learn how packages are laid out, how imports and exported names work, and how dependencies are added, upgraded and verified.',
      subtopics: [
        {
          id: 'go-packages',
          title: 'Packages, imports and exported names',
          resources: [{ title: 'How to Write Go Code', url: 'https://go.dev/doc/code' }],
        },
        {
          id: 'go-mod-files',
          title: 'go.mod, go.sum and major versions in the module path',
          resources: [{ title: 'Go Modules Reference', url: 'https://go.dev/ref/mod' }],
        },
        {
          id: 'go-dependencies',
          title: 'Adding, upgrading and tidying dependencies',
          resources: [{ title: 'Managing dependencies', url: 'https://go.dev/doc/modules/managing-dependencies' }],
        },
        {
          id: 'go-project-layout',
          title: 'Laying out a module: cmd, internal and packages',
          resources: [{ title: 'Organizing a Go module', url: 'https://go.dev/doc/modules/layout' }],
        },
        { id: 'go-workspaces', title: 'Working on several modules at once with go.work' },
        { id: 'go-publishing', title: 'Tagging and publishing a module version' },
      ],
    },
    {
      id: 'go-testing',
      title: 'Testing',
      category: 'go-language',
      summary:
        'Testing is built into the toolchain: a file ending in _test.go and the go test command are all you need. Table-driven tests, benchmarks, fuzzing and coverage come with it.',
      subtopics: [
        {
          id: 'go-test-basics',
          title: 'go test and the testing package',
          resources: [{ title: 'Package testing', url: 'https://pkg.go.dev/testing' }],
        },
        { id: 'go-table-tests', title: 'Table-driven tests and subtests with t.Run' },
        {
          id: 'go-httptest',
          title: 'Testing handlers with net/http/httptest',
          resources: [{ title: 'Package httptest', url: 'https://pkg.go.dev/net/http/httptest' }],
        },
        { id: 'go-test-fakes', title: 'Fakes behind small interfaces' },
        { id: 'go-benchmarks', title: 'Benchmarks' },
        {
          id: 'go-fuzzing',
          title: 'Fuzz tests',
          resources: [{ title: 'Go Fuzzing', url: 'https://go.dev/doc/security/fuzz/' }],
        },
        { id: 'go-coverage', title: 'Measuring coverage with -cover' },
      ],
    },
    {
      id: 'go-tooling',
      title: 'Tooling',
      category: 'go-language',
      summary:
        'The go command builds, tests, formats, checks and documents code, and cross-compiles for another system with two environment variables. Learn what comes with it before reaching for anything else.',
      subtopics: [
        {
          id: 'go-command',
          title: 'go build, go run and go install',
          resources: [{ title: 'Command go', url: 'https://pkg.go.dev/cmd/go' }],
        },
        { id: 'go-fmt-vet', title: 'gofmt and go vet' },
        { id: 'go-linters', title: 'Linters such as staticcheck' },
        { id: 'go-cross-compile', title: 'Cross-compiling with GOOS and GOARCH' },
        {
          id: 'go-profiling',
          title: 'Profiling CPU and memory with pprof',
          resources: [{ title: 'Diagnostics', url: 'https://go.dev/doc/diagnostics' }],
        },
        { id: 'go-debugger', title: 'Debugging with Delve' },
        { id: 'go-docs', title: 'Reading and writing documentation with go doc and pkg.go.dev' },
      ],
    },
    {
      id: 'go-http',
      title: 'HTTP services with net/http',
      category: 'go-backend',
      summary:
        'The standard library ships a production-ready HTTP server and client. Many Go services need nothing more than net/http, its request router and a few middleware functions of their own.',
      subtopics: [
        {
          id: 'go-handlers',
          title: 'Handlers and the http.Handler interface',
          resources: [{ title: 'Package net/http', url: 'https://pkg.go.dev/net/http' }],
        },
        { id: 'go-routing', title: 'Routing with ServeMux patterns by method and path (Go 1.22 and later)' },
        { id: 'go-middleware', title: 'Middleware: functions that wrap a handler' },
        {
          id: 'go-json',
          title: 'Encoding and decoding JSON',
          resources: [{ title: 'Package encoding/json', url: 'https://pkg.go.dev/encoding/json' }],
        },
        { id: 'go-http-client', title: 'The HTTP client, always with a timeout' },
        { id: 'go-server-timeouts', title: 'Server read, write and idle timeouts' },
        { id: 'go-request-context', title: 'The request context: cancellation and request-scoped values' },
      ],
    },
    {
      id: 'go-databases',
      title: 'Databases',
      category: 'go-backend',
      summary:
        'The database/sql package puts one interface over many SQL drivers and keeps a pool of connections for you. Pass values as query parameters, close what you open and keep transactions short.',
      subtopics: [
        {
          id: 'go-database-sql',
          title: 'database/sql and drivers',
          resources: [
            {
              title: 'Go tutorial: Accessing a relational database',
              url: 'https://go.dev/doc/tutorial/database-access',
            },
          ],
        },
        { id: 'go-sql-parameters', title: 'Query parameters instead of building SQL strings' },
        { id: 'go-sql-scanning', title: 'Scanning rows and handling NULL' },
        { id: 'go-sql-transactions', title: 'Transactions' },
        { id: 'go-connection-pool', title: 'Tuning the connection pool' },
        { id: 'go-schema-migrations', title: 'Schema migrations' },
        { id: 'go-sql-tools', title: 'Generated code and helpers: sqlc, sqlx and ORMs' },
      ],
    },
    {
      id: 'go-production',
      title: 'Go services in production',
      category: 'go-backend',
      summary:
        'A service is more than its handlers: it reads its configuration, logs in a structured way, shuts down without dropping requests and ships as one small binary, often inside a container.',
      subtopics: [
        { id: 'go-configuration', title: 'Configuration from flags and environment variables' },
        {
          id: 'go-slog',
          title: 'Structured logging with log/slog',
          resources: [{ title: 'Package log/slog', url: 'https://pkg.go.dev/log/slog' }],
        },
        { id: 'go-graceful-shutdown', title: 'Graceful shutdown on a signal with Server.Shutdown' },
        { id: 'go-static-binaries', title: 'Static binaries and small container images' },
        { id: 'go-telemetry', title: 'Metrics and traces with OpenTelemetry' },
        {
          id: 'go-embed',
          title: 'Shipping files inside the binary with embed',
          resources: [{ title: 'Package embed', url: 'https://pkg.go.dev/embed' }],
        },
      ],
    },
  ],
}
