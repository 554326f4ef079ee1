using System.Text.Json;
using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;

namespace DeployBot.Planning.Parsing;

/// <summary>
/// Reads a rollback plan from a model's answer: the JSON object the prompt asks for (bare, fenced or inside prose),
/// else Markdown with the six headings, for providers that ignore the JSON instruction.
/// </summary>
internal static partial class RollbackAnswerReader
{
    public static RollbackDraft Read(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var candidate in JsonCandidates(answer.Trim()))
        {
            if (ReadJson(candidate) is { IsEmpty: false } draft)
            {
                return draft;
            }
        }

        return ReadMarkdown(answer);
    }

    private static IEnumerable<string> JsonCandidates(string answer)
    {
        yield return answer;
        var first = answer.IndexOf('{', StringComparison.Ordinal);
        var last = answer.LastIndexOf('}');
        if (first >= 0 && last > first)
        {
            yield return answer[first..(last + 1)];
        }
    }

    private static RollbackDraft? ReadJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1 && root.EnumerateObject().First().Value.ValueKind == JsonValueKind.Object)
            {
                root = root.EnumerateObject().First().Value; // { "rollbackPlan": { ... } }
            }

            return root.ValueKind == JsonValueKind.Object ? ReadObject(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RollbackDraft ReadObject(JsonElement root)
    {
        var draft = new RollbackDraft();
        foreach (var property in root.EnumerateObject())
        {
            var section = RollbackDraft.Find(property.Name);
            if (section == RollbackSection.Steps)
            {
                draft.AddSteps(JsonSteps(property.Value));
            }
            else if (section != RollbackSection.None)
            {
                draft.Add(section, Strings(property.Value));
            }
        }

        return draft;
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => (value.GetString() ?? string.Empty).Split('\n').Select(ItemText.Clean).Where(line => line.Length > 0),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [value.ToString()],
        _ => [],
    };

    private static IEnumerable<RollbackStep> JsonSteps(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(JsonSteps),
        JsonValueKind.String => Strings(value).Select(ProseStep).OfType<RollbackStep>(),
        JsonValueKind.Object => JsonStep(value) is { } step ? [step] : [],
        _ => [],
    };

    private static RollbackStep? JsonStep(JsonElement value)
    {
        var action = Text(value, "action") ?? Text(value, "step") ?? Text(value, "description");
        if (string.IsNullOrWhiteSpace(action))
        {
            return null;
        }

        var mode = Text(value, "mode")?.Contains("manual", StringComparison.OrdinalIgnoreCase) == true ? StepMode.Manual : StepMode.Automated;
        var reference = Blank((Text(value, "reference") ?? Text(value, "script") ?? Text(value, "config"))?.Trim('`', ' '));
        var check = Text(value, "check") ?? Text(value, "verify") ?? Text(value, "verification") ?? string.Empty;
        return new RollbackStep(ItemText.Clean(action).TrimEnd('.'), reference, mode, ItemText.Clean(check).TrimEnd('.'));
    }

    /// <summary>"Turn x off (manual). Uses `flags/x.yaml`. Check: flag traffic is zero" as a step.</summary>
    private static RollbackStep? ProseStep(string text)
    {
        var check = CheckLabel().Match(text);
        var rest = check.Success ? text.Remove(check.Index, check.Length) : text;
        return StepText.Parse(rest) is { } step
            ? new RollbackStep(step.Action, step.Reference, step.Mode, check.Success ? check.Groups["text"].Value.Trim().TrimEnd('.') : string.Empty)
            : null;
    }

    private static RollbackDraft ReadMarkdown(string text)
    {
        var draft = new RollbackDraft();
        var section = RollbackSection.None;
        var items = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var heading = Heading().Match(line.Trim());
            var found = heading.Success ? RollbackDraft.Find(heading.Groups["name"].Value) : RollbackSection.None;
            if (found != RollbackSection.None)
            {
                Flush(draft, section, items);
                section = found;
            }
            else if (section != RollbackSection.None && !string.IsNullOrWhiteSpace(line))
            {
                if (ItemText.StartsItem(line) || items.Count == 0 || !char.IsWhiteSpace(line[0]))
                {
                    items.Add(line.Trim());
                }
                else
                {
                    items[^1] = $"{items[^1]} {line.Trim()}";
                }
            }
        }

        Flush(draft, section, items);
        return draft;
    }

    private static void Flush(RollbackDraft draft, RollbackSection section, List<string> items)
    {
        if (section == RollbackSection.Steps)
        {
            draft.AddSteps(items.Select(ProseStep).OfType<RollbackStep>());
        }
        else if (section != RollbackSection.None)
        {
            draft.Add(section, items.Select(ItemText.Clean));
        }

        items.Clear();
    }

    private static string? Text(JsonElement value, string name) =>
        value.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
            ? property.Value.GetString()
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) || value.Equals("null", StringComparison.OrdinalIgnoreCase) ? null : value;

    [GeneratedRegex(@"[—–-]?\s*\*{0,2}(?:check|verify)\*{0,2}\s*:\s*\*{0,2}(?<text>[^\n]+)$", RegexOptions.IgnoreCase, MatchBudget.Milliseconds)]
    private static partial Regex CheckLabel();

    // "## 3. Rollback Steps", "**Data & Schema Recovery:**", "Communication:" — a short line that is only a name.
    [GeneratedRegex(@"^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:\d{1,2}[.)]\s*)?(?<name>[A-Za-z][A-Za-z &/_-]{2,40}?)\s*:?\s*(?:\*\*|__)?\s*:?$", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Heading();
}
