using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// External: third-party services and integrations. Besides webhooks and payment providers this counts a named
/// provider ("GitHub provider"), the common cloud, mail, chat, paging and telemetry services, remote services and
/// outgoing calls, incoming and outgoing mail and mail servers, an external system named in capitals ("external NATS"), and dated API versions (<c>2024-05-01</c>). A named SDK (<c>Sentry SDK</c>) or an API client (a library that
/// talks to a vendor), identity providers and social/OAuth backends, payment vocabulary (payments, refunds, merchants, card
/// verification), sending e-mail, push notifications, object storage and event buses, and cloud resources named the
/// Terraform way (<c>azurerm_*</c>, <c>aws_*</c>, also as an item's component tag <c>[datadog_logs_index]</c> or a provider
/// changelog's prefix <c>resource/mongodbatlas_team:</c>, unless the provider manages the platform: <c>kubernetes_*</c>), 3DS (3-D
/// Secure), the payment rails (ACH, SEPA, Open Banking), accounts linked at an OAuth provider ("OAuth accounts"), a vendor's
/// client class named after it (<c>BraintreeGateway</c>, <c>TwilioClient</c>) and federation with other servers (ActivityPub, Matrix; not tenant or identity federation) count as well;
/// pub/sub counts only as a cloud's service (Google Cloud Pub/Sub), not as the messaging pattern of Redis or NATS. A REST, GraphQL or Admin API counts only after a
/// name (<c>Shopify Admin API</c>): "the REST API" in a service's own notes is that service's API. Census and anonymous
/// usage data sent home to the vendor are outgoing calls. A package path (<c>@sentry/node</c>, <c>go-azure-sdk</c>),
/// integration tests (or "integration-tested") and a database's own client library (<c>MySQL client library</c>, which
/// is the platform, not a third party) are not integrations, nor are the CI a project builds on (GitHub Actions,
/// workflows, "github ci"), its own tracker there (issues, milestones, the wiki) and where it publishes (also possessive: "GitHub's new immutable releases") and the community chat where it answers questions ("join us on the community Slack"), nor a bucket the
/// team owns (<c>s3://ml-models/v3/</c>, "the S3 bucket", "archived to S3"; <see cref="OwnedStorage"/>), nor a vendor's
/// command-line tool installed as a package ("AWS CLI v1" in a list of dropped packages) or a group of dependencies named
/// after it ("bump the aws group in /lambdas with 6 updates", as Dependabot groups its updates); a collector's component
/// named after the vendor it reads from or exports to (<c>prometheus.exporter.cloudwatch</c>, <c>otelcol.exporter.datadog</c>)
/// is an integration even in code font, nor a provider that reads
/// the host itself ("the <c>file://</c> secret provider", "env secret provider") or implements a protocol in-process ("TLS
/// providers", "FIPS provider": the cryptography library, not a service).
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>Vendors of third-party services whose names alone mean an integration.</summary>
    internal const string Vendor =
        @"(?:stripe|paypal|braintree|adyen|twilio|sendgrid|mailgun|mailchimp|postmark|pagerduty|opsgenie|salesforce|hubspot|zendesk
           |datadog|sentry|cloudwatch|azure|aws|amazon\s+(?:s3|ses|sns|sqs|web\s+services)|gcp|google|microsoft\s+(?:teams|graph)|ms\s?teams
           |s3|ses|sns|sqs|gcs|cloudflare|akamai|fastly|telegram|discord|mattermost|rocket\.?chat|webex|pushover|victorops|bitbucket
           |new\s+relic|splunk|honeycomb|elastic\s+apm
           |application\s+insights|google\s+analytics|firebase|shopify|line\s+notify|openai|anthropic
           |paddle|razorpay|mollie|klarna|gocardless|chargebee|recurly|digitalocean|linode|hetzner|vultr|heroku|netlify|vercel
           |mailjet|sparkpost|mandrill|brevo|sendinblue|vonage|nexmo|plivo|messagebird|onesignal|intercom|mixpanel|amplitude|algolia
           |okta|auth0|onelogin|letsencrypt|apns|fcm)";

    /// <summary>
    /// This area's pattern in parts: one generated matcher of the whole alternation was past the size the JIT optimises
    /// (it ran unoptimised, MinOpts), so it is split between top-level alternatives, which matches the same texts; a text
    /// matches when any part does.
    /// </summary>
    internal static Regex[] ExternalParts { get; } = [External1(), External2(), External3(), ExternalHooks(), External4(), ExternalForms27(), ExternalForms28()];

    /// <summary>
    /// Object storage named as the place where the team's own data lies: a bucket path (<c>s3://ml-models/v3/</c>,
    /// <c>gs://exports/</c>), "the S3 bucket", "a bucket on GCS", and the place a copy of the team's data is kept: what is
    /// archived, backed up or snapshotted to S3 ("archived to s3 last week", "archive the table to S3 first", "backups
    /// go to GCS") is the team's own data in the team's own bucket, the way a dump on its disks is. A bucket the team owns
    /// is part of its own infrastructure; the third party is the storage service's API, which the item does not change
    /// ("S3 client moves to AWS SDK v2", "fix S3 listing", "uploads to S3" stay external: a changelog's "to S3" is its S3
    /// feature; only keeping a copy names the bucket as a place).
    /// </summary>
    [GeneratedRegex("""
        \b(?:s3[an]?|gs|gcs|az|abfss?|wasbs?|r2)://[^\s`'"<>()\[\]]* | \b(?:s3|gcs|r2)\s+buckets?\b | \bbuckets?\s+(?:in|on)\s+(?:s3|gcs|r2)\b
        | (?<=\b(?:archiv(?:e|es|ed|ing)|back(?:s|ed|ing)?[\s-]?up|backups?|snapshot(?:s|ted|ting)?)\b[^.;\n]{0,40}?\b(?:to|into|in|on)\s+(?:the\s+|an?\s+|our\s+)?)
          (?:(?:amazon|aws|google\s+cloud)\s+)?(?:s3|gcs|r2|google\s+cloud\s+storage)\b
        """, Options, TimeoutMs)]
    internal static partial Regex OwnedStorage();

    /// <summary>A vendor's name alone (in a setting's spelled-out name: "SENDGRID API KEY", "TWILIO SID").</summary>
    [GeneratedRegex($$"""\b{{Vendor}}\b""", Options, TimeoutMs)]
    internal static partial Regex VendorName();

    [GeneratedRegex($$"""
        (?<!\b(?:admission|validating|mutating|conversion)\s+)\bwebhooks?\b(?!\s+(?:cert\w*|configurations?|servers?)\b) | \b(?:third|3rd)[\s-]party\b(?!\s+(?:backends?|crates?|librar(?:y|ies)|packages?|plugins?|code|extensions?|modules?)\b) | \bintegrations?\b(?![\s-]test\w*) | \bpartner\s+apis?\b
        | \b(?:external|upstream|downstream|vendor|partner|remote|cloud)\s+(?:[\w-]+\s+)?(?:apis?|services?|providers?|systems?|endpoints?|servers?|storage|content|backups?)\b
        | (?<!\b(?:file|files|env|environment|local|disk|memory|in-memory)(?::/{0,2})?`?\s)\b(?:oauth2?|oidc|openid|identity|sso|saml|social|login|sms|e-?mail|mail|smtp|payment|cloud|storage|dns|llm|ai|secrets?)\s+(?:providers?|gateways?|senders?|services?)\b
        | (?-i:\b(?!(?:TLS|SSL|JCE|FIPS|Crypto)\b)[A-Z][\w.()-]*\s+providers?\b) | \bproviders?\s+(?:apis?|sdks?|integrations?)\b
        | \bpayment\s+(?:providers?|gateways?|processors?)\b | (?<!\b(?:stored|served|storage|crd|resource)\s+)\bapi\s+version\b | \bapis?\s+(?:to\s+)?`?v?\d{4}-\d{2}-\d{2} | \bcallback\s+urls?\b | \bsmtp\b
        | \b(?:outgoing|outbound)\s+(?:http\s+)?(?:requests?|calls?|connections?|traffic)\b | \b(?:incoming|outgoing|inbound|outbound)\s+e-?mails?\b | \b(?:e-?mail|mail|smtp)\s+(?:servers?|relays?)\b
        | \bexternal\s+(?-i:[A-Z][\w-]*[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*)\b
        | (?-i:\b[A-Z][\w.]*\s+SDKs?\b) | (?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+clients?\b) | (?<![\w-])(?<!\b{{Runtime}}\s+)(?:api\s+clients?|client\s+librar(?:y|ies))\b(?![\w-]) | (?-i:(?<!\b(?:The|A|An|Its|Our|This|Your)\s)\b[A-Z][\w.-]*\s+)(?:rest|graphql|admin)\s+apis?\b(?![\w-])
        """, Options, TimeoutMs)]
    private static partial Regex External1();

    [GeneratedRegex($$"""
          \b(?:idps?|identity\s+providers?|relying\s+part(?:y|ies)|social\s+(?:login|auth\w*|accounts?))\b
        | \b(?:oauth2?|oidc|openid(?:\s+connect)?|saml|sso)\s+(?:backends?|clients?|apps?|applications?|integrations?|providers?|accounts?)\b
        | \b(?:facebook|twitter|linkedin|apple\s+(?:id|sign[\s-]in|pay)|google\s+pay|samsung\s+pay|microsoft\s+(?:account|entra))\b
        | \bpayments?\b | \brefunds?\b | \bchargebacks?\b | \bmerchants?\b | \b(?:card|payment)\s+(?:verifications?|networks?|methods?|types?)\b
        | \b(?:sepa|iban|psp|ach)\b | \bopen\s+banking\b | \b3-?d\s?secure\b | \b3ds\d?\b
        | \b(?:send|sends|sending|sent|deliver|delivers|delivering|delivered)\s+(?:\w+\s+)?e-?mails?\b | \be-?mail\s+(?:delivery|adapters?|sending|transport)\b
        | \bpush\s+notifications?\b | \b(?:apns|fcm)\b | (?<![\w-])(?<!\b(?:tenant|identity|ws)[\s-])federat(?:ion|ed|es|ing)\b | \bobject\s+stor(?:e|es|age)\b | \bblob\s+storage\b
        | \b(?:eventbridge|event\s+grid|kinesis|event\s+hubs?)\b | \b(?:google\s+(?:cloud\s+)?|gcp\s+|cloud\s+)pub/?sub\b
        | \b(?:transmit\w*|send|sends|sending|sent|report\w*|upload\w*)\b[^.;\n]{0,30}?\b(?:census|usage\s+(?:data|statistics|stats|reports?)|anonymous\s+(?:usage\s+)?(?:data|statistics|stats))\b | \bphon(?:e|es|ing)\s+home\b
        """, Options, TimeoutMs)]
    private static partial Regex External2();

    [GeneratedRegex($$"""
          (?<![\w-])(?:azurerm|azuread|aws|google|cloudflare|datadog|github|gitlab|digitalocean|oci)_[a-z0-9_]+\b
        | (?<![\w/-])(?:resource|data-source|ephemeral)/(?!(?:kubernetes|helm|docker|local|null|random|tls|time|archive|http|external|template)_)[a-z0-9]+_\w+
        | (?<![@/\w.-])(?<!\b(?:on|in|at|via|from|community)\s)(?:github|slack)\b(?![/.-]\w)(?!(?:['’]s(?:\s+[\w-]+){0,2}?)?\s+(?:issues?|pull|prs?|releases?|tags?|milestones?|wiki|discussions?|repo\w*|channels?|workspace\s+invite|profile|actions?|workflows?|ci)\b)
        | (?<![@/\w.-]){{Vendor}}\b(?![/.-]\w)(?!\s+(?:api\s+)?(?:spec|specification|semantic\s+conventions?)\b)(?!\s+(?:cli|group)\b)
        | (?<![@/\w.-]){{Vendor}}(?-i:Client|Gateway|Api|API|Sdk|SDK|Service|Provider|Adapter|Transport)s?\b
        | \b(?:exporters?|receivers?|sources?|sinks?|outputs?|inputs?)[._]{{Vendor}}\b
        """, Options, TimeoutMs)]
    private static partial Regex External3();

    /// <summary>
    /// The parts of a self-hosted application that talk to another service by name: an importer named after the service it
    /// imports from ("Trello importer", "Pivotal importer", "Jira importer"; not a file format's or the application's own:
    /// "CSV importer", "importer of v1 config") and a monitoring or notification hook, which pings a service when something
    /// runs ("the ntfy monitoring hook", "mutual TLS for the Loki monitoring hook", "Healthchecks notification hook").
    /// </summary>
    [GeneratedRegex("""
          (?-i:\b(?!(?:CSV|JSON|XML|YAML|TOML|File|Data|Bulk|Config|The|An?|Legacy|New|Old|Document)\b)[A-Z][\w.-]*)\s+importers?\b
        | \b(?:monitoring|notification|alerting|paging|chat)\s+hooks?\b
        """, Options, TimeoutMs)]
    private static partial Regex ExternalHooks();
}
