using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Validation;

/// <summary>The structure rules of plan-format.md: every section present, summary length, numbering, nothing leaked.</summary>
internal static partial class StructureRules
{
    public static IEnumerable<PlanViolation> Check(DeploymentPlan plan, IReadOnlyList<string?> userValues, QuotedNotes notes)
    {
        var sections = PlanText.Sections(plan);
        foreach (var (heading, entries) in sections)
        {
            if (!entries.Any(entry => !string.IsNullOrWhiteSpace(entry)))
            {
                yield return new(PlanRules.SectionMissing(heading), $"The section \"{heading}\" is missing or empty.");
            }
        }

        foreach (var violation in CheckSummary(plan, userValues, notes).Concat(CheckSteps(plan)).Concat(CheckLayout(sections)))
        {
            yield return violation;
        }

        var leaks = sections.SelectMany(section => section.Entries)
            .Select(entry => LeakedPhrase().Match(PlanText.MaskValues(notes.Mask(entry), userValues)))
            .Where(match => match.Success)
            .Select(match => match.Value.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (leaks.Length > 0)
        {
            yield return new(PlanRules.LeakedReasoning,
                $"The plan contains prompt text, reasoning or talk of being a model ({string.Join(", ", leaks.Select(l => $"\"{l}\""))}); write only the plan.");
        }
    }

    private static IEnumerable<PlanViolation> CheckSummary(DeploymentPlan plan, IReadOnlyList<string?> userValues, QuotedNotes notes)
    {
        if (plan.Summary.Count == 0)
        {
            yield break;
        }

        var sentences = plan.Summary.Sum(entry => PlanText.CountSentences(PlanText.MaskValues(notes.Mask(entry), userValues)));
        if (sentences is < 3 or > 5)
        {
            yield return new(PlanRules.SummaryLength, $"The Deployment Summary has {sentences} sentences; it must have 3 to 5.");
        }
    }

    private static IEnumerable<PlanViolation> CheckSteps(DeploymentPlan plan)
    {
        var blank = plan.Steps.Select((step, index) => (step, index)).Where(pair => string.IsNullOrWhiteSpace(pair.step.Action)).ToArray();
        if (blank.Length > 0)
        {
            yield return new(PlanRules.StepActionMissing,
                $"Deployment step(s) {string.Join(", ", blank.Select(pair => pair.index + 1))} have no action.");
        }
    }

    private static IEnumerable<PlanViolation> CheckLayout(IReadOnlyList<(string Heading, IReadOnlyList<string> Entries)> sections)
    {
        var numbered = Headings(sections.Where(section => section.Heading != PlanSections.Steps), NumberedItem());
        if (numbered.Length > 0)
        {
            yield return new(PlanRules.NumberedOutsideSteps,
                $"{Quoted(numbered)} use a numbered list; only Deployment Steps are numbered, everything else is bullets.");
        }

        var withHeadings = Headings(sections, HeadingLine());
        if (withHeadings.Length > 0)
        {
            yield return new(PlanRules.BrokenStructure, $"{Quoted(withHeadings)} contain a Markdown heading inside an entry; entries are plain bullet text.");
        }
    }

    private static string[] Headings(IEnumerable<(string Heading, IReadOnlyList<string> Entries)> sections, Regex pattern) =>
        sections.Where(section => section.Entries.Any(pattern.IsMatch)).Select(section => section.Heading).ToArray();

    private static string Quoted(IEnumerable<string> headings) => string.Join(", ", headings.Select(heading => $"\"{heading}\""));

    [GeneratedRegex(@"^\s*\d{1,3}[.)]\s", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex NumberedItem();

    [GeneratedRegex(@"^\s{0,3}\#{1,6}\s", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    /// <summary>Phrases that only appear when a model talks about itself, its prompt or its reasoning.</summary>
    [GeneratedRegex("""
        \bas\s+an\s+ai\b | \bi\s*(?:'|’)?\s*a?m\s+an\s+ai\b | \blanguage\s+model\b
        | \bi\s+think\b | \bi\s+believe\b | </?think> | \bsystem\s+prompt\b | \bmy\s+instructions\b | \bthe\s+prompt\b
        | \blet\s+me\b(?!\s+know\b) | ``` | \bchain[\s-]of[\s-]thought\b | \bthe\s+user\s+(?:asked|wants|requested|said)\b
        | \bhere\s+is\s+(?:the|your|a)\s+(?:deployment\s+)?plan\b | \bi\s+(?:cannot|can't|can’t)\s+help\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    internal static partial Regex LeakedPhrase();
}
