using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A setting renamed to one whose meaning is inverted or whose type changes ("`ssl_match_hostnames` -> `tls_allow_invalid_hostnames`
/// (meaning is inverted)", "`ssl_cert_reqs` -> `tls_allow_invalid_certificates` (type change: string -> boolean)"): its value
/// must be converted, not copied. A value copied as it is turns the check off where it was on, or is not read at all.
/// </summary>
/// <param name="Old">The setting as the running version reads it.</param>
/// <param name="New">The setting the new version reads instead.</param>
/// <param name="Inverted">The new setting means the opposite of the old one.</param>
/// <param name="FromType">The old value's type when the type changes ("string"), else null.</param>
/// <param name="ToType">The new value's type when the type changes ("boolean"), else null.</param>
internal sealed partial record ConvertedSettings(string Old, string New, bool Inverted, string? FromType, string? ToType)
{
    public static IReadOnlyList<ConvertedSettings> Read(string notes)
    {
        var found = new List<ConvertedSettings>();
        foreach (var line in NotesLines.Of(notes))
        {
            var inverted = InvertedMeaning().IsMatch(line);
            var retyped = Retyped().Match(line);
            if (!inverted && !retyped.Success)
            {
                continue;
            }

            // The warning belongs to the rename on its own line: the first pair there.
            if (Renamed().Match(line) is { Success: true } pair && pair.Groups["old"].Value != pair.Groups["new"].Value && !found.Any(setting => setting.Old == pair.Groups["old"].Value))
            {
                found.Add(new ConvertedSettings(pair.Groups["old"].Value, pair.Groups["new"].Value, inverted,
                    retyped.Success ? retyped.Groups["from"].Value.ToLowerInvariant() : null, retyped.Success ? retyped.Groups["to"].Value.ToLowerInvariant() : null));
            }
        }

        return found;
    }

    /// <summary>How the value is carried over: "means the opposite of `x`: set it to the negation …", "changes type (string → boolean): …".</summary>
    public string Conversion
    {
        get
        {
            var parts = new List<string>();
            if (Inverted)
            {
                parts.Add($"means the opposite of `{Old}`, so it takes the negation of the old value (`true` becomes `false`)");
            }

            if (FromType is not null)
            {
                parts.Add($"takes {A(ToType!)} where `{Old}` took {A(FromType)}, so the old value is translated into what it meant, never copied as text");
            }

            return $"`{Old}` → `{New}` {string.Join(", and ", parts)}";
        }
    }

    private static string A(string type) => "aeiou".Contains(type[0], StringComparison.Ordinal) ? $"an {type}" : $"a {type}";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"`a` -> `b`", "`a` was renamed to `b`", "`a` is replaced by `b`", "renamed `a` to `b`", "`b` replaces `a`".</summary>
    [GeneratedRegex(@"`(?:\[[\w.-]+\]\.)?(?<old>[A-Za-z_][\w.-]*[\w])`\s*(?:->|→|=>|(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:renamed|changed|replaced)\s+(?:to|with|by|in\s+favou?r\s+of))\s*`(?:\[[\w.-]+\]\.)?(?<new>[A-Za-z_][\w.-]*[\w])`
        | \brenamed?\s+`(?:\[[\w.-]+\]\.)?(?<old>[A-Za-z_][\w.-]*[\w])`\s+(?:to|as)\s+`(?:\[[\w.-]+\]\.)?(?<new>[A-Za-z_][\w.-]*[\w])`", Options, MatchBudget.Milliseconds)]
    private static partial Regex Renamed();

    /// <summary>"meaning is inverted", "the new option is the opposite of the old", "inverted logic", "its sense is reversed".</summary>
    [GeneratedRegex(@"\b(?:meaning|sense|logic|semantics|value)\s+(?:is|was|has\s+been|are|have\s+been)\s+(?:now\s+)?(?:inverted|reversed|flipped|negated)\b | \binverted\s+(?:meaning|sense|logic|semantics)\b | \b(?:is|means)\s+(?:now\s+)?the\s+(?:opposite|inverse)\s+of\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex InvertedMeaning();

    private const string Type = @"(?:string|str|boolean|bool|integer|int|number|float|list|array|map|dict|duration|seconds|milliseconds)";

    /// <summary>"(opt type change: string -> boolean)", "type changed from string to boolean", "now takes a boolean instead of a string".</summary>
    [GeneratedRegex($@"\btype\s+change[sd]?\s*:?\s*(?:from\s+)?(?:an?\s+)?(?<from>{Type})\s*(?:->|→|=>|\bto\b)\s*(?:an?\s+)?(?<to>{Type})\b
        | \btype\s+(?:is\s+|was\s+|has\s+been\s+)?changed\s+from\s+(?:an?\s+)?(?<from>{Type})\s+to\s+(?:an?\s+)?(?<to>{Type})\b
        | \bnow\s+(?:takes|expects|is|accepts)\s+an?\s+(?<to>{Type})\s+instead\s+of\s+an?\s+(?<from>{Type})\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Retyped();
}
