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
    /// <summary>An incident's hotfix: the incident commander decides and the baseline is from before the incident.</summary>
    Hotfix,

    /// <summary>A release of bug fixes only (patch version, fix sections, CVE fixes) with no incident named.</summary>
    Patch,

    /// <summary>Blue/green: a new store, index or environment beside the old one, then traffic or an alias switched to it.</summary>
    Switch,

    /// <summary>Destructive items (drops, renames, removals) that need contract steps, whatever kind they belong to.</summary>
    Contract,
}
