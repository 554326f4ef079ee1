namespace DeployBot.Playbooks.Changes;

/// <summary>The kinds of change of plan-format.md; a release is often several at once.</summary>
internal enum ChangeKind
{
    Image,
    Config,
    Flag,
    Infra,
    Schema,
    Backfill,
    Engine,
    Messaging,
    Auth,
    Payments,
    MultiService,
    Hotfix,
}
