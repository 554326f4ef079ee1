using System.Text.RegularExpressions;

namespace DeployBot.Planning.Parsing;

/// <summary>
/// Reads a plan written as Markdown with the six headings ("## Deployment Summary", "**Rollback Readiness**",
/// "3. Deployment Steps:"), for providers that ignore the JSON instruction. Text before the first heading
/// (the context block, a preamble) is ignored: the context always comes from the request.
/// </summary>
internal static partial class MarkdownAnswerReader
{
    public static PlanDraft Read(string text)
    {
        var draft = new PlanDraft();
        var section = PlanSection.None;
        var items = new List<string>();
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var heading = AsHeading(rawLine);
            if (heading != PlanSection.None)
            {
                Flush(draft, section, items);
                section = heading;
            }
            else if (section != PlanSection.None)
            {
                Collect(items, rawLine);
            }
        }

        Flush(draft, section, items);
        return draft;
    }

    private static PlanSection AsHeading(string line)
    {
        var match = Heading().Match(line.Trim());
        return match.Success ? PlanSectionNames.Find(match.Groups["name"].Value) : PlanSection.None;
    }

    // A new item starts at a bullet or number; an indented or plain line continues the item before it.
    private static void Collect(List<string> items, string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (ItemText.StartsItem(line) || items.Count == 0 || !char.IsWhiteSpace(line[0]))
        {
            items.Add(line.Trim());
        }
        else
        {
            items[^1] = $"{items[^1]}\n{line.Trim()}";
        }
    }

    private static void Flush(PlanDraft draft, PlanSection section, List<string> items)
    {
        if (section == PlanSection.Steps)
        {
            draft.Steps.AddRange(items.Select(StepText.Parse).OfType<Core.Plans.PlanStep>());
        }
        else
        {
            draft.TextSection(section)?.AddRange(items.Select(ItemText.Clean).Where(item => item.Length > 0));
        }

        items.Clear();
    }

    // "## 2. Pre-Deployment Checks", "**Deployment Steps:**", "Rollback Readiness:" — a short line that is only a name.
    [GeneratedRegex(@"^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:\d{1,2}[.)]\s*)?(?<name>[A-Za-z][A-Za-z &/_-]{2,40}?)\s*:?\s*(?:\*\*|__)?\s*:?$")]
    private static partial Regex Heading();
}
