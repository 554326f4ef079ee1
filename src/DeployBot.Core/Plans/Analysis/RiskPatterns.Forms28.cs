using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 28, one pattern per area (each a part of that area's pattern), and what
/// only looks like an area. Auth: stored sessions that must be removed or can no longer be read (every user signs in
/// again), an OAuth client secret by its setting name. Config: a Terraform input variable (<c>var.name</c>), inventory or
/// role variables, variables removed or renamed, an "old variable name" column, an option "to set" something, environment
/// fallbacks. Infra: a toolchain or runtime "is upgraded to" a version, dual-stack networking (Happy Eyeballs, IPv6 networks), a
/// PHP extension the server must have, a .NET target dropped. External: a map provider (Mapbox), a change that affects
/// billing. Data: stored records that must be removed, records no longer stored in the journal, queues that
/// must be empty before the upgrade or are removed, downtime while the database is migrated. Schema: the database "is
/// migrated". Breaking: an artifact with a new coordinate or package name, support discontinued.
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          \b(?:existing|all|stored|current|active)\s+(?:user\s+|login\s+)?sessions\b[^.;\n]{0,80}?\b(?:removed|deleted|invalidated|cleared|purged|flushed|logged\s+out|(?:cannot|can[’']?t|can\s+not)\s+be\s+(?:deserialized|read|decoded|loaded))\b
        | \bsessions?\s+(?:serializ\w*|deserializ\w*)\b | \bsessions?\s+(?:stored|kept|saved|persisted)\s+(?:in|inside|on)\b
        | (?-i:\b[A-Z0-9_]*CLIENT_SECRET\b)
        """, Options, TimeoutMs)]
    private static partial Regex AuthForms28();

    /// <summary>
    /// What names security or sign-in words without changing them: a link into the documentation
    /// ("…/settings.html#authentication"; a security advisory's link still counts), a protocol's own session ("MQTT
    /// subscription queues are removed when the session expires"), security as an example or a maintenance promise ("we
    /// intend to patch significant bugs or security issues", "(e.g. shipping security updates)"), a permission storage
    /// backend, and an item that is only a source file's path ("twilio/jwt/compat.py").
    /// </summary>
    internal static string WithoutNonAuth28(string text)
    {
        var unlinked = DocsLink().Replace(text, link => AdvisoryLink().IsMatch(link.Value) ? link.Value : " ");
        var unprotocol = MessagingProtocol().IsMatch(unlinked) ? ProtocolSession().Replace(unlinked, " ") : unlinked;
        return SourcePathOnly().IsMatch(unprotocol) ? string.Empty : NonAuthSecurityMention().Replace(unprotocol, " ");
    }

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>\[\]()`""']+", Options, TimeoutMs)]
    private static partial Regex DocsLink();

    [GeneratedRegex(@"security|advisor|cve|ghsa|vulnerab", Options, TimeoutMs)]
    private static partial Regex AdvisoryLink();

    [GeneratedRegex(@"\b(?:mqtt|amqp|stomp|jms|openwire|xmpp)\b", Options, TimeoutMs)]
    private static partial Regex MessagingProtocol();

    [GeneratedRegex(@"\bsessions?(?:\s+(?:expir\w*|timeouts?|ends?|state|present))?\b", Options, TimeoutMs)]
    private static partial Regex ProtocolSession();

    [GeneratedRegex(@"^\W*[\w.-]+(?:/[\w.-]+)+\.[a-z]{1,4}\W*$", Options, TimeoutMs)]
    private static partial Regex SourcePathOnly();

    [GeneratedRegex("""
          \b(?:e\.g\.|for\s+example|such\s+as)\s+(?:[\w-]+\s+){0,2}?security\s+(?:updates|fixes|patches|releases)\b
        | \b(?:intend|intends|plan|plans|continue|continues|promise|will)\s+to\s+(?:[\w-]+\s+){0,10}?security\s+(?:issues|fixes|patches|updates|bugs)\b
        | \bpermissions?\s+(?:storage\s+)?backends?\b
        """, Options, TimeoutMs)]
    private static partial Regex NonAuthSecurityMention();

    [GeneratedRegex("""
          (?<![\w.])var\.[a-z_][\w.]*
        | \b(?:inventory|role|ansible|terraform|input|module)\s+variables?\b
        | (?<!\b(?:internal|local|private|loop|code|css|scss|sass|less|javascript|js)\s+)\bvariables?\b[^.;\n]{0,60}?\b(?:have|has)\s+been\s+(?:removed|renamed|replaced)\b
        | \bold\s+(?:variable|option|setting|parameter|key)\s+names?\b
        | \b(?:has|have|adds?|added|with|gets?)\s+(?:an?\s+|new\s+)?options?\s+to\s+(?:set|enable|disable|configure|control|turn)\b
        | \benvironment\s+(?:variable\s+)?fallbacks?\b
        """, Options, TimeoutMs)]
    private static partial Regex ConfigForms28();

    [GeneratedRegex("""
          \b(?:golang|go|rust|jdk|java|node(?:\.?js)?|python|erlang|elixir|ruby|php)\s+(?:is|was|has\s+been)\s+(?:upgraded|updated|bumped)\s+to\s+v?\d
        | \bhappy\s+eyeballs\b | \bdual[\s-]stack\b | \bipv4\s*(?:\+|and|/)\s*ipv6\s+networks?\b | \bipv6\s+(?:networks?|networking|connectivity)\b
        | \bphp[\s-][\w-]+\s+(?:module|extension)s?\b | \bpecl\b
        | \b(?:discontinu\w*|drop\w*|remov\w*)\s+(?:support\s+for\s+)?\.net\s*(?:framework\s*|standard\s*|core\s*)?v?\d | \btarget\s+frameworks?\b | \btfms?\b
        """, Options, TimeoutMs)]
    private static partial Regex InfraForms28();

    [GeneratedRegex("""
          \bmapbox\b
        | \baffects?\s+(?:your\s+)?(?:[\w-]+\s+)?billing\b
        """, Options, TimeoutMs)]
    private static partial Regex ExternalForms28();

    /// <summary>A test framework's integration ("Optional JUnit 5 integration"): a test helper, not a third-party service.</summary>
    internal static string WithoutTestIntegrations(string text) => TestIntegration().Replace(text, " ");

    [GeneratedRegex(@"\b(?:junit\s*\d*|pytest|jest|mocha|rspec|testng|xunit|nunit|spock|kotest|vitest)\s+integrations?\b", Options, TimeoutMs)]
    private static partial Regex TestIntegration();

    [GeneratedRegex("""
          \b(?:records|messages|entries|keys)\s+stored\s+(?:in|inside|on)\b[^.;\n]{0,80}?\b(?:must|need\s+to|have\s+to|should)\s+be\s+(?:removed|deleted|purged|flushed|cleared|wiped)\b
        | \b(?:don[’']?t|do\s+not|no\s+longer)\s+stores?\s+(?:[\w-]+\s+){1,4}?(?:on|in)\s+the\s+(?:journal|database|disk|store)\b
        | \bjournal\s+records\s+(?:were|are|have\s+been)\s+(?:removed|dropped)\b
        | \b(?:ensure|make\s+sure|verify)\b[^.;\n]{0,60}?\b(?:queues?|subscriptions?|topics?|outbox\w*)\s+(?:are|is)\s+(?:empty|drained)\b
        | \b(?:queues?|subscriptions?)\b[^.;\n]{0,40}?\bwill\s+be\s+(?:automatically\s+)?(?:removed|deleted|purged)\b
        | \bdowntime\b[^.;\n]{0,40}?\b(?:as|while|when)\s+the\s+database\s+is\s+(?:being\s+)?migrated\b
        """, Options, TimeoutMs)]
    private static partial Regex DataForms28();

    /// <summary>
    /// Stored sessions the operator must remove ("Sessions stored in Redis must be deleted after the upgrade"): data purged,
    /// but housekeeping of what expires anyway, not a rewrite, so, like <see cref="ImpliedDataRewrite"/>, it alone makes no
    /// release a migration.
    /// </summary>
    [GeneratedRegex(@"\bsessions?\s+(?:stored|kept|saved|persisted)\s+(?:in|inside|on)\b[^.;\n]{0,80}?\b(?:must|need\s+to|have\s+to|should)\s+be\s+(?:removed|deleted|purged|flushed|cleared|wiped)\b", Options, TimeoutMs)]
    internal static partial Regex SessionsPurged();

    [GeneratedRegex(@"\b(?:database|db)\s+(?:is|will\s+be|gets|has\s+been|must\s+be)\s+(?:being\s+)?migrated\b", Options, TimeoutMs)]
    internal static partial Regex SchemaForms28();

    /// <summary>A screen named after the schema ("table preview and schema page"): what the user sees, not the database's schema.</summary>
    internal static string WithoutSchemaScreens(string text) => SchemaScreen().Replace(WithoutUpstreamBreakingChange(text), " ");

    [GeneratedRegex(@"\bschema\s+(?:pages?|tabs?|views?|browser|explorer|viewer|diagram|sidebar|panel)\b", Options, TimeoutMs)]
    private static partial Regex SchemaScreen();

    /// <summary>
    /// What a deletion only sets the scene for ("speeds up the query when deleting a bucket"): what the user does then, not
    /// what the release deletes.
    /// </summary>
    internal static string WithoutDeletionCircumstance(string text) => DeletionCircumstance().Replace(text, " ");

    [GeneratedRegex(@"\b(?:when|while|on|during)\s+(?:deleting|removing|dropping|purging)\s+(?:an?|the|your)\s+[\w-]+", Options, TimeoutMs)]
    private static partial Regex DeletionCircumstance();

    /// <summary>A change made only to the examples or documentation ("Remove the invalid transition from the examples"): nothing deployed is removed.</summary>
    [GeneratedRegex(@"\b(?:from|in)\s+(?:the\s+)?(?:code\s+)?(?:examples?|samples?|docs|documentation|readme)\W*$", Options, TimeoutMs)]
    internal static partial Regex OnlyInExamples();

    /// <summary>
    /// In a fix, the configuration code where the bug was ("deadlock in configuration caching") or "setting" as a verb
    /// ("Avoid setting `content-length` before middleware"): no setting of the operator's changes.
    /// </summary>
    internal static string WithoutConfigInternals(string text) => ConfigInternals().Replace(text, " ");

    [GeneratedRegex(@"\bconfig(?:uration)?\s+(?:caching|cache|parsing|parser|loading|loader|builder|object|class|item\s+creation)\b | \b(?:avoid|avoids|stop|stops|skip|skips|prevent|prevents|don[’']?t|no\s+longer)\s+setting\b", Options, TimeoutMs)]
    private static partial Regex ConfigInternals();

    [GeneratedRegex("""
          \bhas\s+a\s+new\s+(?:maven\s+)?(?:coordinates?|artifact(?:\s+id)?|package\s+name|module\s+name|group\s+id)\b
        | \bnow\s+packaged\s+as\s+separate\b
        | \bdiscontinu\w*\s+(?:[\w.-]+\s+){0,3}?support\b | \bdiscontinu\w*\s+support\s+for\b
        """, Options, TimeoutMs)]
    private static partial Regex BreakingForms28();
}
