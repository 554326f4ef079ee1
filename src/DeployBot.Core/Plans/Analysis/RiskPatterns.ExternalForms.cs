using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// More of the external area (a part of <see cref="ExternalParts"/>): a provider named in title case ("Terraform Vault
/// Provider"; not a framework's "Service Provider" or a TLS/FIPS provider), a login method or resource named after a cloud
/// the snake_case way (<c>auth_login_gcp</c>, <c>auth_login_azure</c>), and Google's Pub/Sub written as its product name
/// (not Redis', NATS' or Kafka's publish/subscribe). And what looks like an integration but is the project's own: where
/// it publishes its images or pages on GitHub ("publish charts to github container registry"), a Kubernetes API version of
/// its own resources ("The v1beta1 API version will be removed"), and the plugin SDK or framework a Terraform provider is
/// built with ("Terraform Plugin SDK").
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          (?-i:\b(?!(?:TLS|SSL|JCE|FIPS|Crypto|Service|The|A|An|Our|Your|This|Its)\b)[A-Z][\w.()-]*\s+Providers?\b)
        | (?<=[a-z0-9]_)(?:gcp|azure|aws|alicloud|okta)\b
        | (?-i:(?<!\b(?:Redis|NATS|Valkey|Postgres|PostgreSQL|Kafka|MQTT|Dapr)\s)\bPub/Sub\b)
        """, Options, TimeoutMs)]
    private static partial Regex External4();

    /// <summary><paramref name="text"/> without what only looks like an integration (see the class summary).</summary>
    internal static string WithoutOwnPublishing(string text) => OwnPublishing().Replace(text, " ");

    [GeneratedRegex("""
        \bgithub\s+(?:container\s+registry|packages|pages)\b | \bv\d+(?:alpha|beta)\d*\s+api\s+versions?\b | (?-i:\bPlugin\s+(?:SDKs?|Framework)\b)
        """, Options, TimeoutMs)]
    private static partial Regex OwnPublishing();
}
