import type { Curriculum, FrameworkRow } from '../schemas/curriculum'

/** One review card: a short question and a short answer, tied to the skill it tests. */
export interface ReviewCard {
  id: string
  skillId: string
  front: string
  back: string
  /** The note a card written inside a note comes from. */
  noteId?: string
}

type Row = readonly [id: string, skillId: string, front: string, back: string]

const rows: Row[] = [
  // Frequently asked questions, in the app's own words.
  [
    'faq-front-vs-back',
    'frontend-basics',
    'How do the frontend and the backend differ?',
    'The frontend is the part people see and click; the backend runs on servers and powers it with data and logic.',
  ],
  [
    'faq-learn-first',
    'languages',
    'What should a new backend learner pick up first?',
    'One server-side language, then CRUD against a database and handing that data to a frontend, then APIs over HTTP, and Git.',
  ],
  [
    'faq-problem-solving',
    'problem-solving',
    'Give two everyday backend problems that call for problem-solving.',
    'Making a slow database query fast, and keeping stored data safe from leaks.',
  ],
  [
    'faq-collaboration',
    'communication',
    'Who does a backend developer work with day to day?',
    'Frontend developers, designers and project managers, agreeing timelines, goals and requirements.',
  ],
  [
    'faq-dsa-required',
    'dsa',
    'Is data structures and algorithms knowledge required for backend work?',
    'Useful rather than strictly required; know arrays, linked lists, stacks, queues, sorting and searching.',
  ],
  [
    'faq-nodejs-runtime',
    'frameworks',
    'Is Node.js a framework?',
    'No: it is a JavaScript runtime built on V8; frameworks such as Express run on top of it.',
  ],
  // Interview topics.
  [
    'iv-dsa-topics',
    'dsa',
    'Which data-structure topics come up most in backend interviews?',
    'Arrays, strings, linked lists, recursion, hash tables, graphs and trees.',
  ],
  [
    'iv-system-design',
    'critical-thinking',
    'Name four system design topics an interviewer may probe.',
    'Any of: databases, network protocols, sharding, load balancing, caching, file systems, transaction processing, servers.',
  ],
  [
    'iv-sharding',
    'databases',
    'What is sharding?',
    'Splitting one dataset across several database servers by a key, so each holds and serves only part of it.',
  ],
  [
    'iv-load-balancing',
    'web-servers',
    'What does a load balancer do?',
    'Spreads incoming requests over several servers so none is overloaded and one can fail without an outage.',
  ],
  [
    'iv-caching',
    'problem-solving',
    'Why add a cache in front of a database?',
    'To answer repeated reads from fast memory, cutting latency and load on the database.',
  ],
  [
    'iv-oltp',
    'databases',
    'What kind of work does online transaction processing (OLTP) describe?',
    'Many small, short reads and writes, each a transaction, such as placing an order.',
  ],
  [
    'iv-hash-table',
    'dsa',
    'How fast is a lookup in a hash table on average?',
    'Constant time, O(1), because the key is hashed straight to its bucket.',
  ],
  [
    'iv-recursion',
    'dsa',
    'What must every recursive function have?',
    'A base case that stops the recursion, and a step that moves toward it.',
  ],
  // Sub-topics of the skills.
  [
    'st-oop-vs-functional',
    'languages',
    'How does object-oriented code differ from functional code?',
    'Object-oriented code is built from reusable classes and objects; functional code composes functions with little shared state.',
  ],
  [
    'st-oop-examples',
    'languages',
    'Name three object-oriented backend languages.',
    'For example Java, C# on .NET, and Python.',
  ],
  [
    'st-functional-examples',
    'languages',
    'Name two functional languages and one declarative one.',
    'Clojure and Haskell; SQL is declarative.',
  ],
  [
    'st-sql-vs-nosql',
    'databases',
    'How do relational and NoSQL databases store data?',
    'Relational ones keep linked tables queried with SQL; NoSQL stores keep flexible documents (JSON, XML) without a fixed schema.',
  ],
  [
    'st-sql-examples',
    'databases',
    'Name two relational and two NoSQL databases.',
    'PostgreSQL and MySQL; MongoDB and Cassandra.',
  ],
  [
    'st-acid',
    'databases',
    'What does ACID stand for?',
    'Atomicity, consistency, isolation, durability: the guarantees of a database transaction.',
  ],
  [
    'st-index',
    'databases',
    'What does a database index buy you, and at what cost?',
    'Much faster lookups on the indexed columns, paid for with slower writes and extra storage.',
  ],
  [
    'st-http-methods',
    'apis',
    'Which HTTP method reads, creates, replaces and deletes?',
    'GET reads, POST creates, PUT replaces, DELETE removes.',
  ],
  [
    'st-status-codes',
    'apis',
    'What do status codes in the 2xx, 4xx and 5xx ranges mean?',
    '2xx success, 4xx the client sent something wrong, 5xx the server failed.',
  ],
  [
    'st-api-role',
    'apis',
    'What is an API for, from a backend point of view?',
    'It is the agreed interface through which other programs, such as the frontend, ask the backend for data and actions.',
  ],
  ['st-graphql-grpc', 'apis', 'Name two alternatives to REST APIs.', 'GraphQL and gRPC.'],
  [
    'st-authn-authz',
    'security',
    'What is the difference between authentication and authorization?',
    'Authentication proves who you are; authorization decides what you are allowed to do.',
  ],
  [
    'st-password-storage',
    'security',
    'How should a backend store passwords?',
    'Never in plain text: as slow, salted hashes (for example bcrypt or Argon2).',
  ],
  [
    'st-owasp',
    'security',
    'What is the OWASP Top 10?',
    'A regularly updated list of the most critical security risks to web applications.',
  ],
  [
    'st-web-server',
    'web-servers',
    'What is a web server?',
    'A program on an always-on machine that accepts requests and sends back files and answers to clients.',
  ],
  [
    'st-web-server-examples',
    'web-servers',
    'Name three widely used web servers.',
    'Nginx, Apache HTTP Server and Microsoft IIS.',
  ],
  [
    'st-reverse-proxy',
    'web-servers',
    'What does a reverse proxy do?',
    'Sits in front of app servers, receives client requests and forwards them, often also terminating TLS.',
  ],
  [
    'st-frontend-trio',
    'frontend-basics',
    'Which three languages make up the frontend basics?',
    'HTML for structure, CSS for presentation, JavaScript for behaviour.',
  ],
  [
    'st-framework-why',
    'frameworks',
    'What does a backend framework give you?',
    'Ready-made, tested parts (routing, data access, security helpers) so you write only what is unique to your app.',
  ],
  [
    'st-vcs-why',
    'version-control',
    'What does version control do for you?',
    'Records every change, lets you return to any earlier version and keeps team work from colliding.',
  ],
  [
    'st-vcs-hosts',
    'version-control',
    'Name three services that host Git repositories.',
    'GitHub, GitLab and AWS CodeCommit.',
  ],
  [
    'st-merge-rebase',
    'version-control',
    'How do merge and rebase differ?',
    'Merge joins two branches with a merge commit; rebase replays your commits on top of the other branch for a straight history.',
  ],
  [
    'st-stack-queue',
    'dsa',
    'How do a stack and a queue differ?',
    'A stack is last in, first out; a queue is first in, first out.',
  ],
  [
    'st-binary-search',
    'dsa',
    'What does binary search need, and how fast is it?',
    'A sorted collection; it finds an item in O(log n) steps.',
  ],
  [
    'st-unit-vs-integration',
    'testing-debugging',
    'How does a unit test differ from an integration test?',
    'A unit test checks one small piece in isolation; an integration test checks that parts work together.',
  ],
  ['st-profiler', 'testing-debugging', 'Which tool tells you where a program spends its time?', 'A profiler.'],
  [
    'st-serverless-platforms',
    'serverless',
    'Name two serverless function platforms.',
    'AWS Lambda and Azure Functions (also Google Cloud Functions).',
  ],
  [
    'st-cold-start',
    'serverless',
    'What is a cold start?',
    'The extra delay when a serverless platform must start a fresh instance before running your function.',
  ],
  [
    'st-serverless-why',
    'serverless',
    'Why do teams choose serverless?',
    'It scales on its own and bills per use, which can cut cost and operations work.',
  ],
  [
    'st-communication',
    'communication',
    'Why does communication matter for a backend developer?',
    'Ideas must be explained clearly to teammates, clients and managers, and their needs understood.',
  ],
  [
    'st-critical-thinking',
    'critical-thinking',
    'What does critical thinking look like in backend design?',
    'Breaking a complex problem into parts, spotting patterns and designing step by step.',
  ],
  [
    'st-adaptability',
    'adaptability',
    'Why is adapting to new technology a core backend skill?',
    'Tools, frameworks and paradigms keep changing, so learning new ones quickly keeps you effective.',
  ],
]

// The fixed cards; the framework cards are made from the learner's framework rows (below).
const FIXED_CARDS: readonly ReviewCard[] = rows.map(([id, skillId, front, back]) => ({ id, skillId, front, back }))

/**
 * Three cards per framework row (language, first release, licence), asked from the row as the
 * learner has it, edits included (a fact left blank gives no card). Ids come from the row's id,
 * so a schedule follows the row.
 */
export function frameworkCards(frameworks: readonly FrameworkRow[]): ReviewCard[] {
  return frameworks
    .flatMap(({ id, name, language, firstRelease, license }): ReviewCard[] => [
      {
        id: `fw-${id}-language`,
        skillId: 'frameworks',
        front: `Which language do you write ${name} code in?`,
        back: language,
      },
      {
        id: `fw-${id}-release`,
        skillId: 'frameworks',
        front: `In which year did ${name} first come out?`,
        back: String(firstRelease),
      },
      {
        id: `fw-${id}-license`,
        skillId: 'frameworks',
        front: `Under which licence is ${name} published?`,
        back: license,
      },
    ])
    .filter((card) => card.back.trim() !== '')
}

/** Every card the curriculum gives (the fixed ones, then those of its framework rows), each with a stable id. */
export function curriculumCards(curriculum: Curriculum): ReviewCard[] {
  return [...FIXED_CARDS, ...frameworkCards(curriculum.frameworks)]
}

/** Looks one of the curriculum's cards up by id. */
export function curriculumCardById(curriculum: Curriculum, id: string): ReviewCard | undefined {
  return curriculumCards(curriculum).find((card) => card.id === id)
}
