using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What tells a patch release that changes behaviour from one that only fixes: a changed default, a step the operator
/// must take, and the fix-shaped wordings that only look like changes ("no longer crashes", "Allow … (bug #1305)",
/// "Added a tutorial").
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// A default changed by the release ("url.redirect-code = 308 new default", "CORS is disabled by default", "changes
    /// the default protocol from RESP2 to RESP3", "now defaults to all interfaces"): whoever relied on the old default
    /// sees different behaviour after the deploy, so the release is not a plain fix.
    /// </summary>
    [GeneratedRegex("""
        \bnew\s+default\b | \bchang(?:e|es|ed|ing)\s+(?:the\s+)?default\b | \bdefault\s+(?:\w+\s+){0,3}?(?:is\s+now|changed|changes)\b
        | \bnow\s+defaults?\s+to\b | \b(?:is|are)\s+(?:now\s+)?(?:disabled|enabled|off|on)\s+by\s+default\b | \bdefaults?\s+to\s+(?:stronger|the\s+new)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ChangedDefault();

    /// <summary>
    /// Something that "no longer" crashes, fails, warns or leaks: the bug is gone, nothing the operator relied on stops
    /// ("wildcards that match no files no longer emit a parser warning").
    /// </summary>
    [GeneratedRegex("""
        \bno\s+longer\s+(?:\w+\s+)?(?:emits?|logs?|prints?|shows?|raises?|throws?|crash\w*|fails?|hangs?|panics?|leaks?|errors?|warns?|blocks?|times?\s+out|breaks?|causes?|triggers?|returns?\s+(?:an?\s+)?(?:error|500))\b[^.;\n]{0,40}?
        (?:warning|error|exception|panic|crash|failure|leak|deadlock|\b(?:crash|fail|hang|panic|leak|break)\w*)?
        """, Options, TimeoutMs)]
    private static partial Regex StopsFailing();

    private static bool StopsFailing(string item) => StopsFailing().IsMatch(item);

    /// <summary>
    /// An addition that ships no behaviour: documentation, a tutorial or a test case ("Added a tutorial for moving
    /// tables", "Added `expand` parameter documentation to `get()`", "Added `GenericOAuth2ResourceOwnerTestCase`").
    /// </summary>
    [GeneratedRegex("""
        ^\W*(?:[\w/.-]{1,30}:\s+)?(?:add|adds|added|adding)\b[^.;\n]{0,80}?(?:\b(?:documentation|docs|tutorials?|how-?to|test\s+cases?|unit\s+tests?)\b|(?-i:[a-z0-9]Test(?:Case)?s?\b))
        """, Options, TimeoutMs)]
    private static partial Regex DocsOrTests();

    public static bool IsDocsOrTestsItem(string item) => DocsOrTests().IsMatch(item);

    /// <summary>A section that lists documentation changes ("Improved Documentation", "Docs"): nothing in it is deployed.</summary>
    [GeneratedRegex(@"\b(?:documentation|docs)\b", Options, TimeoutMs)]
    private static partial Regex DocsSection();

    public static bool IsDocsSection(string heading) => DocsSection().IsMatch(heading);

    /// <summary>
    /// A step the notes ask of whoever deploys the release ("You must either configure `ALLAUTH_TRUSTED_PROXY_COUNT`",
    /// "You may need to re-sync Stripe charges", "requires ALTER EXTENSION pg_cron UPDATE", "This requires a migration"):
    /// a patch release that asks for one is not a plain hotfix (README: PgBouncer 1.24.1's changed `auth_query`).
    /// </summary>
    [GeneratedRegex("""
        \byou\s+(?:must|need\s+to|have\s+to|may\s+need\s+to|will\s+need\s+to)\s+(?:now\s+)?(?:either\s+|also\s+|first\s+)?(?:configure|re-?sync|resync|re-?run|migrate|rebuild|re-?index|restart|regenerate|re-?create|upgrade|enable|disable|declare|handle|update|set|run|add|remove|rename)\b
        | \brequires?\s+(?:running\s+|a\s+|an\s+)?(?:alter\s+extension|(?:database\s+|schema\s+|db\s+)?migration\s+that\b)
        """, Options, TimeoutMs)]
    internal static partial Regex OperatorStep();

    /// <summary>An item that reverts an earlier change ("Revert \"feat: add orWhereKey\"", "Revert breaking change in errors handling"): a fix.</summary>
    [GeneratedRegex(@"^\W*(?:[\w/.-]{1,30}:\s+)?revert(?:s|ed|ing)?\b", Options, TimeoutMs)]
    private static partial Regex Revert();

    public static bool IsRevert(string item) => Revert().IsMatch(item);

    /// <summary>
    /// A change that is still a fix or upkeep although the item reads as breaking: it reverts an earlier change, bumps a
    /// dependency ("#749: bump minimum versions of pyjwt"), tidies internals under a "Refactoring" or "Chores" heading,
    /// says a failure stopped ("no longer emits a parser warning") or names the bug it closes ("without a race-condition").
    /// </summary>
    public static bool IsFixShapedChange(string item, string? section) =>
        IsRevert(item) || IsUpkeepItem(TicketPrefix().Replace(item, string.Empty)) || StopsFailing(item) || DescribesBug().IsMatch(item)
        || (section is not null && InternalSection().IsMatch(section));

    [GeneratedRegex(@"^\W*(?:\#\d+|\[\#?\d+\]|[A-Z]+-\d+)\s*:?\s*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex TicketPrefix();

    [GeneratedRegex(@"\b(?:race[\s-]+conditions?|bugs?|crash\w*|vulnerab\w*|regressions?|exploit\w*)\b", Options, TimeoutMs)]
    private static partial Regex DescribesBug();

    /// <summary>
    /// An item that closes a security hole: it names the advisory (CVE-2026-1234, GHSA-…, VU#421644) or the attack it
    /// stops (as a word: <c>controller.csrf.defaultCrumbIssuer</c> is a setting's name) ("stored XSS", "server-side request forgery (SSRF)", "auth bypass", "a Denial-of-Service vector", "let users
    /// delete other tenants' files"). What it removes or makes "no longer" possible is the fix itself: the labelling rules
    /// make CVE fixes hotfixes, and the removal is there because the old behaviour was the vulnerability.
    /// </summary>
    public static bool IsSecurityFix(string item) => SecurityFix().IsMatch(item);

    [GeneratedRegex("""
        \bcve-\d{4}-\d+ | \bghsa-[a-z0-9]{4}- | \bvu\#\d+ | (?<![\w.])(?:xss|csrf|ssrf)(?![\w.]) | \brequest\s+forgery\b
        | \b(?:sql|command|header|template|code)\s+injection\b | \b(?:auth\w*|authori[sz]ation|permission|access)\s+bypass\b | \bdenial[\s-]+of[\s-]+service\b
        | \bvulnerab\w* | \bsecurity\s+(?:fix|issue|hole|advisory|vulnerability|problem|bug)\b | \b(?:sec|security)\s+hotfix\b
        | \blet\s+(?:users?|anyone|attackers?|clients?)\b[^.;\n]{0,40}?\bother\s+(?:tenants?|users?|accounts?)
        """, Options, TimeoutMs)]
    private static partial Regex SecurityFix();

    [GeneratedRegex(@"\b(?:refactor\w*|internals?|chores?|maintenance|housekeeping)\b", Options, TimeoutMs)]
    private static partial Regex InternalSection();
}
