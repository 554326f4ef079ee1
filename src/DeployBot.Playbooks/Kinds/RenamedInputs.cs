using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Kinds;

/// <summary>One input the notes rename (<c>Old</c> → <c>New</c>), or remove (<c>New</c> null); <c>NewFormat</c> when they say its value changes shape too.</summary>
internal sealed record RenamedInput(string Old, string? New, bool NewFormat);

/// <summary>
/// The inputs of a package the notes rename or remove, as code names: an Ansible role's inventory variables (an RST or
/// Markdown table "Old variable name | New variable name | Changed value", "Variable ``a`` has been renamed to ``b``"),
/// a Terraform module's variables ("`var.a` has been renamed to `var.b`"). These are the edits the operator makes to the
/// inventory or the module block before the run, one per row.
/// </summary>
internal static partial class RenamedInputs
{
    private const int Listed = 8;

    public static IReadOnlyList<RenamedInput> Read(string notes)
    {
        var found = new List<RenamedInput>();
        foreach (Match row in TableRow().Matches(notes))
        {
            var old = row.Groups["old"].Value;
            var renamed = row.Groups["new"].Success ? row.Groups["new"].Value : null;
            found.Add(new(old, renamed, row.Groups["changed"].Value.Equals("yes", StringComparison.OrdinalIgnoreCase)));
        }

        foreach (Match sentence in Sentence().Matches(notes))
        {
            found.Add(new(sentence.Groups["old"].Value, sentence.Groups["new"].Value, false));
        }

        return [.. found.Where(input => input.Old != input.New).DistinctBy(input => input.Old, StringComparer.Ordinal)];
    }

    /// <summary>"`a` → `b` (new value format)", "`c` (removed)", at most eight, then how many more.</summary>
    public static string Describe(IReadOnlyList<RenamedInput> inputs)
    {
        var listed = inputs.Take(Listed).Select(input => input.New is null ? $"`{input.Old}` (removed: take it out)"
            : input.NewFormat ? $"`{input.Old}` → `{input.New}` (its value changes format too: convert it as the notes show)"
            : $"`{input.Old}` → `{input.New}`");
        var more = inputs.Count > Listed ? $"; and {inputs.Count - Listed} more in the notes" : string.Empty;
        return string.Join("; ", listed) + more;
    }

    /// <summary>A table row: "| ``old`` | :envvar:`new` | Yes |", "| `old` | Removed | No |".</summary>
    [GeneratedRegex(@"^\s*\|\s*`{1,2}(?<old>[\w.*\[\]-]+)`{1,2}\s*\|\s*(?:(?::\w+:)?`{1,2}(?<new>[\w.*\[\]-]+)`{1,2}|Removed)\s*\|\s*(?<changed>Yes|No)?", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TableRow();

    /// <summary>"Variable ``a`` has also been renamed to ``b``", "`var.a` has been renamed to `var.b`", "`a` should be replaced with `b`".</summary>
    [GeneratedRegex(@"(?::\w+:)?`{1,2}(?<old>[\w.*\[\]-]+)`{1,2}\s+(?:has\s+(?:also\s+)?been|was|is|should\s+be|must\s+be)\s+(?:also\s+)?(?:renamed|replaced)\s+(?:to|by|with)\s+(?::\w+:)?`{1,2}(?<new>[\w.*\[\]-]+)`{1,2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sentence();
}
