using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rollbacks;

namespace DeployBot.Planning.Parsing;

/// <summary>The six sections of a rollback plan, recognized by heading or JSON key however a model spells them.</summary>
internal enum RollbackSection
{
    None,
    Summary,
    Triggers,
    Steps,
    DataRecovery,
    Verification,
    Communication,
}

/// <summary>The rollback plan's sections as read from a model's answer, in the order the answer gave them.</summary>
internal sealed class RollbackDraft
{
    // Letters only, lower case: "Data & Schema Recovery", "data_recovery" and "dataRecovery" meet here.
    private static readonly Dictionary<string, RollbackSection> ByKey = new(StringComparer.Ordinal)
    {
        ["summary"] = RollbackSection.Summary,
        ["rollbacksummary"] = RollbackSection.Summary,
        ["triggers"] = RollbackSection.Triggers,
        ["rollbacktriggers"] = RollbackSection.Triggers,
        ["steps"] = RollbackSection.Steps,
        ["rollbacksteps"] = RollbackSection.Steps,
        ["datarecovery"] = RollbackSection.DataRecovery,
        ["dataschemarecovery"] = RollbackSection.DataRecovery,
        ["dataandschemarecovery"] = RollbackSection.DataRecovery,
        ["verification"] = RollbackSection.Verification,
        ["verificationafterrollback"] = RollbackSection.Verification,
        ["communication"] = RollbackSection.Communication,
        ["communications"] = RollbackSection.Communication,
    };

    private readonly Dictionary<RollbackSection, List<string>> _text = new()
    {
        [RollbackSection.Summary] = [],
        [RollbackSection.Triggers] = [],
        [RollbackSection.DataRecovery] = [],
        [RollbackSection.Verification] = [],
        [RollbackSection.Communication] = [],
    };

    public List<RollbackStep> Steps { get; } = [];

    /// <summary>Each section the first time it appeared.</summary>
    public List<RollbackSection> Order { get; } = [];

    public static RollbackSection Find(string name) => ByKey.GetValueOrDefault(PlanSectionNames.Key(name), RollbackSection.None);

    public IReadOnlyList<string> Text(RollbackSection section) => _text[section];

    /// <summary>Adds a section's items (text sections only); remembers where the section came.</summary>
    public void Add(RollbackSection section, IEnumerable<string> items)
    {
        Seen(section);
        _text.GetValueOrDefault(section)?.AddRange(items.Where(item => item.Length > 0));
    }

    public void AddSteps(IEnumerable<RollbackStep> steps)
    {
        Seen(RollbackSection.Steps);
        Steps.AddRange(steps);
    }

    /// <summary>Headings of <see cref="RollbackSections.InOrder"/> that came back empty.</summary>
    public IReadOnlyList<string> MissingSections() =>
        [.. Enum.GetValues<RollbackSection>().Skip(1)
            .Where(section => (section == RollbackSection.Steps ? Steps.Count : _text[section].Count) == 0)
            .Select(section => RollbackSections.InOrder[(int)section - 1])];

    public bool IsEmpty => MissingSections().Count == RollbackSections.InOrder.Count;

    /// <summary>True when the sections came in plan-format.md's order.</summary>
    public bool IsInOrder => Order.SequenceEqual(Order.Order());

    private void Seen(RollbackSection section)
    {
        if (section != RollbackSection.None && !Order.Contains(section))
        {
            Order.Add(section);
        }
    }
}
