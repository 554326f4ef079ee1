using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// External: third-party services and integrations. Besides webhooks and payment providers this counts a named
/// provider ("GitHub provider"), the common cloud, mail, chat, paging and telemetry services, remote services and
/// outgoing calls, and dated API versions (<c>2024-05-01</c>). A package path (<c>@sentry/node</c>) and integration
/// tests are not integrations.
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
        \bwebhooks?\b(?!\s+cert) | \b(?:third|3rd)[\s-]party\b | \bintegrations?\b(?![\s-]tests?\b) | \bpartner\s+apis?\b
        | \b(?:external|upstream|downstream|vendor|partner|remote|cloud)\s+(?:[\w-]+\s+)?(?:apis?|services?|providers?|systems?|endpoints?|servers?|storage|content|backups?)\b
        | \b(?:oauth2?|oidc|openid|identity|sso|saml|social|login|sms|e-?mail|mail|smtp|payment|cloud|storage|dns|llm|ai|secrets?)\s+(?:providers?|gateways?|senders?|services?)\b
        | (?-i:\b[A-Z][\w.()-]*\s+providers?\b) | \bproviders?\s+(?:apis?|sdks?|integrations?)\b
        | \bpayment\s+(?:providers?|gateways?|processors?)\b | \bapi\s+version\b | \bapis?\s+(?:to\s+)?`?v?\d{4}-\d{2}-\d{2} | \bcallback\s+urls?\b | \bsmtp\b
        | \b(?:outgoing|outbound)\s+(?:http\s+)?(?:requests?|calls?|connections?|traffic)\b
        | (?<![@/\w.-])(?<!\b(?:on|in|at|via|from)\s)(?:github|slack)\b(?![/.-]\w)(?!\s+(?:issues?|pull|prs?|releases?|tags?|discussions?|repo\w*|channels?|workspace\s+invite|profile)\b)
        | (?<![@/\w.-])(?:stripe|paypal|braintree|adyen|twilio|sendgrid|mailgun|mailchimp|postmark|pagerduty|opsgenie|salesforce|hubspot|zendesk
           |segment|datadog|sentry|cloudwatch|azure|aws|amazon\s+(?:s3|ses|sns|sqs|web\s+services)|gcp|google|microsoft\s+(?:teams|graph)|ms\s?teams
           |s3|ses|sns|sqs|gcs|cloudflare|akamai|fastly|telegram|discord|mattermost|rocket\.?chat|webex|pushover|victorops|bitbucket
           |opentelemetry|otlp|otel|statsd|dogstatsd|influxdb|consul|zipkin|jaeger|new\s+relic|splunk|honeycomb|elastic\s+apm
           |application\s+insights|google\s+analytics|firebase|shopify|line\s+notify|openai|anthropic)\b(?![/.-]\w)(?!\s+(?:api\s+)?(?:spec|specification|semantic\s+conventions?)\b)
        """, Options, TimeoutMs)]
    internal static partial Regex External();
}
