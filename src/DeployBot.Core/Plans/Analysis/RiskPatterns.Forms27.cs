using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 27, one pattern per area (each a part of that area's pattern).
/// Data: a retention period shortened or a retention policy introduced (stored records are purged sooner), a datastore
/// flushed or a database dropped and recreated, existing resources deleted and recreated, infrastructure state that must
/// be migrated ("migrate your Terraform state"), the operator warned that data will be lost, data "now stored in" the
/// storage backend or database, and support removed for an old stored format. Auth: client (side) certificates, a
/// connection secured between two components, the <c>.netrc</c> credentials file, <c>oauth</c> inside a snake_case name.
/// Config: an option of an INI section ("[report] max_expand_occurrence option"), a chart's options or values, something
/// made opt-in, a default said to be "now defaulted to" or "has been reduced". External: HashiCorp's cloud (HCP, Terraform
/// Cloud / Enterprise). Infra: a datastore or runtime that "must be version N or later", Enterprise Linux by its short
/// name (EL9). Breaking: "breaks backward compatability" (the common misspelling), a "MAJOR:" entry tag, a Kubernetes
/// Service's name changed.
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>Not the bug a fix describes ("Fix a bug where you could lose data"): a warning to the operator.</summary>
    private const string NotABug = @"(?<!\b(?:bugs?|fix\w*|issues?|where|which|that|regression|crash\w*)\b[^.;\n]{0,80})";

    /// <summary>
    /// A retention period shortened or a retention policy introduced ("The default retention policy has been reduced from 30
    /// to 14 days", "Retention policies added for the audit queue"): stored records are purged sooner. Housekeeping while the
    /// service runs, not a rewrite the upgrade makes, so, like <see cref="ImpliedDataRewrite"/>, it alone makes no release a
    /// migration.
    /// </summary>
    [GeneratedRegex("""
          \bretention\s+(?:polic(?:y|ies)|periods?|windows?|times?|days?)\b[^.;\n]{0,40}?\b(?:reduced|shortened|lowered|decreased|cut)\b
        | \b(?:reduc\w*|shorten\w*|lower\w*|decreas\w*)\s+(?:the\s+)?(?:default\s+)?retention\b
        | \bretention\s+polic(?:y|ies)\s+(?:(?:has|have)\s+been\s+|(?:is|are)\s+now\s+)?(?:added|introduced|enforced|applied)\s+(?:for|to|on)\b
        | \bretention\b[^.;\n]{0,40}?\bfrom\s+\d+\s*(?:d|days?|h|hours?|weeks?|months?)?\s+to\s+\d+\s*(?:d|days?|h|hours?|weeks?|months?)\b
        | \bto\s+reduce\s+the\s+(?:number|amount|size)\s+of\s+(?:stored\s+|old\s+)?(?:records|rows|entries|jobs|events|messages|data)\b
        """, Options, TimeoutMs)]
    internal static partial Regex RetentionShortened();

    [GeneratedRegex($$"""
          \bflush(?:all|db)\b | \b(?:flush|wipe|empty)\s+(?:your|the|all)\s+(?:[\w®-]+\s+){0,2}?(?:instances?|databases?|keyspaces?|datastores?|data\s+stores?|volumes?)\b
        | \b(?:databases?|schemas?|tables?|redis|keyspaces?|ind(?:ex|exes|ices)|volumes?)\b[^.;\n]{0,80}?\b(?:deleted|dropped|wiped)\s+and\s+re-?created\b
        | \b(?:drop|delete|wipe)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:databases?|keyspaces?|ind(?:ex|exes|ices)|volumes?)\s+and\s+re-?creat\w*
        | \b(?:destroy|delete)\s+and\s+re-?create\s+(?:all\s+(?:of\s+)?)?(?:your|the)\s+existing\b
        | \bmigrat\w*\s+(?:your|the)\s+(?:terraform\s+)?state\b(?!\s+(?:management|machines?|stores?|hooks?|of)\b) | \bin\s+(?:the\s+)?(?:terraform\s+)?state\s+(?:need|needs|must|have|has)\s+(?:to\s+)?be\s+(?:migrated|moved)\b
        | \bterraform\s+state\s+(?:mv|rm|replace-provider)\b
        | {{NotABug}}\byou\s+(?:may|will|could|might|can)\s+lose\s+(?:all\s+(?:of\s+)?)?(?:your\s+|the\s+)?(?:stored\s+|existing\s+)?data\b
        | {{NotABug}}\b(?:all\s+)?(?:of\s+)?(?:your\s+|existing\s+|stored\s+)data\s+(?:will|may|could)\s+be\s+lost\b
        | \b(?:keep|keeps|kept|support|supports)\s+only\s+(?:one|a\s+single|the)\s+(?:[\w-]+\s+){0,3}?storage\s+(?:systems?|backends?|engines?)\b
        | \bremov(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?storage\s+(?:backends?|engines?)\b
        | \bnow\s+(?:stored|persisted|kept|saved)\s+in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:storage(?:\s+backends?)?|databases?|datastores?|data\s+stores?|backends?|redis|tables?)\b
        | \b(?:remov\w*|drop\w*)\s+support\s+for\b(?:[^.;\n]|\.(?=\d)){0,80}?\b(?:v\d+\s+)?(?:(?:storage|file|data|on-disk)\s+)?(?<!\b(?:config\w*|settings?|yaml|json|toml|ini|output|log|logging|date|time)\s+)format\s+is\s+used\b
        | \b(?:remov\w*|drop\w*)\s+support\s+for\s+(?:reading\s+)?(?:the\s+)?(?:old|legacy|v\d+|version\s+\d+)\s+(?:storage|on-disk|file|data|database)\s+formats?\b
        """, Options, TimeoutMs)]
    private static partial Regex DataForms27();

    /// <summary>
    /// An upgrade that cannot be undone ("There is no downgrade process", "you cannot go back"): where a database is in sight,
    /// its stored data is rewritten one way.
    /// </summary>
    [GeneratedRegex("""
          \bno\s+(?:downgrade|rollback)\s+(?:path|process|procedure|possible)\b | \bdowngrad\w*\s+(?:is|are)\s+not\s+(?:possible|supported)\b
        | \b(?:cannot|can[’']?t|can\s+not|won[’']?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+(?:go\s+back|downgrade|roll\s?-?back)\b
        """, Options, TimeoutMs)]
    internal static partial Regex NoWayBack();

    [GeneratedRegex("""
          \bclient[\s-](?:side\s+)?(?:tls\s+|ssl\s+|x\.?509\s+)?cert(?:ificate)?s?\b
        | \bsecur(?:e|es|ed|ing)\s+(?:the\s+)?(?:connections?|communications?|traffic)\s+(?:between|to|with|from)\b
        | (?<![\w-])\.netrc\b | (?<=[a-z0-9]_)oauth2?(?![a-z0-9]) | \boauth2?(?=_[a-z])
        """, Options, TimeoutMs)]
    private static partial Regex AuthForms27();

    [GeneratedRegex("""
          \[[a-z][\w.-]{1,30}\]\s+`?[a-z][\w.-]+`?\s+(?:options?|settings?|keys?|parameters?)\b
        | \bchart\s+(?:options?|values|parameters?|settings?)\b
        | \bmake[sd]?\s+(?:[`\w.-]+\s+){1,4}?opt[\s-](?:in|out)\b
        | \b(?:is|are)\s+now\s+defaulted\s+to\b | \bdefault\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+been\s+(?:reduced|increased|lowered|raised|changed|shortened|extended)\b
        """, Options, TimeoutMs)]
    private static partial Regex ConfigForms27();

    [GeneratedRegex("""
          \bhcp\b | \bterraform\s+(?:cloud|enterprise)\b
        """, Options, TimeoutMs)]
    private static partial Regex ExternalForms27();

    [GeneratedRegex("""
          \b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey|kafka|cassandra|rabbitmq|sql\s+server|clickhouse|etcd|zookeeper|node(?:\.?js)?|python|ruby|php|java|jdk|\.net|erlang)\s+must\s+be\s+(?:at\s+least\s+)?(?:version\s+)?v?\d+(?:\.\d+)*\s+or\s+(?:later|newer|higher|above)\b
        | (?-i:\bEL(?:[6-9]|1\d)\b)
        """, Options, TimeoutMs)]
    private static partial Regex InfraForms27();

    [GeneratedRegex("""
          \bbreak(?:s|ing)?\s+(?:the\s+)?(?:backwards?\s+)?compatab\w* | \b(?:backwards?[\s-])?incompatab\w*
        | (?-i:^\W*MAJOR:)
        | \bchang(?:e|es|ed|ing)\s+(?:the\s+)?(?:kubernetes\s+)?service\s+names?\b
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex BreakingForms27();
}
