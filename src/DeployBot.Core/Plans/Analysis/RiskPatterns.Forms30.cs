using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 30, one pattern per area (each a part of that area's pattern), and what
/// only looks like an area. Data: existing secrets or records the new version re-encrypts or converts itself ("the operator
/// will encrypt existing passwords with scram-sha-256"), a migration that removes duplicate rows, and records stored in an
/// old serialized format that must be loaded and stored again. Auth: a CA or client certificate made mandatory. Infra:
/// container images renamed. Not breaking: a floor lowered ("Lower minimum Terraform version to 1.5.7"), a compatibility
/// regression fixed ("fix backward-incompatible change … that slipped in 4.2.3"; a revert of a shipped breaking change
/// still breaks whoever adopted it), a dependency pinned because of its own
/// breaking change, an opt-in step ("To take advantage of X, you need to …") and "before the next major version". Not
/// infra: a product whose name ends in ".NET" ("Akka.NET v1.5.27.1" is not a .NET runtime version).
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          \b(?:will\s+|then\s+)?(?:re-?encrypt|encrypt|re-?hash|rehash|convert|rewrite)(?:s|es)?\s+(?:all\s+)?(?:the\s+|your\s+)?existing\s+(?:[\w-]+\s+){0,2}?(?:passwords?|secrets?|credentials?|records?|rows?|documents?|entries|values|data)\b
        | \bstored\s+(?:in\s+(?:the\s+|your\s+)?(?:database|db|job\s+store)\s+)?in\s+(?:the\s+|a\s+|an\s+)?(?:(?:binary|old|older|legacy|previous|serialized)\s+){1,2}format\b
        """, Options, TimeoutMs)]
    private static partial Regex DataForms30();

    /// <summary>
    /// A migration that removes duplicate rows before a unique constraint ("comes with a migration that will remove duplicate
    /// codes"): stored records deleted, so data and destructive.
    /// </summary>
    [GeneratedRegex(@"\bmigrations?\s+(?:that|which)\s+(?:will\s+)?(?:remove|delete|drop|purge|merge|deduplicate)s?\s+(?:all\s+)?(?:the\s+)?(?:existing\s+)?duplicat\w*", Options, TimeoutMs)]
    internal static partial Regex DuplicatesRemoved();

    [GeneratedRegex("""
          \b(?:ca|client|peer|tls)\s+certificates?\b(?:\s+files?)?[^.;\n]{0,40}?\b(?:is|are)\s+(?:now\s+)?(?:mandatory|required)\b
        | \brequires?\s+(?:an?\s+|the\s+)?(?:ca|client)\s+certificates?\b
        """, Options, TimeoutMs)]
    private static partial Regex AuthForms30();

    [GeneratedRegex("""
          \b(?:container|docker|oci|helm)?\s*images?\s+(?:are|were|have\s+been|has\s+been|is)\s+(?:now\s+)?renamed\b
        """, Options, TimeoutMs)]
    private static partial Regex InfraForms30();

    /// <summary>
    /// What only sounds breaking: a lowered floor, a fixed compatibility regression, a dependency pinned against its own
    /// breaking change, an opt-in step, and a bugfix release "before the next major version".
    /// </summary>
    internal static string WithoutNonBreaking30(string text) => UpstreamBreakingChange().Replace(NonBreaking30().Replace(text, " "), " ");

    [GeneratedRegex("""
          \b(?:lower|lowers|lowered|lowering|relax|relaxes|relaxed|relaxing|reduce|reduces|reduced)\s+(?:the\s+)?minim(?:um|al)\s+(?:supported\s+|required\s+)?[\w.`-]+\s+versions?\b
        | \b(?:fix|fixes|fixed|fixing)\s+(?:an?\s+|the\s+)?(?:accidental\s+|unintended\s+|unintentional\s+)?(?:backwards?[\s-]in-?compatib\w*|breaking)\s+(?:changes?|regressions?)\b
        | \bto\s+(?:take\s+advantage\s+of|benefit\s+from|opt\s+into?)\b[^.;\n]{0,120}?,\s*you\s+(?:will\s+)?(?:need|have)\s+to\b
        | \b(?:before|until|ahead\s+of)\s+the\s+(?:next|upcoming)\s+major\s+(?:version|release)\b
        """, Options, TimeoutMs)]
    private static partial Regex NonBreaking30();

    /// <summary>
    /// A dependency's own breaking change the release keeps out ("Pinned django-treebeard to 4.4.x, because of a breaking change
    /// introduced in version 4.5 that requires database migrations"): the clause tells why the pin is there, nothing this
    /// release changes (neither breaking nor a schema change).
    /// </summary>
    [GeneratedRegex("""
          \b(?:because\s+of|due\s+to|to\s+avoid|avoiding)\s+(?:an?\s+|the\s+)?(?:backwards?[\s-]in-?compatible\s+|breaking\s+)changes?\s+(?:introduced\s+|made\s+|shipped\s+)?in\s+(?:version\s+|v)?\d+(?:\.[\dx]+)*\b[^.;\n]*
        """, Options, TimeoutMs)]
    private static partial Regex UpstreamBreakingChange();

    /// <summary>The schema area's text without a dependency's own breaking change (see <see cref="UpstreamBreakingChange"/>).</summary>
    internal static string WithoutUpstreamBreakingChange(string text) => UpstreamBreakingChange().Replace(text, " ");

    /// <summary>
    /// A product named after .NET ("Akka.NET v1.5.27.1", "Quartz.NET 3.0", "NLog.NET"): its own version, not the .NET
    /// runtime's. ASP.NET and ADO.NET stay: they are parts of the platform.
    /// </summary>
    internal static string WithoutDotNetProducts(string text) => DotNetProduct().Replace(text, " ");

    [GeneratedRegex(@"(?<![\w.])(?!asp\.net|ado\.net)[a-z][\w-]*\.net\b(?!\s+(?:core|framework|standard)\b)", Options, TimeoutMs)]
    private static partial Regex DotNetProduct();
}
