using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Security words that do not touch who may sign in or do what: encryption of what is stored (a re-encrypted column, a
/// database's storage encryption) is data protection; a sign-in's timestamp ("last login" in an admin grid) is a datum
/// about it; the signature on what the service sends out (outgoing webhooks) is the integration's contract with its
/// receivers. An operator reads none of them as an auth change (no break-glass access, no sessions to keep).
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary><paramref name="text"/> without the words that name stored-data encryption, a token of syntax, a sign-in's timestamp or an outgoing signature.</summary>
    internal static string WithoutNonAuthSecurity(string text)
    {
        var stored = SyntaxToken().Replace(StoredEncryption().Replace(text, " "), " ");
        // Only in the clause that speaks of outgoing webhooks: "signature verification now enforced (outgoing webhooks
        // unchanged)" still checks incoming signatures.
        return OutgoingClause().Replace(OutgoingAside().Replace(stored, " "), clause => OutgoingSignature().Replace(clause.Value, " "));
    }

    /// <summary>
    /// A password setting of a datastore or a service the deployment itself logs in to (<c>REPORTING_DB_PASSWORD</c>,
    /// <c>REDIS_PASSWORD</c>, <c>APNS_CERT_PASSWORD</c>): a credential to configure, not the sign-in of the product's users.
    /// </summary>
    internal static bool IsUserAuthSettingName(string text) =>
        AuthSettingName().Matches(text).Any(match => !ServiceCredentialName().IsMatch(match.Value));

    /// <summary>
    /// Stored data encrypted or re-encrypted: "re-encrypt customers.ssn", "storage encryption for reports-db", "restore an
    /// encrypted copy", "encryption at rest", "encrypt the backups".
    /// </summary>
    [GeneratedRegex("""
        \bre-?encrypt\w* | \b(?:storage|disk|volume|database|db|backup|snapshot|column|at[\s-]rest)\s+encryption\b | \bencryption\s+at\s+rest\b
        | \bencrypt\w*\s+(?:(?:the|an?|all|every)\s+)?(?:[\w-]+\s+){0,2}?(?:copy|copies|snapshots?|backups?|volumes?|disks?|storage)\b
        """, Options, TimeoutMs)]
    private static partial Regex StoredEncryption();

    /// <summary>
    /// A token of syntax, which a scanner, lexer or parser reads ("bufio.Scanner: token too long", "SyntaxError: Unexpected
    /// token"): no credential.
    /// </summary>
    [GeneratedRegex(@"\b(?:scanner|lexer|tokeni[sz]er|parser)\b\W{0,3}(?:[\w-]+\s+){0,2}?tokens?\b | \b(?:unexpected|unknown|invalid|illegal)\s+(?:syntax\s+)?tokens?\s+(?:in|at|while|when|near)\b | \bsyntaxerror\W+unexpected\s+token\b | \btokens?\s+too\s+long\b", Options, TimeoutMs)]
    private static partial Regex SyntaxToken();

    /// <summary>The clause that speaks of outgoing webhooks, with its brackets ("outgoing webhooks now signed (HMAC sha256)").</summary>
    [GeneratedRegex(@"[^;.\n]*\boutgoing\s+(?:[\w-]+\s+){0,2}?(?:webhooks?|callbacks?)\b[^;.\n]*", Options, TimeoutMs)]
    private static partial Regex OutgoingClause();

    /// <summary>An aside about outgoing webhooks ("(outgoing webhooks unchanged)"): the rest of the clause is about something else.</summary>
    [GeneratedRegex(@"\([^()\n]*\boutgoing\b[^()\n]*\)", Options, TimeoutMs)]
    private static partial Regex OutgoingAside();

    [GeneratedRegex(@"\bhmac\b|\bsigning\s+keys?\b|\bsignatures?\s+(?:verification|validation|check)\b", Options, TimeoutMs)]
    private static partial Regex OutgoingSignature();

    [GeneratedRegex(@"(?:^|_)(?:DB|DATABASE|PG|POSTGRES|POSTGRESQL|MYSQL|MARIADB|MONGO|MONGODB|REDIS|SMTP|MAIL|EMAIL|AMQP|RABBITMQ|KAFKA|CERT|KEYSTORE|TRUSTSTORE|ELASTIC|ELASTICSEARCH|FTP|SFTP|PROXY)_(?:[A-Z0-9]+_)*PASSWORD\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ServiceCredentialName();
}
