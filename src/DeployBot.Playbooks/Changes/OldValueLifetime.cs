using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// How long the old value keeps working, as the notes say: "Old key gets revoked in SendGrid on Friday", "Das alte
/// Passwort wird am Freitag … deaktiviert", "kid=2026-06 stays in the JWKS for 24h, then it is removed". The easy
/// rollback (the old value) works only until then. Weekdays are given in English, since the plan is in English.
/// </summary>
internal static partial class OldValueLifetime
{
    /// <summary>"on Friday", "after 24h", "on 2026-12-11"; null when the notes do not say.</summary>
    public static string? When(string notes)
    {
        foreach (var sentence in Lifetime(notes))
        {
            if (Weekday().Match(sentence) is { Success: true } day)
            {
                return $"on {English(day.Value)}";
            }

            if (Date().Match(sentence) is { Success: true } date)
            {
                return $"on {date.Value}";
            }

            if (Span().Match(sentence) is { Success: true } span)
            {
                return $"after {span.Groups["span"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)}";
            }
        }

        return null;
    }

    /// <summary>The old value by name where the notes give one ("kid=2026-06").</summary>
    public static IReadOnlyList<string> OldNames(string notes) =>
        [.. Lifetime(notes).SelectMany(sentence => Assignment().Matches(sentence).Select(match => match.Value)).Distinct(StringComparer.Ordinal).Take(3)];

    private static IEnumerable<string> Lifetime(string notes) =>
        Sentence().Split(notes).Where(sentence => Ends().IsMatch(sentence));

    private static readonly string[][] Days =
    [
        ["monday", "montag", "lundi", "lunes", "segunda"], ["tuesday", "dienstag", "mardi", "martes", "terça", "terca"],
        ["wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "quarta"], ["thursday", "donnerstag", "jeudi", "jueves", "quinta"],
        ["friday", "freitag", "vendredi", "viernes", "sexta"], ["saturday", "samstag", "samedi", "sábado", "sabado"],
        ["sunday", "sonntag", "dimanche", "domingo"],
    ];

    private static string English(string day)
    {
        var word = day.ToLowerInvariant().Split('-')[0];
        var english = Days.FirstOrDefault(names => names.Contains(word)) ?? Days[0];
        return char.ToUpperInvariant(english[0][0]) + english[0][1..];
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\brevok\w* | \brevoc\w* | \brevog\w* | \bwiderruf\w* | \bdeaktivier\w* | \bd[ée]sactiv\w* | \bdesactiv\w* | \bdesativ\w* | \bdisabled?\b | \bexpir\w* | \bremoved?\b | \bdeleted?\b | \bgel[öo]scht\b | \bsupprim\w* | \beliminad\w* | \bremovid\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ends();

    /// <summary>Weekdays in English, German, French, Spanish and Portuguese.</summary>
    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:for|after|in|within|f[üu]r|nach|pendant|apr[èe]s|durante|despu[ée]s\s+de|depois\s+de)\s+(?<span>\d+\s?(?:h|hours?|days?|d|tage?n?|jours?|d[íi]as?|horas?|stunden?))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Span();

    [GeneratedRegex(@"\b[a-z][a-z_]{1,20}=[\w.-]*\w", Options, MatchBudget.Milliseconds)]
    private static partial Regex Assignment();
}
