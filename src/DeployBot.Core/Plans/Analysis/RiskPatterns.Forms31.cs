using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 31, one pattern per area (each a part of that area's pattern), and what
/// only looks like an area. Schema: an upgrade script in SQL to apply ("apply the `v2.11.0.sql` upgrade script"), a rule
/// enforced "on database level", a table "in DB" changed. Data: existing values the upgrade migrated or converted itself,
/// data moved by export and import ("migrate most of your data", "an export (backup) of your data"), stored preferences
/// no longer read until the operator migrates them ("Migrate yours with `…`"), expired records deleted by default. Auth:
/// IAM, the cloud's access control, also inside a resource's name (<c>google_x_iam_binding</c>). Infra: a Terraform
/// resource or its state named in backticks (not a data source, which only reads), a Kubernetes control plane or admission controller, volumes
/// and cgroups, an image's name or digest, a build run in a container, a module shipped as a separate package, notes to
/// packagers, a 64-bit OS, a new instance stood up beside the old one, and support added or dropped for a named platform
/// version ("Drop Support for Nextcloud 31").
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          \bapply\s+(?:the\s+)?`?[\w./*-]*\.sql`?\s+(?:upgrade\s+|migration\s+|schema\s+)?scripts?\b
        | \b(?:on|at)\s+(?:the\s+)?database[\s-]level\b
        | \b(?:update|updates|updated|extend|extends|extended|change|changes|changed|alter|alters|altered)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?tables?\s+in\s+(?:the\s+)?(?:db|database)\b
        """, Options, TimeoutMs)]
    internal static partial Regex SchemaForms31();

    [GeneratedRegex("""
          \b(?:existing|stored)\s[^.;\n]{0,60}?\b(?:was|were|will\s+be|is|are|gets?)\s+(?:now\s+)?(?:automatically\s+)?(?:migrated|converted)\s+(?:to|into)\b
        | \bmigrat\w*\s+(?:all\s+|most\s+of\s+|some\s+of\s+)?your\s+(?:existing\s+)?data\b | \byour\s+data\s+from\s+the\s+old\s+(?:version|instance|install\w*)\b
        | \bexport\w*\s+(?:\([\w\s]{1,20}\)\s+)?of\s+(?:all\s+)?your\s+data\b | \b(?:upload|import)\w*\s+the\s+exported\s+data\b
        | \bstored\s+in\s+(?:ini|xml|json|yaml|yml|config(?:uration)?)\s+files?\s+(?:are|is)\s+(?:not\s+(?:loaded|read|used)\s+anymore|no\s+longer\s+(?:loaded|read|used))\b
        | \bmigrate\s+yours\s+(?:with|using|by\s+running)\b
        """, Options, TimeoutMs)]
    private static partial Regex DataForms31();

    /// <summary>
    /// Expired records deleted by default ("Expired messages can either be deleted (the default behavior) or moved to the
    /// dead-letter queue"): stored data goes, as with a shortened retention, but nothing is rewritten, so, like
    /// <see cref="RetentionShortened"/>, it is data without being a stated rewrite that makes a migration.
    /// </summary>
    [GeneratedRegex("""
          \bexpired\s+(?:messages|jobs|records|entries|events|rows|sessions|tokens)\s+(?:can\s+either\s+be|are|will\s+be)\s+(?:now\s+)?(?:automatically\s+)?(?:deleted|purged|removed)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ExpiredDeleted31();

    [GeneratedRegex("""
          (?<![/@.-])\biam\b(?![/-])(?!\s+(?:methods?|typings?|apis?|clients?)\b) | (?<=\w)_iam_(?:\w+|\*)
        """, Options, TimeoutMs)]
    private static partial Regex AuthForms31();

    [GeneratedRegex("""
          `[a-z][a-z0-9]*_[a-z0-9_*]+`\s+(?:resources?|state\s+(?:migrations?|upgrades?))\b
        | (?<![/-])\bcontrol[\s-]planes?\b | \badmission\s+(?:controllers?|webhooks?)\b
        | (?<![.\w-])(?<!\b(?:event|traffic|request|message|sales|search|sound|audio)\s)volumes?\b(?!\s+\d)(?!\s+of\b) | \bcgroups?\b | \bcgroup_\w+
        | \bimage\s+(?:names?|digests?)\b | \bdigests?\s+in\s+(?:the\s+)?image\b
        | \bin\s+(?:a|an\s+isolated|a\s+separate|its\s+own)\s+(?:docker\s+|oci\s+)?containers?\b
        | \bshipped\s+as\s+(?:a\s+)?separate\s+packages?\b | \bnote\s+(?:to|for)\s+packagers\b | \bpackagers?\s*:
        | \b(?:32|64)[\s-]?bit\s+(?:os|operating\s+systems?|architectures?|hosts?)\b
        | \b(?:stand|set)\s+up\s+a\s+(?:new|second|separate)\s+instance\b
        | (?-i:\b(?:[Dd]rop(?:s|ped|ping)?|[Aa]dd(?:s|ed|ing)?|[Rr]emov(?:e|es|ed|ing))\s+(?:official\s+)?[Ss]upport\s+for\s+[A-Z][A-Za-z]+\s+v?\d+(?:\.\d+)*\b)
        """, Options, TimeoutMs)]
    private static partial Regex InfraForms31();

    /// <summary>
    /// A support promise that names security ("It enters maintenance mode and will only receive security fixes"): what a
    /// module will get from now on, not a security change of this release.
    /// </summary>
    internal static string WithoutNonAuth31(string text) => NonAuth31().Replace(text, " ");

    [GeneratedRegex("""
          \b(?:will\s+)?(?:only\s+(?:receive|get)|receive\s+only|get\s+only)\s+(?:critical\s+)?security\s+(?:and\s+critical\s+)?(?:fixes|updates|patches)\b
        | \bmaintenance\s+mode\b[^.;\n]{0,60}?\bsecurity\s+(?:fixes|updates|patches)\b
        """, Options, TimeoutMs)]
    private static partial Regex NonAuth31();

    /// <summary>
    /// What only sounds like configuration: "No feature flags has been graduated in this release" rules a change out; settings a user
    /// clicks in the front end ("Add importing/exporting articles to frontend settings", "App settings are now displayed in an app
    /// settings dialog"); a warning about configuration (a symptom) and a method named `config`; and, in a fix, the settings under which the bug showed ("when the settings `A` and `B` were set to
    /// different values").
    /// </summary>
    internal static string WithoutNonConfig31(string text) => NonConfig31().Replace(text, " ");

    [GeneratedRegex("""
          \bno\s+(?:feature\s+flags?|flags?|settings?|options?)\s+(?:has|have|were|was)\s+(?:been\s+)?(?:graduated|promoted|changed|added|removed)\b
        | \b(?:frontend|front-end|in-app)\s+settings?\b
        | \bsettings?\s+(?:are|is)\s+(?:now\s+)?(?:displayed|shown)\s+in\b[^.;\n]{0,40}
        | \bconfiguration\s+warnings?\b | `config\w*`\s+(?:method|function)s?\b
        """, Options, TimeoutMs)]
    private static partial Regex NonConfig31();

    /// <summary>In a fix, the settings under which the bug showed ("… when the settings `A` and `B` were set to different values").</summary>
    internal static string WithoutBugCondition31(string text) => BugCondition31().Replace(text, " ");

    [GeneratedRegex("""
          \b(?:when|if|while)\s+(?:the\s+)?(?:settings?|options?)\s+(?:`[^`\n]+`|[A-Z][A-Z0-9_]+)(?:\s*(?:,|and|or)\s*(?:`[^`\n]+`|[A-Z][A-Z0-9_]+))*\s+(?:was|were|is|are)\s+(?:set|configured)\b[^.;\n]*
        """, Options, TimeoutMs)]
    private static partial Regex BugCondition31();

    /// <summary>
    /// What only sounds breaking: a floor lowered in the other word order ("Lowered the ``ansible-core`` minimum version to
    /// ``2.16``"), a change said to remove nothing ("does not change or remove existing functionality"), and a bare callout
    /// label ("Important Note!") whose content follows as its own items.
    /// </summary>
    internal static string WithoutNonBreaking31(string text) => NonBreaking31().Replace(text, " ");

    [GeneratedRegex("""
          \b(?:lower|lowers|lowered|lowering|relax|relaxes|relaxed)\s+(?:the\s+)?`{0,2}[\w.-]+`{0,2}\s+minim(?:um|al)\s+(?:supported\s+|required\s+)?versions?\b
        | \b(?:does|do|will)\s+not\s+(?:change\s+or\s+remove|remove\s+or\s+change|remove|break)\s+(?:any\s+)?existing\s+(?:functionality|features?|behaviou?r)\b
        | ^\W*(?:important|warning|caution)(?:\s+notes?)?\s*[!:.]*\s*$
        """, Options, TimeoutMs)]
    private static partial Regex NonBreaking31();

    /// <summary>
    /// In a fix, the symptom told with "breaking" as a verb ("FutureCallback never called, breaking Java agent instrumentation"):
    /// what the bug broke, which the fix repairs; not a breaking change of the release.
    /// </summary>
    internal static string WithoutBrokenSymptom31(string text) => BrokenSymptom31().Replace(text, " ");

    [GeneratedRegex(@",\s+breaking\s+(?!changes?\b|(?:backwards?[\s-])?compatib\w*)(?:the\s+)?[\w-]+", Options, TimeoutMs)]
    private static partial Regex BrokenSymptom31();
}
