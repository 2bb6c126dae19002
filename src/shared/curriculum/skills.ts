/** A category id: the built-in ones are technical and soft; the learner may add their own. */
export type SkillCategory = string

/** One thing inside a skill the learner can tick off. */
export interface Subtopic {
  id: string
  title: string
  /** Links to learn it from (https only); the built-in ones are in builtin-links.ts. */
  resources?: readonly { title: string; url: string }[]
}

/** One skill of the curriculum, in the app's own words. */
export interface Skill {
  id: string
  title: string
  category: SkillCategory
  summary: string
  subtopics: readonly Subtopic[]
  /** Hidden skills leave progress figures, readiness and reports, keeping all they hold. */
  hidden?: boolean
}

/** Display names of the built-in categories (the seed of a new curriculum). */
export const CATEGORY_LABELS: Record<string, string> = {
  technical: 'Technical skills',
  soft: 'Soft skills',
}

/** The fifteen built-in skills, in the order a learner meets them: the seed of a new curriculum (read the learner's from the state). */
export const SKILLS: readonly Skill[] = [
  {
    id: 'languages',
    title: 'Backend programming languages',
    category: 'technical',
    summary:
      'Pick one server-side language and get fluent in it. Most fall into two camps: object-oriented languages organise code around classes and objects you reuse, while functional ones compose pure functions and avoid shared mutable state.',
    subtopics: [
      { id: 'oop', title: 'Object-oriented style: classes, objects, reuse (Java, C#/.NET, Python)' },
      { id: 'functional', title: 'Functional style: pure functions, little shared state (Clojure, Haskell)' },
      { id: 'declarative-sql', title: 'Declarative thinking with SQL' },
      { id: 'one-language-deep', title: 'One language learned in depth' },
      { id: 'other-languages', title: 'A look at Go, Ruby, PHP, TypeScript on Node.js, Kotlin or Rust' },
    ],
  },
  {
    id: 'databases',
    title: 'Databases',
    category: 'technical',
    summary:
      'Almost every backend stores data. Relational databases keep it in linked tables you query with SQL; NoSQL stores trade a fixed schema for flexible documents. Know both, and when each fits.',
    subtopics: [
      { id: 'relational', title: 'Relational tables and SQL (PostgreSQL, MySQL)' },
      { id: 'nosql', title: 'Schema-less document stores (MongoDB, Cassandra)' },
      { id: 'crud', title: 'Create, read, update, delete from code' },
      { id: 'indexes', title: 'Indexes and why queries get slow' },
      { id: 'transactions', title: 'Transactions and ACID guarantees' },
      { id: 'normalization', title: 'Normalising a schema' },
      { id: 'query-tuning', title: 'Reading query plans and tuning queries' },
    ],
  },
  {
    id: 'apis',
    title: 'APIs',
    category: 'technical',
    summary:
      'An API is the agreed way two programs talk. On the web that usually means HTTP requests such as GET, POST, PUT and DELETE, and the backend answers with the data the frontend needs.',
    subtopics: [
      { id: 'http-methods', title: 'HTTP methods: GET, POST, PUT, DELETE' },
      { id: 'rest-design', title: 'Designing REST resources and URLs' },
      { id: 'status-codes', title: 'Status codes and error responses' },
      { id: 'json', title: 'JSON payloads' },
      { id: 'graphql-grpc', title: 'Alternatives: GraphQL and gRPC' },
      { id: 'openapi', title: 'Documenting an API with OpenAPI' },
    ],
  },
  {
    id: 'security',
    title: 'Security awareness',
    category: 'technical',
    summary:
      'A backend guards user data. Learn the common ways web apps get broken into, the habits that prevent them, and the difference between proving who someone is and deciding what they may do.',
    subtopics: [
      { id: 'authn-vs-authz', title: 'Authentication versus authorization' },
      { id: 'owasp', title: 'The OWASP Top 10 risks' },
      { id: 'password-hashing', title: 'Storing passwords as slow salted hashes' },
      { id: 'tls', title: 'HTTPS and TLS' },
      { id: 'input-validation', title: 'Validating every input' },
      { id: 'secrets', title: 'Keeping secrets out of code' },
    ],
  },
  {
    id: 'web-servers',
    title: 'Web servers',
    category: 'technical',
    summary:
      'A web server is a program on an always-on machine that accepts requests and sends back pages, files and API answers. Knowing how to configure one makes deployments far less mysterious.',
    subtopics: [
      { id: 'request-cycle', title: 'How a request is received and answered' },
      { id: 'static-files', title: 'Serving HTML, CSS and JavaScript files' },
      { id: 'nginx-apache-iis', title: 'Nginx, Apache HTTP Server and IIS' },
      { id: 'reverse-proxy', title: 'Reverse proxying to an app server' },
      { id: 'load-balancing', title: 'Load balancing' },
      { id: 'tls-termination', title: 'Terminating TLS at the server' },
    ],
  },
  {
    id: 'frontend-basics',
    title: 'Frontend basics',
    category: 'technical',
    summary:
      'You do not need to be a designer, but you should read and write enough HTML, CSS and JavaScript to plug your API into a page and build a simple, usable interface.',
    subtopics: [
      { id: 'html', title: 'HTML structure' },
      { id: 'css', title: 'CSS layout and styling' },
      { id: 'javascript', title: 'JavaScript in the browser' },
      { id: 'fetch-api', title: 'Calling your API from a page' },
    ],
  },
  {
    id: 'frameworks',
    title: 'Backend frameworks',
    category: 'technical',
    summary:
      'A framework hands you tested building blocks (routing, data access, templates, security helpers) for one language, so you write the parts unique to your app. Compare them in the Frameworks view.',
    subtopics: [
      { id: 'why-frameworks', title: 'What a framework gives you over plain code' },
      { id: 'rails', title: 'Ruby on Rails' },
      { id: 'express-node', title: 'Express on the Node.js runtime' },
      { id: 'django', title: 'Django' },
      { id: 'flask', title: 'Flask' },
      { id: 'one-framework-project', title: 'One real project in a framework' },
    ],
  },
  {
    id: 'version-control',
    title: 'Version control',
    category: 'technical',
    summary:
      'Version control records every change to your code, lets you go back to any earlier version and keeps the work of a team from colliding. Git is the standard; hosted services add reviews on top.',
    subtopics: [
      { id: 'git-basics', title: 'Commits and history in Git' },
      { id: 'branching', title: 'Branches, merges and rebases' },
      { id: 'pull-requests', title: 'Pull requests and code review' },
      { id: 'hosting', title: 'Hosting: GitHub, GitLab, AWS CodeCommit' },
    ],
  },
  {
    id: 'dsa',
    title: 'Data structures and algorithms',
    category: 'technical',
    summary:
      'Choosing the right structure and algorithm decides how fast your code finds data and how much memory it needs. Interviews lean on this heavily, even where daily work does not.',
    subtopics: [
      { id: 'arrays-lists', title: 'Arrays and linked lists' },
      { id: 'stacks-queues', title: 'Stacks and queues' },
      { id: 'sorting-searching', title: 'Sorting and searching' },
      { id: 'hash-maps', title: 'Hash maps' },
      { id: 'trees-graphs', title: 'Trees and graphs' },
      { id: 'big-o', title: 'Big-O complexity' },
    ],
  },
  {
    id: 'testing-debugging',
    title: 'Testing and debugging',
    category: 'technical',
    summary:
      'Tests catch mistakes before users do, and good debugging habits find the rest quickly. Learn a unit-test framework, your debugger, and how to read logs.',
    subtopics: [
      { id: 'unit-tests', title: 'Unit tests with a test framework' },
      { id: 'integration-tests', title: 'Integration tests' },
      { id: 'test-doubles', title: 'Test doubles: fakes, stubs and mocks' },
      { id: 'debugger', title: 'Stepping through code in a debugger' },
      { id: 'logging', title: 'Useful logging' },
      { id: 'profiling', title: 'Finding slow code with a profiler' },
    ],
  },
  {
    id: 'serverless',
    title: 'Serverless architecture',
    category: 'technical',
    summary:
      'With serverless platforms you deploy functions and the provider runs, scales and bills them per use. It can cut costs and operations work, with trade-offs such as cold starts.',
    subtopics: [
      { id: 'functions-platforms', title: 'AWS Lambda and Azure Functions' },
      { id: 'gcp', title: 'Google Cloud Functions and Cloud Run' },
      { id: 'event-triggers', title: 'Event triggers' },
      { id: 'cold-starts', title: 'Cold starts and their cost' },
      { id: 'when-serverless', title: 'When serverless is and is not a good fit' },
    ],
  },
  {
    id: 'communication',
    title: 'Communication',
    category: 'soft',
    summary:
      'Backend work is team work. Explaining an idea clearly to teammates, clients and managers, and listening to theirs, saves more time than any tool.',
    subtopics: [
      { id: 'explain-clearly', title: 'Explaining a technical idea plainly' },
      { id: 'frontend-collab', title: 'Agreeing API contracts with frontend developers' },
      { id: 'written-updates', title: 'Short written status updates' },
      { id: 'asking-questions', title: 'Asking good questions' },
    ],
  },
  {
    id: 'problem-solving',
    title: 'Problem-solving',
    category: 'soft',
    summary:
      'When a site slows down or breaks, someone has to find out why and fix it. Practise breaking problems down, from a slow database query to a data leak waiting to happen.',
    subtopics: [
      { id: 'troubleshooting', title: 'Troubleshooting a failing system step by step' },
      { id: 'slow-queries', title: 'Speeding up a slow database query' },
      { id: 'data-safety', title: 'Spotting risks to data security' },
      { id: 'root-cause', title: 'Finding the root cause, not just the symptom' },
    ],
  },
  {
    id: 'critical-thinking',
    title: 'Critical thinking',
    category: 'soft',
    summary:
      'Good backend design comes from analysing a problem before coding it: spotting patterns, weighing options and building systems step by step rather than by accident.',
    subtopics: [
      { id: 'analyse', title: 'Analysing a complex problem into parts' },
      { id: 'patterns', title: 'Recognising recurring patterns' },
      { id: 'trade-offs', title: 'Weighing trade-offs between designs' },
    ],
  },
  {
    id: 'adaptability',
    title: 'Adapting to new technology',
    category: 'soft',
    summary:
      'Tools, frameworks and ideas in backend work change every year. The lasting skill is learning new ones quickly and judging which are worth adopting.',
    subtopics: [
      { id: 'learn-fast', title: 'Learning a new tool from its documentation' },
      { id: 'evaluate', title: 'Judging whether a new technology is worth it' },
      { id: 'keep-up', title: 'A habit for keeping up with the field' },
    ],
  },
]

const byId = new Map(SKILLS.map((skill) => [skill.id, skill]))

/** Looks a skill up by id. */
export function skillById(id: string): Skill | undefined {
  return byId.get(id)
}
