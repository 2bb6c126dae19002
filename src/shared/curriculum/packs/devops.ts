import type { ShippedPack } from './shipped-pack'

/** DevOps for backend developers: getting code built, shipped and kept running. */
export const DEVOPS_PACK: ShippedPack = {
  id: 'devops',
  title: 'DevOps for backend developers',
  description:
    'What a backend developer needs to get code built, shipped and kept healthy: containers, pipelines, infrastructure as code, Linux servers, the cloud, Kubernetes, observability and incidents.',
  packVersion: 1,
  categories: [
    { id: 'devops-build-ship', title: 'Building and shipping' },
    { id: 'devops-production', title: 'Running in production' },
  ],
  skills: [
    {
      id: 'devops-containers',
      title: 'Containers',
      category: 'devops-build-ship',
      summary:
        'A container packs your app with exactly the libraries it needs and runs it apart from the rest of the machine. It then behaves the same on your laptop, in CI and in production.',
      subtopics: [
        {
          id: 'devops-images',
          title: 'Images, containers and registries',
          resources: [{ title: 'Docker documentation: Get started', url: 'https://docs.docker.com/get-started/' }],
        },
        {
          id: 'devops-dockerfile',
          title: 'Writing a Dockerfile',
          resources: [{ title: 'Dockerfile reference', url: 'https://docs.docker.com/reference/dockerfile/' }],
        },
        { id: 'devops-layer-cache', title: 'Layers and the build cache' },
        {
          id: 'devops-multi-stage',
          title: 'Multi-stage builds for small images',
          resources: [
            {
              title: 'Docker documentation: Multi-stage builds',
              url: 'https://docs.docker.com/build/building/multi-stage/',
            },
          ],
        },
        {
          id: 'devops-compose',
          title: 'Several services on one machine with Docker Compose',
          resources: [{ title: 'Docker Compose documentation', url: 'https://docs.docker.com/compose/' }],
        },
        { id: 'devops-volumes-networks', title: 'Volumes and container networks' },
        { id: 'devops-image-hardening', title: 'Small base images, a non-root user and image scanning' },
      ],
    },
    {
      id: 'devops-ci-cd',
      title: 'CI/CD',
      category: 'devops-build-ship',
      summary:
        'Continuous integration builds and tests every change as soon as it is pushed; continuous delivery keeps the main branch ready to release and automates the way there. Together they make shipping small, frequent and dull.',
      subtopics: [
        {
          id: 'devops-pipeline',
          title: 'A pipeline that builds, lints and tests every push',
          resources: [{ title: 'GitHub Actions documentation', url: 'https://docs.github.com/en/actions' }],
        },
        { id: 'devops-artifacts', title: 'Build once, then promote the same artifact through each environment' },
        { id: 'devops-pipeline-secrets', title: 'Secrets in pipelines' },
        { id: 'devops-deploy-strategies', title: 'Rolling, blue-green and canary deployments' },
        { id: 'devops-feature-flags', title: 'Feature flags: deploying code without releasing it' },
        { id: 'devops-rollback', title: 'Rolling back quickly' },
        { id: 'devops-db-migrations', title: 'Database migrations that the old and new versions can both run against' },
      ],
    },
    {
      id: 'devops-iac',
      title: 'Infrastructure as code',
      category: 'devops-build-ship',
      summary:
        'Describe servers, networks and databases in files kept in version control, and let a tool make the real infrastructure match them. Changes are then reviewed like code and can be repeated in a fresh environment.',
      subtopics: [
        { id: 'devops-declarative', title: 'Declaring the end state versus scripting the steps' },
        {
          id: 'devops-terraform',
          title: 'Terraform: providers, resources, plan then apply',
          resources: [
            {
              title: 'Terraform documentation: What is Terraform?',
              url: 'https://developer.hashicorp.com/terraform/intro',
            },
          ],
        },
        {
          id: 'devops-tf-state',
          title: 'State files and keeping them safe',
          resources: [
            {
              title: 'Terraform documentation: State',
              url: 'https://developer.hashicorp.com/terraform/language/state',
            },
          ],
        },
        {
          id: 'devops-tf-modules',
          title: 'Reusable modules and settings per environment',
          resources: [
            {
              title: 'Terraform documentation: Modules',
              url: 'https://developer.hashicorp.com/terraform/language/modules',
            },
          ],
        },
        { id: 'devops-drift', title: 'Drift between the code and what is really running' },
        { id: 'devops-config-management', title: 'Configuration management with tools such as Ansible' },
      ],
    },
    {
      id: 'devops-linux',
      title: 'Linux for servers',
      category: 'devops-production',
      summary:
        'Most backends run on Linux, and when something goes wrong you will be on a shell looking at it. Get at ease with processes, files and permissions, the network tools and the service manager.',
      subtopics: [
        { id: 'devops-shell', title: 'Shell basics: moving around, pipes and redirection' },
        { id: 'devops-permissions', title: 'Users, groups and file permissions' },
        { id: 'devops-processes', title: 'Processes, signals and resource use' },
        { id: 'devops-systemd', title: 'Running a service with systemd and reading its journal' },
        { id: 'devops-net-tools', title: 'Network checks with curl, dig and ss' },
        { id: 'devops-ssh', title: 'SSH keys and remote access' },
      ],
    },
    {
      id: 'devops-cloud',
      title: 'Cloud basics',
      category: 'devops-production',
      summary:
        'Cloud providers rent out computing, storage and networking by the hour or by the request. The core building blocks, and who is responsible for what, matter more than the catalogue of any one provider.',
      subtopics: [
        { id: 'devops-service-models', title: 'IaaS, PaaS, SaaS and managed services' },
        {
          id: 'devops-regions-zones',
          title: 'Regions and availability zones',
          resources: [
            {
              title: 'AWS documentation: Availability Zones',
              url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html',
            },
          ],
        },
        { id: 'devops-compute', title: 'Virtual machines, managed containers and functions' },
        { id: 'devops-vpc', title: 'Virtual networks, subnets and firewall rules' },
        {
          id: 'devops-iam',
          title: 'Identities, roles and least privilege',
          resources: [
            {
              title: 'AWS IAM User Guide: Security best practices',
              url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
            },
          ],
        },
        { id: 'devops-cloud-storage', title: 'Object storage, block storage and managed databases' },
        { id: 'devops-cost', title: 'Watching and controlling the bill' },
        { id: 'devops-shared-responsibility', title: 'The shared responsibility model' },
      ],
    },
    {
      id: 'devops-kubernetes',
      title: 'Kubernetes basics',
      category: 'devops-production',
      summary:
        'Kubernetes runs containers across a cluster of machines. You declare what should be running, and it keeps restarting, moving and scaling containers until what runs matches what you declared.',
      subtopics: [
        {
          id: 'devops-k8s-architecture',
          title: 'Clusters, nodes and the control plane',
          resources: [
            { title: 'Kubernetes documentation: Overview', url: 'https://kubernetes.io/docs/concepts/overview/' },
          ],
        },
        {
          id: 'devops-k8s-deployments',
          title: 'Pods, ReplicaSets and Deployments',
          resources: [
            {
              title: 'Kubernetes documentation: Deployments',
              url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
            },
          ],
        },
        {
          id: 'devops-k8s-services',
          title: 'Services and Ingress: reaching your app',
          resources: [
            {
              title: 'Kubernetes documentation: Service',
              url: 'https://kubernetes.io/docs/concepts/services-networking/service/',
            },
          ],
        },
        {
          id: 'devops-k8s-config',
          title: 'ConfigMaps and Secrets',
          resources: [
            {
              title: 'Kubernetes documentation: ConfigMaps',
              url: 'https://kubernetes.io/docs/concepts/configuration/configmap/',
            },
          ],
        },
        {
          id: 'devops-k8s-probes',
          title: 'Liveness, readiness and startup probes',
          resources: [
            {
              title: 'Kubernetes documentation: Configure liveness, readiness and startup probes',
              url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
            },
          ],
        },
        {
          id: 'devops-k8s-resources',
          title: 'Resource requests and limits',
          resources: [
            {
              title: 'Kubernetes documentation: Resource management for pods and containers',
              url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
            },
          ],
        },
        {
          id: 'devops-kubectl',
          title: 'Everyday kubectl: get, describe, logs, apply',
          resources: [{ title: 'kubectl reference', url: 'https://kubernetes.io/docs/reference/kubectl/' }],
        },
        { id: 'devops-k8s-autoscaling', title: 'Horizontal pod autoscaling' },
      ],
    },
    {
      id: 'devops-observability',
      title: 'Observability',
      category: 'devops-production',
      summary:
        'Once your code runs where you cannot step through it, you learn what it is doing from what it reports. Logs, metrics and traces each answer different questions, and good alerts tell you when to look.',
      subtopics: [
        { id: 'devops-structured-logs', title: 'Structured logs carrying a request id' },
        {
          id: 'devops-metrics',
          title: 'Metrics: counters, gauges and histograms',
          resources: [
            {
              title: 'Prometheus documentation: Metric types',
              url: 'https://prometheus.io/docs/concepts/metric_types/',
            },
          ],
        },
        {
          id: 'devops-tracing',
          title: 'Distributed tracing across services',
          resources: [
            {
              title: 'OpenTelemetry documentation: Traces',
              url: 'https://opentelemetry.io/docs/concepts/signals/traces/',
            },
          ],
        },
        { id: 'devops-golden-signals', title: 'Four signals worth watching: latency, traffic, errors, saturation' },
        { id: 'devops-slos', title: 'Service level objectives and error budgets' },
        {
          id: 'devops-alerting',
          title: 'Alerting on what users feel, not on every cause',
          resources: [
            { title: 'Prometheus documentation: Alerting', url: 'https://prometheus.io/docs/practices/alerting/' },
          ],
        },
        { id: 'devops-dashboards', title: 'Dashboards that each answer one question' },
      ],
    },
    {
      id: 'devops-incidents',
      title: 'Incident response',
      category: 'devops-production',
      summary:
        'Things will break in production. A calm, practised routine of noticing, telling people, limiting the damage and then learning shortens outages and keeps the same failure from coming back.',
      subtopics: [
        { id: 'devops-on-call', title: 'Being on call, and when to escalate' },
        { id: 'devops-incident-roles', title: 'Roles in an incident: who leads, who communicates, who fixes' },
        { id: 'devops-mitigate-first', title: 'Stop the harm first, find the root cause later' },
        { id: 'devops-status-updates', title: 'Regular status updates for users and the team' },
        { id: 'devops-runbooks', title: 'Runbooks for failures you have seen before' },
        { id: 'devops-postmortems', title: 'Blameless postmortems with follow-up actions' },
      ],
    },
  ],
}
