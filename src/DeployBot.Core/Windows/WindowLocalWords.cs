using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Windows;

/// <summary>
/// WINDOW words in German, French, Spanish and Portuguese turned into the English ones the grammar reads, so
/// "Mi 22:00-23:00 MEZ", "jeudi 10h-18h (heure de Paris)" and "sáb 23:00-01:00 BRT" are read like "Wed 22:00-23:00 CET".
/// Only the words are replaced; the reading keeps the text as written. Two-letter German weekdays ("Mi", "Do") and
/// short forms that are also English or month words ("mar", "sex", "dom") count only right before a clock time.
/// </summary>
internal static partial class WindowLocalWords
{
    private static readonly (Regex Pattern, string English)[] Rules =
    [
        (Monday(), "Mon "), (Tuesday(), "Tue "), (Wednesday(), "Wed "), (Thursday(), "Thu "), (Friday(), "Fri "),
        (Saturday(), "Sat "), (Sunday(), "Sun "),
        (Tonight(), " tonight "), (Today(), " today "), (Tomorrow(), " tomorrow "), (Now(), " now "),
        (CentralSummer(), " CEST "), (Central(), " CET "),
        (Paris(), " Europe/Paris "), (Berlin(), " Europe/Berlin "), (Madrid(), " Europe/Madrid "), (Lisbon(), " Europe/Lisbon "),
        (Brasilia(), " America/Sao_Paulo "),
    ];

    public static string Translate(string text)
    {
        var english = FrenchClock().Replace(text, match =>
            $"{match.Groups["h1"].Value}:{Minutes(match, "m1")}-{match.Groups["h2"].Value}:{Minutes(match, "m2")}");
        english = RangeWord().Replace(english, "${a}-${b}");
        foreach (var (pattern, word) in Rules)
        {
            english = pattern.Replace(english, word);
        }

        return english;
    }

    private static string Minutes(Match match, string group) => match.Groups[group].Success ? match.Groups[group].Value : "00";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;
    // Text is at most 200 characters, so a match never needs long; the timeout only guards against a runaway pattern.
    // 250 ms was hit on a loaded 2-core machine, and a timeout reads as "can't read WINDOW" to the requester.
    private const int TimeoutMs = MatchBudget.Milliseconds;

    /// <summary>A short form that is only a weekday right before a clock time ("Mi 22:00", "mar 14h").</summary>
    private const string BeforeClock = @"\.?\s+(?=\d{1,2}(?::|h\d{0,2}\b|\s*(?:-|bis|à|a|até)\s*\d))";

    /// <summary>"10h-18h", "de 14h30 à 16h", "22h a 23h": French, Spanish and Portuguese clock ranges.</summary>
    [GeneratedRegex(@"(?<![\w:.])(?:de\s+)?(?<h1>\d{1,2})h(?<m1>\d{2})?\s*(?:-|à|a|até|as|às)\s*(?<h2>\d{1,2})h(?<m2>\d{2})?(?![\w:])", Options, TimeoutMs)]
    private static partial Regex FrenchClock();

    /// <summary>"22:00 bis 23:00", "22:00 à 23:00", "22:00 a 23:00", "22:00 até 23:00".</summary>
    [GeneratedRegex(@"(?<a>\d{1,2}:\d{2})\s+(?:bis|à|a|até|às|as)\s+(?<b>\d{1,2}:\d{2})", Options, TimeoutMs)]
    private static partial Regex RangeWord();

    [GeneratedRegex(@"(?<![\w/])(?:montag|lundi|lunes|segunda(?:-feira)?|lun(?=" + BeforeClock + @")|seg(?=" + BeforeClock + @")|(?-i:Mo)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Monday();

    [GeneratedRegex(@"(?<![\w/])(?:dienstag|mardi|martes|ter[çc]a(?:-feira)?|mar(?=" + BeforeClock + @")|ter(?=" + BeforeClock + @")|(?-i:Di)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Tuesday();

    [GeneratedRegex(@"(?<![\w/])(?:mittwoch|mercredi|mi[ée]rcoles|quarta(?:-feira)?|mer(?=" + BeforeClock + @")|mi[ée](?=" + BeforeClock + @")|qua(?=" + BeforeClock + @")|(?-i:Mi)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Wednesday();

    [GeneratedRegex(@"(?<![\w/])(?:donnerstag|jeudi|jueves|quinta(?:-feira)?|jeu(?=" + BeforeClock + @")|jue(?=" + BeforeClock + @")|qui(?=" + BeforeClock + @")|(?-i:Do)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Thursday();

    [GeneratedRegex(@"(?<![\w/])(?:freitag|vendredi|viernes|sexta(?:-feira)?|ven(?=" + BeforeClock + @")|vie(?=" + BeforeClock + @")|sex(?=" + BeforeClock + @")|(?-i:Fr)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Friday();

    [GeneratedRegex(@"(?<![\w/])(?:samstag|sonnabend|samedi|s[áa]bado|sam(?=" + BeforeClock + @")|s[áa]b(?=" + BeforeClock + @")|(?-i:Sa)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Saturday();

    [GeneratedRegex(@"(?<![\w/])(?:sonntag|dimanche|domingo|dim(?=" + BeforeClock + @")|dom(?=" + BeforeClock + @")|(?-i:So)(?=" + BeforeClock + @"))(?![\w/])\.?\s*", Options, TimeoutMs)]
    private static partial Regex Sunday();

    [GeneratedRegex(@"(?<!\w)(?:heute\s+(?:abend|nacht)|ce\s+soir|cette\s+nuit|esta\s+noche|hoje\s+(?:[àa]\s+)?noite|esta\s+noite)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Tonight();

    [GeneratedRegex(@"(?<!\w)(?:heute|aujourd['’]hui|hoy|hoje)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Today();

    [GeneratedRegex(@"(?<!\w)(?:morgen|demain|ma[ñn]ana|amanh[ãa])(?!\w)", Options, TimeoutMs)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"(?<!\w)(?:sofort|jetzt|maintenant|tout\s+de\s+suite|ahora(?:\s+mismo)?|agora|imediatamente|inmediatamente|imm[ée]diatement)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Now();

    [GeneratedRegex(@"(?<![\w/])MESZ(?![\w/])", CaseSensitive, TimeoutMs)]
    private static partial Regex CentralSummer();

    [GeneratedRegex(@"(?<![\w/])MEZ(?![\w/])", CaseSensitive, TimeoutMs)]
    private static partial Regex Central();

    [GeneratedRegex(@"(?<!\w)(?:heure\s+(?:de\s+Paris|fran[çc]aise)|Paris\s+time)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Paris();

    [GeneratedRegex(@"(?<!\w)(?:deutsche[rn]?\s+Zeit|Berliner\s+Zeit|Berlin\s+time)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Berlin();

    [GeneratedRegex(@"(?<!\w)(?:hora\s+(?:de\s+Madrid|peninsular|de\s+Espa[ñn]a)|Madrid\s+time)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Madrid();

    [GeneratedRegex(@"(?<!\w)(?:hora\s+de\s+Lisboa|Lisbon\s+time)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Lisbon();

    [GeneratedRegex(@"(?<!\w)(?:hor[áa]rio\s+de\s+Bras[íi]lia|hora\s+de\s+Bras[íi]lia|Bras[íi]lia\s+time)(?!\w)", Options, TimeoutMs)]
    private static partial Regex Brasilia();
}
