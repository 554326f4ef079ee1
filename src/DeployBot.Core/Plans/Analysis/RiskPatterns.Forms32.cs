using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 32 (FRESH29's false alarms and misses): what only looks like
/// configuration ("zero-configuration TLS"), a breaking change another package made that a fix works around ("aws-sdk-core
/// 3.104.0 introduced a backwards incompatible change that caused …"), a use of a new option told as a removal ("This can be
/// used for supporting X by removing `:tagging_directive` when copying"), and a behaviour that stops, said with "not …
/// anymore" ("`Client::open` does not return a `Result` anymore").
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>
    /// "Support zero-configuration SSL", "in zero-config mode", "works configuration-free": a mode that needs no settings, the
    /// opposite of a configuration change.
    /// </summary>
    internal static string WithoutNonConfig32(string text) => NonConfig32().Replace(text, " ");

    [GeneratedRegex("""
          \b(?:zero|no)[\s-]config(?:uration)?\b | \bconfig(?:uration)?[\s-](?:free|less)\b
        """, Options, TimeoutMs)]
    private static partial Regex NonConfig32();

    /// <summary>
    /// In a fix, a breaking change of another package that the fix works around ("aws-sdk-core 3.104.0 introduced a backwards
    /// incompatible change that caused `S3#open` to raise"): the dependency broke, this release repairs it. Not "this release
    /// introduced a breaking change".
    /// </summary>
    internal static string WithoutDependencyBreak32(string text) => DependencyBreak32().Replace(text, " ");

    [GeneratedRegex("""
          (?<!\b(?:this|the)\s+(?:release|version|update|change)\s+)(?<!\bwe\s+)\b(?:introduced|introduces|made|shipped)\s+(?:an?\s+|some\s+)?(?:backwards?[\s-]+)?(?:incompatible|breaking)\s+changes?\b
        """, Options, TimeoutMs)]
    private static partial Regex DependencyBreak32();

    /// <summary>
    /// A use of a new option told by what it leaves out ("This can be used for supporting Cloudflare R2 by removing
    /// `:tagging_directive` when copying files", "which can be used to shrink requests by dropping the `Accept` header"): how
    /// a caller may use the release, not something the release removes.
    /// </summary>
    internal static string WithoutUsage32(string text) => Usage32().Replace(text, " ");

    [GeneratedRegex("""
          \bcan\s+(?:now\s+)?be\s+used\s+(?:for|to)\b[^.;\n]{0,80}?\bby\s+(?:removing|dropping|deleting|omitting|stripping)\b[^.;\n]*
        """, Options, TimeoutMs)]
    private static partial Regex Usage32();

    /// <summary>
    /// A contract that stops, said with "not … anymore" ("`MMapDirectory::open` does not return a `Result` anymore", "this
    /// will not work anymore", "do not accept the `url` option anymore"): the same as "no longer" for what callers rely on
    /// (return, accept, support, load …); not a symptom that stops ("does not crash anymore") nor a clarified behaviour
    /// ("does not override anymore `self.scope` forever, it is just used temporarily").
    /// </summary>
    [GeneratedRegex("""
          \b(?:does|do|did|will|would|can)\s+not\s+(?:return|accept|take|support|work|allow|load|read|include|expose|emit|provide|imply|autoload)\b[^.;\n]{0,60}?\b(?:any\s+more|anymore)\b
        """, Options, TimeoutMs)]
    internal static partial Regex NotAnymore32();
}
