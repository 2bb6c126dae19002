// Mermaid diagrams of the five kinds the app must draw, and one that is broken, for the diagram specs.

/** Each kind's source and the first line the image is named by. */
export const DIAGRAMS = [
  {
    kind: 'flowchart',
    source:
      'flowchart LR\n  Client[Client] -->|HTTP| Api[API server]\n  Api --> Cache{In cache?}\n  Cache -->|yes| Reply[Reply]\n  Cache -->|no| Db[(PostgreSQL)]',
  },
  {
    kind: 'sequence',
    source:
      'sequenceDiagram\n  participant Browser\n  participant Server\n  Browser->>Server: POST /login\n  Server-->>Browser: 200 and a session cookie',
  },
  { kind: 'ER', source: 'erDiagram\n  CUSTOMER ||--o{ ORDERS : places\n  ORDERS ||--|{ ORDER_LINE : contains' },
  {
    kind: 'class',
    source:
      'classDiagram\n  class Repository {\n    +findById(id)\n    +save(entity)\n  }\n  Repository <|-- UserRepository',
  },
  {
    kind: 'state',
    source:
      'stateDiagram-v2\n  [*] --> Pending\n  Pending --> Paid: payment received\n  Paid --> Shipped\n  Shipped --> [*]',
  },
] as const

/** A flowchart with an arrow to nowhere. */
export const BROKEN_DIAGRAM = 'flowchart LR\n  Start -->'

/** A fenced mermaid block. */
export function mermaidFence(source: string): string {
  return `\`\`\`mermaid\n${source}\n\`\`\``
}

/** A note with all five diagrams and the broken one, each under a line of text. */
export const DIAGRAM_NOTE = [
  '# Diagrams',
  ...DIAGRAMS.flatMap(({ kind, source }) => [`A ${kind} diagram:`, mermaidFence(source)]),
  'A broken one:',
  mermaidFence(BROKEN_DIAGRAM),
].join('\n\n')
