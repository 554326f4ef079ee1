using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Removals of a library's public surface that name no noun for what goes: a name in code font removed or renamed
/// ("Removed `escape_string` from the module", "`Acme.Adapters.Legacy` has been removed", also with its kind of thing or a
/// clause between: "the `legacy` backend has been dropped", "`OldProvider`, which was deprecated in 3.0, has been dropped"), an option or command
/// replaced by another or split into others, something removed in favour of a replacement ("Remove the Foo bridge in favor of the Bar bridge"), and a changed import path (every importer
/// renames it). Each breaks whoever used the old name.
/// </summary>
internal static partial class DestructivePatterns
{
    /// <summary>What a name in code font is when removing it takes nothing from the release's surface.</summary>
    private const string NotSurface =
        @"(?:dependenc\w*|deps?|packages?|gems?|crates?|devDependenc\w*|files?|calls?|statements?|usages?|references?|imports?|warnings?|logs?|logging|shims?|polyfills?)\b";

    /// <summary>
    /// What a word after a name in code font makes of it when the name is "removed" yet nothing of the surface goes: a
    /// support, a check or a limit on it ("the `foo` check has been removed" lifts a restriction), a bug or a warning.
    /// </summary>
    private const string NotRemovedThing =
        @"(?:support|check|checks|validation|restriction|restrictions|limit|limits|requirement|requirements|bug|issue|workaround)\b";

    /// <summary>
    /// What an operator or a caller names, so that one replaced by another, or split into others, is gone under its old
    /// name ("the `standbySettings` option has been replaced by the `standbyConfig` option", "the `db dump` command has been
    /// split into two subcommands"): every reference to it must change.
    /// </summary>
    private const string ReplaceableKind =
        @"(?:options?|settings?|parameters?|flags?|commands?|subcommands?|keys?|fields?|endpoints?|properties|property|variables?|values?|resources?)";

    /// <summary>The item removes part of the release's code surface (see the class summary), and not only as a capability.</summary>
    internal static bool RemovesCodeSurface(string text) => CodeSurfaceRemoval().IsMatch(CapabilityToRemove().Replace(text, " "));

    [GeneratedRegex($$"""
        \b(?:{{RemovalGrammar.Remove}}|{{RemovalGrammar.Drop}}|{{RemovalGrammar.Rename}})\s+(?:the\s+)?(?:(?:deprecated|previously\s+deprecated|soft-deprecated|legacy|old|obsolete|unused)\s+)*
          (?<![\w`])(?>``?[^`\n]{2,80}``?)(?!`)(?:\s*,\s*(?:and\s+)?(?>``?[^`\n]{2,80}``?)|\s+and\s+(?>``?[^`\n]{2,80}``?))*
          (?!\s+{{NotSurface}})(?!\s+(?:from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:docs?|documentation|readme|examples?|comments?|changelog|tests?|lists?|allow-?lists?|deny-?lists?)\b)
        | (?<![\w`])(?>``?[^`\n]{2,80}``?)(?!`)(?:\s+(?!(?:has|have|was|were|is|are)\b|{{NotSurface}}|{{NotRemovedThing}})[a-z][\w-]*)?
          (?:\s*,\s*(?:which|that)\s+(?:[^,;.\n]|\.(?=\w)){1,60},)?\s+(?:(?:has|have)\s+been|was|were|is|are)\s+(?:now\s+)?(?:removed|dropped|renamed)\b
          (?!\s+(?:from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:docs?|documentation|readme|examples?|comments?|changelog|tests?)\b)
        | \b(?:{{RemovalGrammar.Remove}}|{{RemovalGrammar.Drop}})\b(?![^.;\n]{0,60}?\bsupport\b)[^.;\n]{1,60}?\bin\s+favou?r\s+of\b
        | (?<![\w`])(?>``?[^`\n]{2,80}``?)(?!`)\s+{{ReplaceableKind}}\s+(?:(?:has|have|as)\s+been|was|were|is\s+now|are\s+now)\s+(?:replaced\s+(?:by|with)|split\s+(?:into|in)|superseded\s+by|merged\s+into)\b
        | \breplac(?:e|es|ed)\s+(?:the\s+)?(?>``?[^`\n]{2,80}``?)(?!`)\s+{{ReplaceableKind}}\s+with\b
        | \b(?:change|changes|changed|changing|move|moves|moved)\s+(?:the\s+)?(?:module\s+|package\s+)?import\s+paths?\b | \bimport\s+paths?\s+(?:change[sd]?|moved)\b
        """, Options, TimeoutMs)]
    private static partial Regex CodeSurfaceRemoval();
}
