using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The shape of the notes' numbered lists: which step a line belongs to, what introduces a list, and whether a list describes what happens rather than steps to take.</summary>
internal static partial class StatedSequence
{
    /// <summary>
    /// The number (as <see cref="Read"/> counts them) of the numbered step that line <paramref name="line"/> (0-based) is
    /// part of: the numbered line itself, or a line of its text up to three lines below it with no blank line between.
    /// </summary>
    public static int? StepAt(string[] lines, int line)
    {
        var numbered = NumberedLines(lines);
        for (var at = line; at >= 0 && at > line - 4 && lines[at].Trim().Length > 0; at--)
        {
            var index = Array.IndexOf(numbered, at);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The numbered list line <paramref name="line"/> is in (its items with no heading between them): the line that
    /// introduces it ("follow these steps before upgrading:"), and the number of its own upgrade step ("2. Upgrade
    /// djangorestframework-simplejwt to the latest version."), which stands for the rollout, when it has one.
    /// </summary>
    public static (string Intro, int IntroLine, int? Upgrade)? ListAround(string[] lines, int line)
    {
        if (StepAt(lines, line) is not { } step)
        {
            return null;
        }

        var numbered = NumberedLines(lines);
        var first = step - 1;
        while (first > 0 && numbered[first] - numbered[first - 1] <= 15 && !lines[numbered[first - 1]..numbered[first]].Any(NotesLines.IsHeading))
        {
            first--;
        }

        var last = step - 1;
        while (last + 1 < numbered.Length && numbered[last + 1] - numbered[last] <= 15 && !lines[numbered[last]..numbered[last + 1]].Any(NotesLines.IsHeading))
        {
            last++;
        }

        var introLine = numbered[first] - 1;
        while (introLine > 0 && lines[introLine].Trim().Length == 0)
        {
            introLine--;
        }

        var intro = introLine >= 0 && !NotesLines.IsHeading(lines[introLine]) ? lines[introLine] : string.Empty;
        var upgrade = Enumerable.Range(first, last - first + 1).Where(index => UpgradeStep().IsMatch(lines[numbered[index]])).Select(index => (int?)index + 1).FirstOrDefault();
        return (intro, Math.Max(0, introLine), upgrade);
    }

    /// <summary>The indexes of the numbered lines ("1. …", "Step 2: …"), in order: the steps as <see cref="Read"/> counts them.</summary>
    public static int[] NumberedLines(string[] lines) => [.. Enumerable.Range(0, lines.Length).Where(index => Numbered().IsMatch(lines[index]))];

    /// <summary>The text of a numbered line after its number ("1. Stop the workers" → "Stop the workers").</summary>
    public static string StepText(string line) => Numbered().Match(line).Groups["text"].Value;

    /// <summary>"2. Upgrade djangorestframework-simplejwt to the latest version.": the step that installs the new version.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|step\s+\d{1,2}:?)\s+(?:then\s+)?(?:upgrade|update|install|deploy)\s+(?!the\s+(?:database|schema|migrations?|config\w*|settings?)\b)\S", Options, MatchBudget.Milliseconds)]
    private static partial Regex UpgradeStep();

    /// <summary>The numbers (counted over every numbered line) of the items of lists introduced as what happens by itself.</summary>
    private static HashSet<int> Described(string notes, MatchCollection list)
    {
        var described = new HashSet<int>();
        var inDescribed = false;
        for (var i = 0; i < list.Count; i++)
        {
            // A list starts again at 1: its introduction is the line above its first item.
            if (list[i].Groups["n"].Value == "1")
            {
                var before = notes[..list[i].Index].TrimEnd();
                inDescribed = Happens().IsMatch(before[(before.LastIndexOf('\n') + 1)..]);
            }

            if (inDescribed)
            {
                described.Add(i + 1);
            }
        }

        return described;
    }

    /// <summary>"the following will happen:", "what happens under the hood:", "this is done automatically:".</summary>
    [GeneratedRegex(@"\bwill\s+happen\b | \bwhat\s+happens\b | \bthe\s+following\s+(?:happens|occurs|will\s+occur|takes\s+place)\b | \bunder\s+the\s+hood\b | \b(?:is|are)\s+done\s+automatically\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Happens();

    private static bool Introduced(string notes, int listStart)
    {
        var before = notes[..listStart].TrimEnd();
        var line = before[(before.LastIndexOf('\n') + 1)..];
        return line.EndsWith(':') || Procedure().IsMatch(line);
    }

    [GeneratedRegex(@"\bplan\b | \bsteps?\b | \border\b | \bprocedure\b | \brunbook\b | \bablauf\b | \breihenfolge\b | \b[ée]tapes?\b | \bpasos?\b | \bpassos?\b | \borden\b | \bordem\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Procedure();
}
