import type { Curriculum, Resource } from '../schemas/curriculum'
import { own } from '../own'

/**
 * Where to learn each built-in sub-topic: official, long-lived documentation (language and
 * database manuals, MDN, OWASP, the Git book, nginx, cloud providers' guides, RFCs), keyed by
 * skill id, then sub-topic id. Labels are the app's own; every address is https.
 */
export const BUILT_IN_LINKS: Readonly<Record<string, Readonly<Record<string, readonly Resource[]>>>> = {
  languages: {
    oop: [
      { title: 'Python tutorial: classes', url: 'https://docs.python.org/3/tutorial/classes.html' },
      {
        title: 'Java tutorials: object-oriented concepts',
        url: 'https://docs.oracle.com/javase/tutorial/java/concepts/',
      },
    ],
    functional: [
      { title: 'Python: functional programming how-to', url: 'https://docs.python.org/3/howto/functional.html' },
    ],
    'declarative-sql': [
      {
        title: 'PostgreSQL manual: the SQL language, a tutorial',
        url: 'https://www.postgresql.org/docs/current/tutorial-sql.html',
      },
    ],
    'one-language-deep': [
      { title: 'The Python tutorial', url: 'https://docs.python.org/3/tutorial/' },
      { title: 'Node.js API reference', url: 'https://nodejs.org/docs/latest/api/' },
      { title: 'Go documentation', url: 'https://go.dev/doc/' },
    ],
    'other-languages': [
      { title: 'A Tour of Go', url: 'https://go.dev/tour/' },
      { title: 'TypeScript handbook', url: 'https://www.typescriptlang.org/docs/handbook/intro.html' },
      { title: 'The Rust book', url: 'https://doc.rust-lang.org/book/' },
    ],
  },
  databases: {
    relational: [
      { title: 'PostgreSQL manual', url: 'https://www.postgresql.org/docs/current/' },
      { title: 'MySQL documentation', url: 'https://dev.mysql.com/doc/' },
    ],
    nosql: [
      { title: 'MongoDB manual', url: 'https://www.mongodb.com/docs/manual/' },
      { title: 'Apache Cassandra documentation', url: 'https://cassandra.apache.org/doc/latest/' },
    ],
    crud: [
      {
        title: 'PostgreSQL manual: INSERT, UPDATE and DELETE',
        url: 'https://www.postgresql.org/docs/current/dml.html',
      },
      { title: 'MongoDB manual: CRUD operations', url: 'https://www.mongodb.com/docs/manual/crud/' },
    ],
    indexes: [{ title: 'PostgreSQL manual: indexes', url: 'https://www.postgresql.org/docs/current/indexes.html' }],
    transactions: [
      {
        title: 'PostgreSQL tutorial: transactions',
        url: 'https://www.postgresql.org/docs/current/tutorial-transactions.html',
      },
      {
        title: 'PostgreSQL manual: transaction isolation',
        url: 'https://www.postgresql.org/docs/current/transaction-iso.html',
      },
    ],
    'query-tuning': [
      {
        title: 'PostgreSQL manual: reading EXPLAIN output',
        url: 'https://www.postgresql.org/docs/current/using-explain.html',
      },
    ],
  },
  apis: {
    'http-methods': [
      { title: 'MDN: HTTP request methods', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Methods' },
      { title: 'RFC 9110: HTTP semantics', url: 'https://www.rfc-editor.org/rfc/rfc9110' },
    ],
    'rest-design': [
      { title: 'MDN: an overview of HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview' },
      {
        title: 'Azure Architecture Center: web API design',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
      },
    ],
    'status-codes': [
      { title: 'MDN: HTTP response status codes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status' },
      { title: 'RFC 9457: problem details for HTTP APIs', url: 'https://www.rfc-editor.org/rfc/rfc9457' },
    ],
    json: [
      { title: 'RFC 8259: the JSON format', url: 'https://www.rfc-editor.org/rfc/rfc8259' },
      {
        title: 'MDN: the JSON object in JavaScript',
        url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON',
      },
    ],
    'graphql-grpc': [
      { title: 'Learn GraphQL', url: 'https://graphql.org/learn/' },
      { title: 'gRPC documentation', url: 'https://grpc.io/docs/' },
    ],
    openapi: [{ title: 'The OpenAPI specification', url: 'https://spec.openapis.org/oas/latest.html' }],
  },
  security: {
    'authn-vs-authz': [
      {
        title: 'OWASP cheat sheet: authentication',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
      },
      {
        title: 'OWASP cheat sheet: authorization',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
      },
    ],
    owasp: [
      { title: 'The OWASP Top 10', url: 'https://owasp.org/www-project-top-ten/' },
      { title: 'OWASP cheat sheet series', url: 'https://cheatsheetseries.owasp.org/' },
    ],
    'password-hashing': [
      {
        title: 'OWASP cheat sheet: password storage',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
      },
    ],
    tls: [
      {
        title: 'OWASP cheat sheet: transport layer security',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html',
      },
      { title: 'RFC 8446: TLS 1.3', url: 'https://www.rfc-editor.org/rfc/rfc8446' },
    ],
    'input-validation': [
      {
        title: 'OWASP cheat sheet: input validation',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
      },
      {
        title: 'OWASP cheat sheet: preventing SQL injection',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
      },
    ],
    secrets: [
      {
        title: 'OWASP cheat sheet: secrets management',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
      },
    ],
  },
  'web-servers': {
    'request-cycle': [
      { title: 'MDN: an overview of HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview' },
    ],
    'static-files': [
      {
        title: 'nginx: beginner’s guide (serving static content)',
        url: 'https://nginx.org/en/docs/beginners_guide.html',
      },
    ],
    'nginx-apache-iis': [
      { title: 'nginx documentation', url: 'https://nginx.org/en/docs/' },
      { title: 'Apache HTTP Server documentation', url: 'https://httpd.apache.org/docs/current/' },
      { title: 'IIS documentation', url: 'https://learn.microsoft.com/en-us/iis/' },
    ],
    'reverse-proxy': [
      { title: 'nginx: the proxy module', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html' },
      { title: 'Apache HTTP Server: mod_proxy', url: 'https://httpd.apache.org/docs/current/mod/mod_proxy.html' },
    ],
    'load-balancing': [
      { title: 'nginx: HTTP load balancing', url: 'https://nginx.org/en/docs/http/load_balancing.html' },
    ],
    'tls-termination': [
      {
        title: 'nginx: configuring HTTPS servers',
        url: 'https://nginx.org/en/docs/http/configuring_https_servers.html',
      },
    ],
  },
  'frontend-basics': {
    html: [{ title: 'MDN: HTML', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML' }],
    css: [{ title: 'MDN: CSS', url: 'https://developer.mozilla.org/en-US/docs/Web/CSS' }],
    javascript: [{ title: 'MDN: JavaScript', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript' }],
    'fetch-api': [
      {
        title: 'MDN: using the Fetch API',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch',
      },
      { title: 'MDN: cross-origin requests (CORS)', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS' },
    ],
  },
  frameworks: {
    'why-frameworks': [
      { title: 'Django at a glance', url: 'https://docs.djangoproject.com/en/stable/intro/overview/' },
    ],
    rails: [{ title: 'Ruby on Rails guides', url: 'https://guides.rubyonrails.org/' }],
    'express-node': [
      { title: 'Express documentation', url: 'https://expressjs.com/' },
      { title: 'Node.js API reference', url: 'https://nodejs.org/docs/latest/api/' },
    ],
    django: [{ title: 'Django documentation', url: 'https://docs.djangoproject.com/en/stable/' }],
    flask: [{ title: 'Flask documentation', url: 'https://flask.palletsprojects.com/' }],
    'one-framework-project': [
      { title: 'Django tutorial: your first app', url: 'https://docs.djangoproject.com/en/stable/intro/tutorial01/' },
      { title: 'Rails guides: getting started', url: 'https://guides.rubyonrails.org/getting_started.html' },
    ],
  },
  'version-control': {
    'git-basics': [
      { title: 'Pro Git, the Git book', url: 'https://git-scm.com/book/en/v2' },
      { title: 'Git reference', url: 'https://git-scm.com/docs' },
    ],
    branching: [
      {
        title: 'Pro Git: branches in a nutshell',
        url: 'https://git-scm.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell',
      },
      { title: 'Pro Git: rebasing', url: 'https://git-scm.com/book/en/v2/Git-Branching-Rebasing' },
    ],
    'pull-requests': [{ title: 'GitHub Docs: pull requests', url: 'https://docs.github.com/en/pull-requests' }],
    hosting: [
      { title: 'GitHub Docs', url: 'https://docs.github.com/en' },
      { title: 'GitLab documentation', url: 'https://docs.gitlab.com/' },
    ],
  },
  dsa: {
    'arrays-lists': [
      {
        title: 'Python tutorial: lists, sets and dictionaries',
        url: 'https://docs.python.org/3/tutorial/datastructures.html',
      },
    ],
    'stacks-queues': [
      {
        title: 'Python: collections.deque',
        url: 'https://docs.python.org/3/library/collections.html#collections.deque',
      },
    ],
    'sorting-searching': [
      { title: 'Python: sorting how-to', url: 'https://docs.python.org/3/howto/sorting.html' },
      { title: 'Python: bisect, binary search', url: 'https://docs.python.org/3/library/bisect.html' },
    ],
    'hash-maps': [{ title: 'Go blog: maps in action', url: 'https://go.dev/blog/maps' }],
    'trees-graphs': [
      { title: 'Python: heapq, a binary heap', url: 'https://docs.python.org/3/library/heapq.html' },
      { title: 'Python: graphlib, ordering a graph', url: 'https://docs.python.org/3/library/graphlib.html' },
    ],
  },
  'testing-debugging': {
    'unit-tests': [
      { title: 'Python: unittest', url: 'https://docs.python.org/3/library/unittest.html' },
      { title: 'Node.js: the test runner', url: 'https://nodejs.org/docs/latest/api/test.html' },
      { title: 'Go: package testing', url: 'https://pkg.go.dev/testing' },
    ],
    'integration-tests': [
      { title: 'Django: testing an application', url: 'https://docs.djangoproject.com/en/stable/topics/testing/' },
    ],
    'test-doubles': [{ title: 'Python: unittest.mock', url: 'https://docs.python.org/3/library/unittest.mock.html' }],
    debugger: [
      { title: 'Python: pdb, the debugger', url: 'https://docs.python.org/3/library/pdb.html' },
      { title: 'Node.js: the built-in debugger', url: 'https://nodejs.org/docs/latest/api/debugger.html' },
    ],
    logging: [
      { title: 'Python: logging how-to', url: 'https://docs.python.org/3/howto/logging.html' },
      { title: 'Go: structured logging with log/slog', url: 'https://pkg.go.dev/log/slog' },
    ],
    profiling: [
      { title: 'Python: the profilers', url: 'https://docs.python.org/3/library/profile.html' },
      { title: 'Go: diagnostics and profiling', url: 'https://go.dev/doc/diagnostics' },
    ],
  },
  serverless: {
    'functions-platforms': [
      { title: 'AWS Lambda developer guide', url: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html' },
      {
        title: 'Azure Functions overview',
        url: 'https://learn.microsoft.com/en-us/azure/azure-functions/functions-overview',
      },
    ],
    gcp: [
      { title: 'Google Cloud Functions documentation', url: 'https://cloud.google.com/functions/docs' },
      { title: 'Cloud Run documentation', url: 'https://cloud.google.com/run/docs' },
    ],
    'event-triggers': [
      {
        title: 'Azure Functions: triggers and bindings',
        url: 'https://learn.microsoft.com/en-us/azure/azure-functions/functions-triggers-bindings',
      },
    ],
    'cold-starts': [
      {
        title: 'AWS Lambda: the execution environment lifecycle',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
      },
    ],
  },
  communication: {
    'explain-clearly': [
      { title: 'Google’s technical writing courses', url: 'https://developers.google.com/tech-writing' },
    ],
    'frontend-collab': [{ title: 'The OpenAPI specification', url: 'https://spec.openapis.org/oas/latest.html' }],
    'asking-questions': [
      { title: 'Stack Overflow: how to ask a good question', url: 'https://stackoverflow.com/help/how-to-ask' },
    ],
  },
  'problem-solving': {
    troubleshooting: [
      {
        title: 'Google SRE book: effective troubleshooting',
        url: 'https://sre.google/sre-book/effective-troubleshooting/',
      },
    ],
    'slow-queries': [
      {
        title: 'PostgreSQL manual: reading EXPLAIN output',
        url: 'https://www.postgresql.org/docs/current/using-explain.html',
      },
    ],
    'data-safety': [{ title: 'The OWASP Top 10', url: 'https://owasp.org/www-project-top-ten/' }],
    'root-cause': [
      { title: 'Google SRE book: postmortem culture', url: 'https://sre.google/sre-book/postmortem-culture/' },
    ],
  },
  'critical-thinking': {
    patterns: [{ title: 'Catalog of enterprise application patterns', url: 'https://martinfowler.com/eaaCatalog/' }],
    'trade-offs': [
      {
        title: 'AWS Well-Architected Framework',
        url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
      },
      { title: 'Azure Well-Architected Framework', url: 'https://learn.microsoft.com/en-us/azure/well-architected/' },
    ],
  },
  adaptability: {
    'learn-fast': [{ title: 'Diátaxis: how documentation is organised', url: 'https://diataxis.fr/' }],
    evaluate: [{ title: 'Thoughtworks Technology Radar', url: 'https://www.thoughtworks.com/radar' }],
  },
}

/**
 * Which release of BUILT_IN_LINKS a curriculum made now carries. Raise it when links are added
 * for sub-topics that had none: a learner's curriculum from before is then given them once.
 */
export const BUILT_IN_LINKS_RELEASE = 1

/** The built-in links of one sub-topic (copies), or none. */
export function builtInLinksOf(skillId: string, subtopicId: string): Resource[] {
  const skill = own(BUILT_IN_LINKS, skillId)
  const links = skill && own(skill, subtopicId)
  return (links ?? []).map((link) => ({ ...link }))
}

/**
 * A curriculum from before the current release of built-in links, given them: each built-in
 * sub-topic (found by its skill's id and its own, so a renamed one counts) that still has no
 * links gets the built-in ones; a sub-topic with links of the learner's keeps only
 * those. Done once per release (the curriculum records it), so links the learner removes later
 * stay removed. A curriculum already up to date comes back as it is.
 */
export function withBuiltInLinks(curriculum: Curriculum): Curriculum {
  if ((curriculum.builtInLinks ?? 0) >= BUILT_IN_LINKS_RELEASE) return curriculum
  const skills = curriculum.skills.map((skill) => ({
    ...skill,
    subtopics: skill.subtopics.map((sub) =>
      sub.resources.length > 0 ? sub : { ...sub, resources: builtInLinksOf(skill.id, sub.id) },
    ),
  }))
  return { ...curriculum, skills, builtInLinks: BUILT_IN_LINKS_RELEASE }
}
