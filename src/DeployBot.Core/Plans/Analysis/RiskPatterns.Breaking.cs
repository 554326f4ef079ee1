using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Breaking: backwards-incompatible changes. Besides the explicit words this counts removed support or compatibility,
/// removing deprecated things, "has been removed", a feature-adding change reverted, "no longer" behaviour (not in a
/// fix, where it names the bug), warnings
/// addressed to the operator, upgrade notes, what the operator must now do ("you must now set", "if you rely on"), what of theirs must now change ("dashboards
/// matching these codes must be updated": what worked before no longer does), and a
/// raised runtime floor ("requires Redis v6.0+", "Update required Ruby version", "Update MSRV", the minimum supported Rust
/// version: the older runtime is no longer supported).
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex($$"""
        \bbreaking\b | \bbackwards?[\s-]incompatible\b | \bnot\s+backwards?[\s-]compatible\b | \bincompatible\b | \bbc\s+break\b
        | \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping|end\s+of)\s+(?:[\w.+]+\s+){0,3}?(?:support|compatibility|endpoints?|apis?|fields?|parameters?|methods?|symbols?)\b
        | \bremov\w*\s+(?:the\s+)?(?:long[\s-])?deprecated\b | \bdeprecated\b[^.;\n]{0,80}?(?<!\bwill\s+be\s+)\b(?:removed|dropped)\b | \b(?:removed|dropped)\s+in\s+favou?r\s+of\b
        | \b(?:has|have)\s+been\s+(?:fully\s+|completely\s+)?(?:removed|dropped|renamed)\b
        | \baction\s+required\b | \brefuses?\s+to\s+start\b | \bwill(?<!\b(?:future|upcoming|next|later)\s+(?:\w+\s+){0,2}?(?:versions?|releases?)\b[^.;\n]{0,60}\bwill)\s+(?:now\s+)?(?:fail|refuse|reject)\b
        | \bmajor\s+(?:version|changes)\b | \bupgrade\s+notes?\b | \bapi\s+contract\b | \brenam(?:e|es|ed|ing)\s+`[^`\n]+`\s+to\s+`
        | \bchanged\s+from\s+`[^`\n]+`\s+to\s+` | ^\W*(?:\[!)?(?:warning|important|caution)\b(?!\]\W*$)
        | \bif\s+you\s+(?:rely|depend|relied)\s+on\b | \b(?:you|users?)\s+(?:must|will\s+need\s+to|need\s+to|have\s+to)\s+(?:now\s+)?(?:set|update|change|migrate|replace|rename|remove|add|explicitly)\b
        | \bmust\s+(?:now\s+)?be\s+(?:updated|changed|adjusted|migrated|renamed|replaced|rewritten)\b
        | \bneed\s+to\s+set\b | ^\W*revert\w*\W+(?:\[[^\]\n]{1,20}\]\s*)?(?:feat\w*|add\w*|new|introduc\w*|support)\b
        | \b(?:endpoints?|fields?|parameters?|response\s+format)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:removed|renamed)\b
        | \b(?:raise[sd]?|raising|bump(?:s|ed)?|increase[sd]?)\s+(?:the\s+)?minimum\b | \bminimum[\s-]+(?:supported\s+|required\s+)?[\w.]+\s+(?:version\s+)?(?:is\s+now|now|to)\b
        | \brequires?\s+[\w.]+\s+v?\d+(?:\.\d+)*\s+or\s+(?:newer|later|higher|above)\b | \b(?:is|are)\s+no\s+longer\s+supported\b
        | \brequires?\s+{{Runtime}}\s*v?\d+(?:\.\d+)*\+ | \b(?:update|updates|updated|raise|raises|raised|bump|bumps|bumped)\s+(?:the\s+)?(?:required|minimum)\s+{{Runtime}}\s+versions?\b | \b(?:update|updates|updated|raise|raises|raised|bump|bumps|bumped|increase|increases|increased)\s+(?:the\s+)?msrv\b
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    internal static partial Regex Breaking();

    /// <summary>
    /// Behaviour that stops, or a new requirement ("now requires the `headless` extra", "`session` is now required",
    /// "Require the key ID to be set when verifying"):
    /// breaking unless the item is a fix ("Fix X no longer being accepted"). What is no longer required, enforced, limited
    /// or validated was relaxed, which breaks no one, and "…, so transient gaps no longer flap" tells what a change cures, as
/// does a bug's symptom that ends ("errors during retention no longer leave orphaned objects", "no longer fails on …",
/// "no longer panics", "no longer drops updates", "will no longer cause X to panic"), and a cache that goes ("no longer caches
/// verified tokens"): nobody relied on it, whether or not the sentence says "so".
    /// </summary>
    [GeneratedRegex(@"\bno\s+longer\b(?<!\bso\s+(?:that\s+)?[^.;,\n]{0,80}?no\s+longer)(?!\s+(?:required|needed|necessary|mandatory|requires?|used|need|needs|enforced?|enforces|limit(?:s|ed)?|restrict(?:s|ed)?|validated|validates|checked|checks|overflows?|overlaps?|flickers?|crash(?:es)?|hangs?|freezes?|leaks?|leaves?|fails?|panics?|errors?|corrupts?|blocks?|throws?|cach(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|times?\s+out|spins?|loops?|deadlocks?|orphans?|drops?|loses?|(?:actively\s+)?maintained|developed)\b) | \bnow\s+requires?\b | \b(?:is|are)\s+now\s+(?:required|mandatory)\b
        | (?m:^)\W*(?:require|requires|enforce|enforces)\b[^.;\n]{0,60}?\bto\s+(?:be|have|include|use)\b", Options, TimeoutMs)]
    internal static partial Regex NoLonger();

    /// <summary>
    /// The other ways changelogs announce an incompatible change, breaking unless the item is a fix: a conventional
    /// commit marked with "!" (<c>feat!:</c>, <c>fix(api)!:</c>), an instruction to the operator ("you must …", "if you
    /// are using X, …"), a minimum version raised, something renamed ("is now called", "has been renamed"), a feature,
    /// command, option or plugin removed, a named thing removed (<c>Remove `aliases` from …</c>), something deprecated
    /// now removed, dropping a runtime or engine version ("Drop Python 3.8"), and input that now takes another name or
    /// form ("accept `job_timeout` instead of `timeout`", "now takes a boolean instead of a string"). Upgrade notes also
    /// contrast the new behaviour with the old: "now … where previously …", "now returns a 404 (previously a 200)", a
    /// sentence that starts "Previously …" (unless it tells the bug or vulnerability a fix cures), "now fails", "changes X
    /// from "a" to "b"", what existing sessions or data stop doing after the upgrade, and a key that is now another key
    /// ("`retry.max_retries: 3` is now `retry.give_up_after: 1s`"; not "`x.enabled` is now `true`", a value).
    /// </summary>
    [GeneratedRegex($$"""
        ^\W*(?:\[[^\]\n]{1,20}\]\s*)?[a-z]+(?:\([^)\n]{0,30}\))?!: | \bbreaking[\s-]changes?:
        | \byou\s+(?:must|will\s+(?:now\s+)?need\s+to|now\s+need\s+to)\b | \bif\s+you(?:'re|\s+are)\s+using\b
        | \bminimum\b[^.;\n]{0,50}?\b(?:is\s+now|are\s+now|raised|bumped|increased)\b
        | \b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?renamed\b | \b(?:is|are)\s+now\s+(?:called|named)\b | ^\W*(?:rename|renames|renamed|renaming)\b(?![^.;\n]{0,60}\b(?:button|label|tab|menu|link|title|heading|tooltip|copy|page|screen|icon)\b)
        | \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:the\s+|all\s+)?(?:\w+\s+){0,3}?(?:features?|functionality|commands?|sub-?commands?|options?|plugins?|modules?|integrations?)\b
        | ^\W*(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:the\s+)?(?:deprecated\s+|legacy\s+|old\s+|unused\s+)?`
        | \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\b[^.;\n]{0,60}?\bdeprecated\b
        | \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:support\s+for\s+)?{{Runtime}}\s*v?\d
        | \b(?:accept|accepts|take|takes|expect|expects|require|requires)\s+(?:an?\s+|the\s+)?`[^`\n]+`\s+(?:\w+\s+)?instead\s+of\b
        | \bnow\s+(?:takes?|accepts?|expects?|returns?|requires?)\b[^.;\n]{0,40}?\binstead\s+of\b
        | \bnow\b[^.;\n]{0,80}?\b(?:where|when|whereas)\s+(?:they\s+|it\s+)?previously\b | \bnow\b[^.;\n]{0,120}?\(\s*previously\b | ^\W*previously\b(?![^\n]{0,200}?\b(?:bugs?|vulnerab\w*|injection|crash\w*|not\s+properly|incorrect\w*|wrongly|leak\w*|errors?|could\s+(?:result|cause|lead))\b)
        | \bnow\s+(?:rejects?|fails?|throws?|raises?|errors?)\b | \bwill\s+now\s+error\b
        | \b(?:is|are)\s+not\s+(?:available|supported|accepted|read)\s+any\s?more\b | \b(?:does|do|will)\s+not\s+(?:support|accept|read)\b(?:[^.;\n]|\.(?=\S)){0,60}?\bany\s?more\b
        | \bchang\w*\s+[^.;\n]{0,40}?\bfrom\s+["'`][^"'`\n]{1,40}["'`]\s+to\s+["'`]
        | `(?<old>[\w.-]+)(?::[^`\n]*)?`(?:\s*\([^)\n]{0,20}\))?\s+(?:is|are)\s+now\s+`(?!\k<old>[`:])(?=[\w-]*[._])[\w.-]*[a-z]{2}[\w.-]*
        | \bexisting\b[^.;\n]{0,40}?\b(?:fail|fails|stop|stops|break|breaks)\b[^.;\n]{0,40}?\bafter\s+(?:the\s+|an\s+)?upgrad
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    internal static partial Regex BreakingChange();

    /// <summary>
    /// What the operator now has to do or change ("now need to use", "may need to be adjusted", images moved to another
    /// registry, containers that now run as non-root, a dotted key removed). A part of <see cref="IsBreakingChange"/>,
    /// apart so that neither generated matcher grows past the size the JIT optimises.
    /// </summary>
    [GeneratedRegex($$"""
          \bnow\s+(?:need|needs|have|has)\s+to\s+(?:use|set|specify|pass|provide|adjust|update|change|migrate|replace)\b
        | \b(?:needs?|will\s+need|may\s+need|might\s+need)\s+to\s+be\s+(?:adjusted|updated|changed|migrated|replaced|re-?created|re-?configured)\b
        | \b(?:instead\s+of|migrated\s+to|moved\s+to|moves\s+to)\b[^.;\n]{0,40}?\b(?:docker\s+hub|quay\.io|ghcr\.io|(?:container|image)\s+registry)\b
        | \b(?:runs?|running)\s+(?:\w+\s+){0,2}?as\s+(?:a\s+)?non-?root\b
        | ^\W*(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+(?:the\s+)?{{DottedKey}}
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex BreakingChange2();

    /// <summary>Any of the ways changelogs announce an incompatible change (<see cref="BreakingChange"/> and its second part).</summary>
    internal static bool IsBreakingChange(string text) =>
        BreakingChange().IsMatch(text) || BreakingChange2().IsMatch(text) || BreakingChange3().IsMatch(text) || BreakingForms26().IsMatch(text)
        || BreakingForms27().IsMatch(text) || BreakingForms28().IsMatch(text) || BreakingForms29().IsMatch(text);

    /// <summary>
    /// An item that describes a bug fix ("Fix …", "fixed …", "[BUGFIX] …", "fix(scope): …", "[#1830] Fix …", "8796 fix: …"),
    /// also after the component it is in ("mod_ssl: Fix crashes …", "network: fix …", "Bugfix: …" in nginx's "*) Bugfix:").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:\[?\#?\d+\]?:?\s+)?(?:[a-z][\w./-]{1,30}:\s+)?(?:\[(?:bug\s?fix|fix)\]|fix(?:e[sd])?\b|bug\s?fix(?:es)?\b|fix\([^)\n]{0,30}\):)", Options, TimeoutMs)]
    internal static partial Regex FixItem();

    /// <summary>
    /// An item that changes nothing that is deployed: documentation, tests, CI, linting ("docs: …", "Docs: …",
    /// "test(scope): …", "ci: …", a commit scoped to them such as "chore(test): …" or "fix(ci): …", a runtime added to the CI matrix or tested against on CI, a version changed in the CI
    /// pipelines, the project's test runner or suite), and what the notes say is not in this release ("NOT in this release: the
    /// SSO changes"), the link to the full changelog GitHub puts under a release ("Full Changelog: v2.52.0...v2.52.1"), and an invitation to the project's community ("Join our Discord server", "Follow us on Twitter"): where
    /// to talk to the maintainers is no integration of the release. It carries no risk area
    /// whatever it mentions ("Docs: update link to values.yaml", "Ruby 3.4 to CI matrix").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:\[[^\]\n]{1,20}\]\s*)?(?:docs?|documentation|tests?|testing|ci|lint|typo|readme|examples?)(?:\([^)\n]{0,30}\))?\s*:
        | ^\W*[a-z]+\((?:docs?|tests?|testing|ci|lint|examples?)\)\s*:
        | ^\W*(?:fix|fixes|fixed)\s+(?:(?:issues?|problems?)\s+with\s+)?(?:the\s+|a\s+)?(?:flaky\s+|failing\s+|broken\s+)?(?:tests?|test\s+suite|specs?|ci)\b(?!\s+(?:connection|endpoint|email|mode)\b)
        | \b(?:ci|test)\s+matrix\b | \bversions?\s+(?:in|on)\s+(?:the\s+)?(?:ci(?:\s+pipelines?)?|build\s+pipelines?|pipelines)\b | ^\W*test(?:s|ed|ing)?\s+(?:against|on|with)\b[^.;\n]{0,40}?\b(?:on|in)\s+ci\b
        | ^\W*(?:the\s+)?test\s+(?:runner|suite|harness)s?\b | ^\W*not\s+(?:in|included\s+in|part\s+of|shipping\s+in)\s+this\s+(?:release|deploy(?:ment)?|version)\b
        | ^\W*(?:join\s+(?:us|our)|follow\s+us|(?:chat|talk)\s+(?:with|to)\s+us)\b | ^\W*full\s+changelog\W*:
        | ^\W*(?:\[[^\]\n]{1,20}\]\s*)?(?:add|adds|added|update|updates|updated|improve|improves|improved)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:test\s+cases?|code\s+coverage|test\s+coverage)\b
        | \b(?:to|from|in|on)\s+(?:the\s+)?travis(?:[\s-]ci)?(?:\s+(?:build|config\w*|matrix))?\b
        | \b(?:appveyor|teamcity|circle\s?ci|jenkins|buildkite)\b[^.;\n]{0,20}?\b(?:builds?|jobs?|pipelines?|matrix)\b | \btests?\s+(?:errors?|failures?)\W*$", Options, TimeoutMs)]
    internal static partial Regex NothingDeployed();

    /// <summary>
    /// An item that only tells what the software did before this release, as the old code would or could behave
    /// ("Previously, it would attempt to delete all processed containers", "Previously, these could be used to perform
    /// SSRF attacks"): the bug the sentence before it fixes, not a change the release makes. A sentence that also says what
    /// happens now ("Previously the API would return 200, but it now returns 404") or states the old default ("Previously,
    /// the default was 30s") still contrasts the behaviours.
    /// </summary>
    [GeneratedRegex(@"^\W*previously\b(?=[^.;\n]{0,60}?\b(?:would|could|might)\b)(?![^\n]*\bnow\b)", Options, TimeoutMs)]
    internal static partial Regex OldBehaviourOnly();

    /// <summary>A section whose items change nothing deployed ("Documentation", "Doc improvements", "Tests").</summary>
    [GeneratedRegex(@"^\W*(?:docs?|documentation|tests?|testing|ci)(?:\s+(?:improvements?|changes?|updates?))?\W*$", Options, TimeoutMs)]
    internal static partial Regex NothingDeployedSection();
}
