using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What one kind of change adds to a plan (plan-format.md "Kinds of change"): its steps with their phase and minutes,
/// the checks before, what to verify, and how it is rolled back. A release composes the playbooks of all its kinds.
/// </summary>
internal interface IPlaybook
{
    ChangeKind Kind { get; }

    /// <summary>Whether the playbook is part of the plan: by default when the release is of its kind.</summary>
    bool Applies(PlanFacts facts) => facts.Is(Kind);

    IEnumerable<TimedStep> Steps(PlanFacts facts);

    IEnumerable<string> Checks(PlanFacts facts) => [];

    IEnumerable<string> Verification(PlanFacts facts) => [];

    IEnumerable<string> Rollback(PlanFacts facts) => [];
}

/// <summary>Every playbook, in the order their steps are added within a phase.</summary>
internal static class PlaybookCatalog
{
    public static IReadOnlyList<IPlaybook> All { get; } =
    [
        new HotfixPlaybook(), new PatchPlaybook(), new RequiredSettingPlaybook(), new SwitchPlaybook(), new ConfigPlaybook(), new InfraPlaybook(), new EnginePlaybook(), new SchemaPlaybook(),
        new MessagingPlaybook(), new AuthPlaybook(), new PaymentsPlaybook(), new NoWayBackPlaybook(), new ImagePlaybook(), new BackfillPlaybook(), new IndexRebuildPlaybook(), new ErasurePlaybook(),
        new FlagPlaybook(), new ContractPlaybook(), new RetentionPlaybook(), new EncryptedCopyPlaybook(), new CacheEnginePlaybook(), new SearchMigrationPlaybook(),
        new RemovedCrdPlaybook(),
    ];

    public static IEnumerable<IPlaybook> For(PlanFacts facts) => All.Where(playbook => playbook.Applies(facts));
}
