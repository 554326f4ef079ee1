using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Infra: runtime, platform and infrastructure. A runtime or engine named with a version ("Node.js 20", "Ruby &lt; 2.7",
/// "PostgreSQL 17", "Go 1.22", also with a hyphen as package names write it: "PostgreSQL-17.6", "ruby-2.7", not a ticket
/// key such as "NODE-6801") is a minimum-version change, and so is support dropped for one whatever words
/// stand between ("Drop support for PostgreSQL EOL version 12") or a runtime update without a number ("OpenJDK Update",
/// "node version upgrade", "go version to 1.26.4", "set Go directives to 1.25" as go.mod names the floor), and so is a
/// component rewritten in another runtime ("rlm_kanidm has been rewritten from python to rust": what it needs to run changes); OS distributions (also with the version glued on, as image tags write them: debian12), containers, CRDs, Kubernetes words inside snake_case resource names
/// (<c>azurerm_kubernetes_cluster</c>), an image tag (<c>agent.image.tag</c>), web servers and proxies (as nginx; not "Apache Lucene" or <c>org.apache.poi</c>,
/// other projects of a foundation) and networking terms count too, and so does a message queue or broker the deployment
/// runs or rents (Kafka, RabbitMQ, SQS, NATS, Pulsar: "discard malformed SQS messages" changes what flows through it).
/// How instances are run and replaced counts too: a graceful shutdown or drain, rolling restarts and rollouts, spot
/// instances and their interruptions, instance types (the deployment's topology, whichever orchestrator runs it).
/// Where containers come from counts as well: a container or image registry and its mirrors, OCI images, and a
/// container told together with the image it runs from ("a container sourced from a private image"); a container alone
/// may be a UI's or a dependency-injection container. A raised floor of any dependency ("Require Werkzeug
/// &gt;= 3.0.0", "Update X requirement to &gt;=2.3.3") and a list of the engine versions a release supports ("PostgreSQL: 14,
/// 15, 16") are platform requirements as well, and so are a Lambda function's layers and a Terraform provider's resources as
/// its changelog prefixes them (<c>resource/mongodbatlas_cluster:</c>, <c>data-source/aws_vpc:</c>), and a Terraform
/// provider held to a version ("Restrict AWS provider max version", "AWS provider `v6.0.0` is now minimum supported
/// version"): the provider is part of the toolchain that applies the infrastructure, whatever cloud it drives.
/// </summary>
internal static partial class RiskPatterns
{
    internal const string Runtime =
        @"(?:php|node(?:\.?js)?|nodejs|python|ruby|rails|django|go|golang|java|jdk|openjdk|jre|\.net|dotnet|erlang(?:/otp)?|otp|elixir|rust|perl|deno|bun
           |postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|valkey|dragonfly|elasticsearch|opensearch|kafka|rabbitmq|sqlite|cockroachdb|sql\s+server|clickhouse|cassandra|etcd|kubernetes|k8s|helm|docker|openssl)";

    /// <summary>
    /// This area's pattern in parts: one generated matcher of the whole alternation was past the size the JIT optimises
    /// (it ran unoptimised, MinOpts), so it is split between top-level alternatives, which matches the same texts; a text
    /// matches when any part does.
    /// </summary>
    /// <remarks>
    /// A name built on Kubernetes' or Helm's name is theirs, as Terraform names its resources (<c>helm_release</c>,
    /// <c>kubernetes_manifest</c>): a change to one is a change to how the platform is driven. Not Docker's: applications
    /// name their own fields after it (a panel's <c>docker_image</c> field is the panel's).
    /// </remarks>
    internal static Regex[] InfraParts { get; } = [Infra1(), Infra2(), Infra3(), Infra4(), Infra5(), InfraForms26(), InfraForms27(), InfraForms28(), InfraForms29(), InfraForms30(), InfraForms31()];

    [GeneratedRegex($$"""
        (?:\b|_)(?:kubernetes|k8s)(?:\b|_) | \bhelm(?:\b|_) | \bterraform\b | \bpulumi\b | \bcloudformation\b | \bdocker(?:file)?\b | \bcontainers\b
        | \b(?:container|base|docker)\s+images?\b | \bimage(?:\s+|\.)tags?\b | \b{{Runtime}}\s+images?\b | \bimage\s+(?:repositor(?:y|ies)|registr(?:y|ies)|digests?|names?\s+and\s+tags?)\b | \bdistroless\b | \bpg\s+(?:v?\d+|minors?|majors?)\b | \bnode\s+pools?\b | \bload[\s-]balancers?\b | \bingress\b | \bdns\b | \bcdn\b
        | \b(?:tls|ssl)\b | \btls\s?v?1\.\d\b | \balpn\b | \bcertificates?\b | \bautoscal\w* | \breplicas?\b | \bclusters?\b | \bvpc\b | \bsubnets?\b | \bfirewalls?\b
        | \bnetwork\s+polic(?:y|ies)\b | \bnginx\b | \breverse\s+proxy\b | \bredis\b | (?<!\w-)\bkafka\b(?!-\w) | \brabbitmq\b | \bstatefulsets?\b
        | (?<![/.-])\b(?:sqs|nats|jetstream|pulsar|activemq|amqp)\b(?![/.-]\w) | \bmessage\s+(?:queues?|brokers?)\b
        | \bgraceful\s+(?:shutdown|termination|drain\w*)\b | \bdrain(?:s|ing|ed)?\s+(?:\w+\s+){0,2}?(?:connections?|requests?|readers?|nodes?|instances?|workers?)\b | \brolling\s+(?:restarts?|updates?|upgrades?|deploy\w*)\b | \brollout\s+restarts?\b
        | \bspot\s+(?:instances?|interruptions?|fleets?|prices?)\b | \binstance\s+types?\b
        | \b(?:container|image|docker|oci|private)\s+registr(?:y|ies)\b | \bregistry\s+mirrors?\b | \boci\s+(?:images?|artifacts?)\b
        | \bcontainers?\b[^.;\n]{0,50}?\b(?:from|of|with|using|on)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?images?\b
        | \bdaemonsets?\b | \bpods?\b | \bec2\b | \bs3\s+buckets?\b | \bserverless\b | \blambda\s+(?:functions?|layers?)\b | \bcron\s?jobs?\b
        | (?<![\w/-])(?:resource|data-source|ephemeral)/[a-z0-9]+_\w+
        | \b(?:cpu|memory)\s+(?:limits?|requests?)\b | \binfrastructure\b | \bhostnames?\b | \bcrds?\b | \bhttp\s+proxy\b | \bproxy\s+protocol\b
        | \b(?:debian|ubuntu|alpine|centos|rhel|red\s+hat\s+enterprise|amazon\s+linux|fedora|rocky\s+linux|almalinux|windows\s+server|arm64|aarch64|amd64|glibc|musl)(?:-?\d+(?:\.\d+)*)?\b
        | (?!(?<=/)go\b)\b{{Runtime}}(?:\s*|-(?=\d{1,2}(?:\.\d|\b)))(?:versions?\s+)?(?:(?:below|above|before|prior\s+to|older\s+than|newer\s+than)\s+)?(?:[<>=≥≤]=?\s*|v)?\d+(?:\.(?:\d+|x))*\+?(?!\.\d)
        | \b(?:minimum|min\.|minimal|required|supported)(?:[\s-]+(?:supported|required))?\s+(?:{{Runtime}}\b|(?:runtime|interpreter|engine|toolchain)\s+versions?\b)
        """, Options, TimeoutMs)]
    private static partial Regex Infra1();

    [GeneratedRegex($$"""
          \b{{Runtime}}\s+(?:engine|runtime|interpreter|toolchain)\b | \b{{Runtime}}\s+(?:versions?\s+)?(?:is\s+|are\s+)?no\s+longer\s+supported\b
        """, Options, TimeoutMs)]
    private static partial Regex Infra2();

    [GeneratedRegex($$"""
          \b(?:update|updates|updated|bump|bumps|bumped|raise|raises|raised)\s+(?:the\s+)?(?:minimum\s+|supported\s+|required\s+)?{{Runtime}}\s+versions?\b
        | \bx-forwarded-(?:for|proto|host)\b | \btrusted\s+prox(?:y|ies)\b
        | \b(?:drop\w*|remov\w*|end\w*|stop\w*)\s+(?:the\s+)?support\s+(?:for\s+)?{{Runtime}}\b | \b{{Runtime}}\s+(?:version\s+)?(?:upgrades?|updates?|bumps?)\b
        | \b{{Runtime}}\s+(?:versions?|directives?|toolchains?)\s+(?:to|from)\s+v?\d
        | \b(?:rewritten|re-?implemented|ported|converted)\s+(?:from\s+{{Runtime}}\s+)?(?:in|to|into)\s+{{Runtime}}\b
        | \b(?:aws|azure(?:rm)?|google|gcp|kubernetes|helm|tls|random|null|cloudflare|datadog)\s+provider\b[^.;\n]{0,40}?(?:\bv?\d+(?:\.\d+)*|\bversions?\b|\bmax\w*|\bmin\w*)
        """, Options, TimeoutMs)]
    private static partial Regex Infra3();

    [GeneratedRegex($$"""
          (?<![.\w/-])(?:apache|httpd|caddy|haproxy|envoy|lighttpd)\b(?![.\w-])(?-i:(?!\s+[A-Z][a-z]))(?!\s+(?:licen[cs]e|v?2\.0|software\s+foundation)\b)
        | \b(?:upgrade|upgrades|upgraded|upgrading|bump|bumps|bumped|built)\s+(?:to\s+|with\s+|using\s+)?(?:postgres|postgresql|mysql|node(?:\.js)?|go|golang|java|jdk|\.net|python|ruby|redis|kafka)\b
        | \btopics?\b(?:[^.;\n]|\.(?=\w)){0,40}?\b\d+\s+partitions\b
        | \brequire(?:s|d|ments?)?\b[^.;\n]{0,40}?(?:>=|≥|=>)\s*v?\d+(?:\.\d+)+ | \b{{Runtime}}:\s+v?\d+(?:\.\d+)*(?:\s*(?:,|and)\s*v?\d+(?:\.\d+)*)+
        """, Options, TimeoutMs)]
    private static partial Regex Infra4();

    /// <summary>
    /// A runtime named as where a bug shows ("Fix X on Python 3.14", "crash under Node 22"): in a fix item this is the
    /// environment of the bug, not a new platform requirement.
    /// </summary>
    /// Likewise the resource a bug shows in ("crash after cluster node removal", "leak on replicas", "validate X in the
    /// Y CRD") is where the fix applies, not a change to the platform.
    [GeneratedRegex($$"""\b(?:on|under|with|in)\s+{{Runtime}}(?:\s*|-(?=\d))(?:version\s+)?(?:[<>=≥≤]=?\s*|v)?\d+(?:\.(?:\d+|x))*\+? | \b(?:crds?|replicas?|clusters?|pods?)\b""", Options, TimeoutMs)]
    internal static partial Regex RuntimeOfBug();

    /// <summary>
    /// Where a feature is available, not what the release needs: "support X on PostgreSQL 19+", "(Python 3.13+)" (a
    /// runtime changed only in the CI pipeline deploys nothing: <see cref="NothingDeployed"/>). A newer engine that merely can be used is no floor; "requires PostgreSQL
    /// 14+" is. (Support added for a new runtime version, "Add support for Python 3.12", stays infra: labellers of every
    /// set call it a platform change.)
    /// </summary>
    [GeneratedRegex($$"""
        \bon\s+{{Runtime}}(?:\s*|-(?=\d))v?\d+(?:\.\d+)*\+ | \(\s*{{Runtime}}(?:\s*|-(?=\d))v?\d+(?:\.\d+)*\+\s*\)
        """, Options, TimeoutMs)]
    internal static partial Regex RuntimeAvailable();
}
