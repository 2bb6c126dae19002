import type { ShippedPack } from './shipped-pack'

/** System design basics: the building blocks of systems that serve many users, and two small designs to practise on. */
export const SYSTEM_DESIGN_PACK: ShippedPack = {
  id: 'system-design',
  title: 'System design basics',
  description:
    'How systems that serve many users are put together: scaling, caching, load balancing, storage, consistency, queues and rate limits, then whole designs to practise on.',
  packVersion: 1,
  categories: [
    { id: 'sd-foundations', title: 'System design building blocks' },
    { id: 'sd-practice', title: 'Designing whole systems' },
  ],
  skills: [
    {
      id: 'sd-requirements',
      title: 'Requirements and estimates',
      category: 'sd-foundations',
      summary:
        'Before drawing any boxes, pin down what the system must do, how many people will use it and how quickly it must answer. Rough numbers for traffic and storage show which problems are real and which can wait.',
      subtopics: [
        { id: 'sd-functional-requirements', title: 'Functional requirements: what the system must do' },
        {
          id: 'sd-non-functional-requirements',
          title: 'Non-functional requirements: latency, availability, durability',
        },
        { id: 'sd-back-of-envelope', title: 'Back-of-the-envelope estimates of requests per second and storage' },
        { id: 'sd-read-write-ratio', title: 'The read-to-write ratio and how it shapes a design' },
        {
          id: 'sd-availability-targets',
          title: 'Availability targets: what 99.9% allows (under 9 hours of downtime a year)',
        },
        { id: 'sd-latency-numbers', title: 'Orders of magnitude: memory, disk, network, another region' },
      ],
    },
    {
      id: 'sd-scaling',
      title: 'Scaling',
      category: 'sd-foundations',
      summary:
        'When one machine is no longer enough, you can buy a bigger one or add more of the same. Adding machines goes much further, but only once servers keep no state of their own between requests.',
      subtopics: [
        { id: 'sd-vertical-horizontal', title: 'Vertical versus horizontal scaling' },
        { id: 'sd-stateless-services', title: 'Stateless services, and where session state goes instead' },
        { id: 'sd-read-replicas', title: 'Read replicas for read-heavy databases' },
        { id: 'sd-sharding', title: 'Sharding data across databases by a partition key' },
        { id: 'sd-consistent-hashing', title: 'Consistent hashing, so adding a node moves little data' },
        { id: 'sd-autoscaling', title: 'Autoscaling with load' },
        { id: 'sd-bottlenecks', title: 'Finding the real bottleneck before scaling anything' },
      ],
    },
    {
      id: 'sd-caching',
      title: 'Caching',
      category: 'sd-foundations',
      summary:
        'A cache keeps a copy of data close to where it is needed, so most requests skip the slow path. Adding one is easy; the hard part is deciding how long a copy may live and what happens when it is out of date.',
      subtopics: [
        { id: 'sd-cache-layers', title: 'Where caches sit: browser, CDN, application, database' },
        { id: 'sd-cache-patterns', title: 'Cache-aside, read-through and write-through' },
        { id: 'sd-cache-invalidation', title: 'Expiry times and invalidation' },
        {
          id: 'sd-cache-eviction',
          title: 'Eviction policies such as least recently used',
          resources: [
            {
              title: 'Redis documentation: key eviction',
              url: 'https://redis.io/docs/latest/develop/reference/eviction/',
            },
          ],
        },
        {
          id: 'sd-http-caching',
          title: 'HTTP caching headers: Cache-Control, ETag and conditional requests',
          resources: [{ title: 'RFC 9111: HTTP Caching', url: 'https://www.rfc-editor.org/rfc/rfc9111' }],
        },
        { id: 'sd-cache-stampede', title: 'Cache stampedes when a popular entry expires' },
      ],
    },
    {
      id: 'sd-load-balancing',
      title: 'Load balancing and traffic',
      category: 'sd-foundations',
      summary:
        'A load balancer spreads requests over several servers and stops sending them to one that fails its health checks. Together with DNS and content delivery networks it decides which machine answers each user.',
      subtopics: [
        {
          id: 'sd-lb-algorithms',
          title: 'Round robin, least connections and hashing',
          resources: [
            { title: 'nginx: HTTP load balancing', url: 'https://nginx.org/en/docs/http/load_balancing.html' },
          ],
        },
        { id: 'sd-l4-l7', title: 'Layer 4 versus layer 7 load balancers' },
        { id: 'sd-health-checks', title: 'Health checks and taking a server out of rotation' },
        { id: 'sd-sticky-sessions', title: 'Sticky sessions and their drawbacks' },
        { id: 'sd-dns', title: 'How DNS turns a name into a server to call' },
        { id: 'sd-cdn', title: 'Content delivery networks for static and cacheable content' },
        { id: 'sd-api-gateway', title: 'API gateways and reverse proxies in front of services' },
      ],
    },
    {
      id: 'sd-data-storage',
      title: 'Choosing where data lives',
      category: 'sd-foundations',
      summary:
        'Every kind of store answers some questions well and others badly. Choose by how the data is read and written, how much of it there will be and what must never be lost.',
      subtopics: [
        { id: 'sd-store-kinds', title: 'Relational, document, key-value and wide-column stores' },
        {
          id: 'sd-indexing',
          title: 'Indexes: faster reads paid for with slower writes',
          resources: [
            { title: 'PostgreSQL documentation: Indexes', url: 'https://www.postgresql.org/docs/current/indexes.html' },
          ],
        },
        {
          id: 'sd-replication',
          title: 'Replication: a leader and followers, synchronous or not',
          resources: [
            {
              title: 'PostgreSQL documentation: High Availability, Load Balancing, and Replication',
              url: 'https://www.postgresql.org/docs/current/high-availability.html',
            },
          ],
        },
        {
          id: 'sd-partitioning',
          title: 'Partitioning large tables',
          resources: [
            {
              title: 'PostgreSQL documentation: Table Partitioning',
              url: 'https://www.postgresql.org/docs/current/ddl-partitioning.html',
            },
          ],
        },
        { id: 'sd-object-storage', title: 'Object storage for files and large blobs' },
        { id: 'sd-search-engines', title: 'A search engine beside the main database' },
      ],
    },
    {
      id: 'sd-consistency',
      title: 'Consistency and availability',
      category: 'sd-foundations',
      summary:
        'Once data lives on more than one machine, a write cannot reach every copy at the same instant. Learn which guarantees a system can promise, what each one costs, and which ones your users would actually notice.',
      subtopics: [
        { id: 'sd-cap', title: 'The CAP theorem: consistency or availability while the network is split' },
        { id: 'sd-strong-eventual', title: 'Strong versus eventual consistency' },
        {
          id: 'sd-isolation-levels',
          title: 'Transaction isolation levels and the anomalies each allows',
          resources: [
            {
              title: 'PostgreSQL documentation: Transaction Isolation',
              url: 'https://www.postgresql.org/docs/current/transaction-iso.html',
            },
          ],
        },
        { id: 'sd-quorums', title: 'Quorum reads and writes' },
        { id: 'sd-idempotency', title: 'Idempotent operations and idempotency keys for safe retries' },
        { id: 'sd-distributed-transactions', title: 'Two-phase commit and the saga pattern' },
      ],
    },
    {
      id: 'sd-async',
      title: 'Queues and asynchronous work',
      category: 'sd-foundations',
      summary:
        'Not every piece of work has to finish before the user gets an answer. A queue lets one part of the system hand a job over and move on, smoothing out bursts and riding out a slow or failing consumer.',
      subtopics: [
        { id: 'sd-message-queues', title: 'Message queues and background workers' },
        {
          id: 'sd-pub-sub',
          title: 'Publish-subscribe and event streams',
          resources: [{ title: 'Apache Kafka documentation', url: 'https://kafka.apache.org/documentation/' }],
        },
        {
          id: 'sd-delivery-guarantees',
          title: 'At-most-once, at-least-once and effectively-once delivery',
          resources: [
            {
              title: 'RabbitMQ documentation: Consumer Acknowledgements and Publisher Confirms',
              url: 'https://www.rabbitmq.com/docs/confirms',
            },
          ],
        },
        { id: 'sd-dead-letters', title: 'Retries with backoff and dead-letter queues' },
        { id: 'sd-backpressure', title: 'Backpressure when consumers fall behind' },
        { id: 'sd-ordering', title: 'Message ordering and partitions' },
      ],
    },
    {
      id: 'sd-rate-limiting',
      title: 'Rate limiting and resilience',
      category: 'sd-foundations',
      summary:
        'A system that accepts unlimited work falls over at the first burst or buggy client. Limits, timeouts and circuit breakers keep one failing part from taking the rest down with it.',
      subtopics: [
        { id: 'sd-token-bucket', title: 'Token bucket and leaky bucket algorithms' },
        { id: 'sd-window-counters', title: 'Fixed and sliding window counters' },
        {
          id: 'sd-too-many-requests',
          title: 'Answering 429 Too Many Requests with a Retry-After header',
          resources: [
            {
              title: 'RFC 6585, section 4: 429 Too Many Requests',
              url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
            },
          ],
        },
        { id: 'sd-shared-limits', title: 'One limit shared by many servers' },
        { id: 'sd-timeouts-retries', title: 'Timeouts, and retries with exponential backoff and jitter' },
        { id: 'sd-circuit-breakers', title: 'Circuit breakers and graceful degradation' },
      ],
    },
    {
      id: 'sd-url-shortener',
      title: 'Designing a URL shortener',
      category: 'sd-practice',
      summary:
        'A short-link service is small enough to design end to end in an hour, yet it touches most of the basics: generating ids, a read-heavy store, caching, redirects and abuse.',
      subtopics: [
        { id: 'sd-us-requirements', title: 'Requirements and traffic estimates for short links' },
        { id: 'sd-us-keys', title: 'Short keys: a counter in base 62, or random ids with collision checks' },
        { id: 'sd-us-storage', title: 'The schema and the choice of store' },
        {
          id: 'sd-us-redirects',
          title: '301 or 302: what a permanent or temporary redirect means for click counts',
          resources: [
            {
              title: 'RFC 9110, section 15.4: Redirection 3xx',
              url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4',
            },
          ],
        },
        { id: 'sd-us-caching', title: 'Caching the most popular links' },
        { id: 'sd-us-abuse', title: 'Expiry, custom aliases and protection against abuse' },
      ],
    },
    {
      id: 'sd-practice-designs',
      title: 'More designs to practise',
      category: 'sd-practice',
      summary:
        'Each classic exercise stresses a different part of the toolkit. Work through them out loud: requirements first, then the simplest design that works, then what breaks as it grows.',
      subtopics: [
        { id: 'sd-pd-news-feed', title: 'A news feed: fan-out on write versus fan-out on read' },
        { id: 'sd-pd-chat', title: 'A chat service: long-lived connections and delivering every message' },
        { id: 'sd-pd-notifications', title: 'A notification service: queues, retries and user preferences' },
        { id: 'sd-pd-file-storage', title: 'File uploads: object storage and signed URLs' },
        { id: 'sd-pd-rate-limiter', title: 'A rate limiter offered as a shared service' },
        { id: 'sd-pd-trade-offs', title: 'Presenting a design and defending its trade-offs' },
      ],
    },
  ],
}
