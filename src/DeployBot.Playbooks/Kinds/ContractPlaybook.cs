using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Each destructive item. What destroys stored data (drop or rename of a column or table, a type change, NOT NULL, an
/// irreversible rewrite) is a contract step after the rollout: once nothing running still uses the old thing, approved
/// by the data owner, right after its own snapshot, which is its only way back. A rename first makes the new name exist
/// beside the old one, before the rollout, because the new version uses it. What removes a public thing (an endpoint, a
/// flag, an option or key) is confirmed unused before the rollout removes it; the previous version brings it back. One
/// sentence may do both ("drop users.password_md5 and remove /v1/login"): each name gets its own treatment.
/// </summary>
internal sealed class ContractPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Contract;

    /// <summary>Removals that get a step and a line each; a release that removes more is checked in one step (a major's 24 removals are not 24 steps).</summary>
    private const int Separate = 3;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        // The step names every removed thing (each item must be named where it is acted on); the lines below give examples.
        foreach (var (removed, kind, replacement, renames) in Removed(facts, everyName: true))
        {
            var instead = replacement is null ? string.Empty : $"; what replaces it ({replacement}) must be in place first";
            if (PackageRemovals.Of(facts) is { } package && kind != PublicKind.Metric && !(renames && replacement is not null))
            {
                // A Terraform package's removals are used by the operator's own configuration, not by API consumers.
                yield return Manual(Phase.Prepare, PackageRemovals.Step(package, removed, Wording.It(removed)) + instead, PackageRemovals.Reference(facts, package), 10);
                continue;
            }

            if (kind == PublicKind.Setting && renames && replacement is not null)
            {
                // The previous version reads only the old name: both are set until verification passes.
                yield return Manual(Phase.Prepare, $"Find every deployment that still sets {removed} (manifests, Helm values, config files, the secret store, CI variables and the code that configures the service, in every environment) and set {replacement} there too (the same value, for a rename) before the rollout stops reading {Wording.It(removed)}; keep {removed} until verification passes, since the previous version reads only {Wording.It(removed)}", null, 10);
                continue;
            }

            yield return Manual(Phase.Prepare, (kind switch
                {
                    PublicKind.Setting => $"Confirm that no deployment still sets {removed} (manifests, Helm values, config files, the secret store, CI variables and the code that configures the service, in every environment) or relies on {Wording.It(removed)}, before the rollout stops reading {Wording.It(removed)}",
                    PublicKind.Flag => $"Confirm that no script, job, cron entry or deployment still passes {removed} before the rollout removes {Wording.It(removed)}",
                    PublicKind.Code => $"Confirm that the service's code and scripts have no call that still uses {removed} (search the code; the build and the tests ran against this release) before the rollout removes {Wording.It(removed)}",
                    PublicKind.Retyped => $"Confirm that the service's code and scripts handle {removed} in the new type the notes give (search the code for every read of {Wording.It(removed)}; the build and the tests ran against this release) before the rollout",
                    PublicKind.Metric => MetricRemovals.Step(removed),
                    PublicKind.FeatureFlag => $"Confirm in the flag service that {removed} is on for everyone (or off for everyone, if its old path is what stays) in every environment, so removing its code changes nothing for any user, before the rollout removes it",
                    _ => $"Confirm that nothing still uses {removed} (access logs and client versions over the last 7 days, config) before the rollout removes {Wording.It(removed)}, and that {(Wording.It(removed) == "it" ? "its" : "their")} consumers were told",
                }) + instead,
                null, 10);
        }

        foreach (var parts in facts.PartsOfDestructive)
        {
            if (parts.Renamed is { } renamed && parts.Stored is { } old)
            {
                yield return Automated(Phase.Expand,
                    $"Before the rollout, make {renamed} exist beside {old} (create it and keep both in step, or rename and leave a compatibility view or alias under the old name), because the new version uses {renamed} and the previous one still uses {old}",
                    facts.Paths.Migrations, 10);
            }
        }

        // What the new version deletes itself as it starts: approved and snapshotted before the rollout, with no contract step.
        foreach (var step in SelfDeletion.Steps(facts))
        {
            yield return step;
        }

        // A deletion the notes only offer is left alone tonight, and the window's record says so.
        foreach (var step in OptionalDeletion.Steps(facts))
        {
            yield return step;
        }

        // The contract steps run one after another, so one snapshot right before the first is the way back for each.
        var contracted = Snapshotted(facts).Distinct(StringComparer.Ordinal).ToArray();
        if (contracted.Length > 0)
        {
            var steps = contracted.Length == 1 ? $"the contract step for {contracted[0]}" : $"the contract steps for {Wording.List(contracted)}";
            yield return Automated(Phase.Contract, $"Take a snapshot right before {steps} and record its id in the plan's thread", facts.Paths.Snapshot, 10);
        }

        foreach (var parts in facts.PartsOfDestructive)
        {
            if (parts.Contracted is { } stored)
            {
                var action = parts.OnlyIndexes
                    ? $"record the definition of {stored} first (`SELECT indexdef FROM pg_indexes WHERE indexname = …` on PostgreSQL, `getIndexes()` on MongoDB) so it can be created again, then drop it (`DROP INDEX CONCURRENTLY` on PostgreSQL, so writes are not blocked)"
                    : parts.Renamed is null ? parts.Action(stored) : $"drop {stored} (the old name, or its compatibility view)";
                action += parts.Replacement is { } replacing && parts.Renamed is null ? $"; what replaces it ({replacing}) already serves every read and write" : string.Empty;
                // An index dropped beside data is recreated to go back (Rollback Readiness): its definition is kept before the drop.
                action += parts.Indexes.Count > 0 && parts.Holding.Count > 0 ? $"; record the definition of {Wording.Code(parts.Indexes)} before dropping it, so it can be created again" : string.Empty;
                // With nothing rolled out (an unused index or a column the last release stopped using), it runs on its own.
                var when = Urgency.ShipsImage(facts) ? ", after the rollout is verified"
                    : facts.Kinds.Any(kind => kind is not (ChangeKind.Contract or ChangeKind.Schema or ChangeKind.Patch or ChangeKind.Hotfix)) ? ", after the changes above are verified"
                    : string.Empty;
                yield return Manual(Phase.Contract,
                    $"Contract step{when}: get the data owner's approval and confirm {parts.Precondition(stored, Tested(facts))}; then {action}",
                    facts.Paths.Migrations, 10);
            }
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts) =>
        SelfDeletion.Checks(facts).Concat(facts.PartsOfDestructive.Where(parts => parts is { Stored: not null, ByItself: false } || parts.PutOff.Count > 0).Select(parts => parts is { PutOff.Count: > 0, Renamed: { } kept }
                ? $"Renamed item ({parts.Stored} to {kept}): the new release reads and writes only {kept} (check the code and its tests); {parts.Stored} stays tonight, as the notes drop it only in a later release (\"{parts.PutOff[0].Clause}\"), and the data owner approves that drop when it comes."
                : parts.Operation is ContractOperation.NotNull or ContractOperation.TypeChange or ContractOperation.DeleteRows
                ? $"Destructive item ({parts.Stored}): {parts.Precondition(parts.Stored!, Tested(facts))} before the contract step, and the data owner approves it."
                : parts.Renamed is { } renamed
                    // The previous release does use the old name (that is why it stays beside the new one until the rollout is done).
                    ? $"Renamed item ({parts.Stored} to {renamed}): the new release reads and writes only {renamed} (check the code and its tests), so {parts.Stored} can go once the rollout is verified, and the data owner approves the contract step."
                    : $"Destructive item ({parts.Stored}): the previous release no longer reads or writes {Wording.It(parts.Stored!)} (check the code and the query logs), and the data owner approves the contract step."))
            .Concat(Removed(facts).Select(removed => PackageRemovals.Of(facts) is { } package && removed.Kind != PublicKind.Metric && !(removed.Renames && removed.Replacement is not null) ? PackageRemovals.Check(package, removed.Name) : removed.Kind switch
            {
                PublicKind.Endpoint => $"Removed item ({removed.Name}): its consumers were told with a date, and updated clients or a compatibility shim are ready.",
                PublicKind.Code => $"Removed item ({removed.Name}): the code that used it was changed in this release, and CI built and tested that code.",
                PublicKind.Retyped => $"Changed type ({removed.Name}): the code that reads it was changed in this release for the new type, and CI built and tested that code.",
                PublicKind.Metric => MetricRemovals.Check(removed.Name),
                PublicKind.FeatureFlag => $"Removed flag ({removed.Name}): the code that stays is the path the flag served to everyone; the flag is deleted from the flag service only after this rollout is verified.",
                PublicKind.Setting when removed is { Renames: true, Replacement: { } renamed } => $"Renamed setting ({removed.Name} to {renamed}): every environment's config sets {renamed} to the value {removed.Name} has today; the previous version reads only {removed.Name}, so it stays beside {renamed} until verification passes.",
                _ => $"Removed item ({removed.Name}): every environment's config sets what replaces it, if anything does.",
            }));

    public IEnumerable<string> Verification(PlanFacts facts) =>
        SelfDeletion.Verification(facts).Concat(Stored(facts).Select(stored => $"After the contract step for {stored}: no errors mention {Wording.It(stored)} in the logs, and the flows that used {Wording.It(stored)} pass their smoke tests."))
            .Concat(Removed(facts).Select(removed => PackageRemovals.Of(facts) is { } package && removed.Kind != PublicKind.Metric && !(removed.Renames && removed.Replacement is not null) ? PackageRemovals.Verification(package, removed.Name, Wording.It(removed.Name)) : removed.Kind switch
            {
                PublicKind.Setting => $"After the rollout: the service starts with no error or warning about {removed.Name}, and what it configured behaves as before (or as the notes say it now does).",
                PublicKind.Flag => $"After the rollout: the jobs and scripts that ran with {removed.Name} ran without it and succeeded.",
                PublicKind.Code => $"After the rollout: no errors in the logs mention {removed.Name} (code that still calls it fails only when that path runs).",
                PublicKind.Retyped => $"After the rollout: no type or null errors in the logs mention {removed.Name} (code that reads it fails only when that path runs).",
                PublicKind.Metric => MetricRemovals.Verification(removed.Name),
                PublicKind.FeatureFlag => $"After the rollout: the flows {removed.Name} switched behave as they did with it at its last setting, and the flag service shows no evaluations of it from the new version.",
                _ => $"After the rollout: calls to {removed.Name} get the documented answer, and 4xx responses from older clients do not rise.",
            }));

    public IEnumerable<string> Rollback(PlanFacts facts) =>
        facts.PartsOfDestructive.Where(parts => parts.Stored is not null).SelectMany(parts => parts.PutOff.Count > 0 ? [KeptRollback(parts)]
                : parts is { ByItself: true, OnlyIndexes: false } ? [SelfDeletion.Rollback(facts, parts.Stored!)] : StoredRollback(parts)).Distinct(StringComparer.Ordinal)
            .Concat(Removed(facts).Select(removed => PackageRemovals.Of(facts) is { } package && removed.Kind != PublicKind.Metric && !(removed.Renames && removed.Replacement is not null) ? PackageRemovals.Rollback(package, removed.Name) : removed.Kind == PublicKind.Retyped
                ? $"Type rollback: the previous version has the old type of {removed.Name}; redeploy it if the code that reads it fails."
                : removed.Kind == PublicKind.Metric ? MetricRemovals.Rollback(removed.Name)
                : removed.Kind is PublicKind.Endpoint or PublicKind.FeatureFlag or PublicKind.Code
                ? $"Removal rollback: the previous version brings {removed.Name} back; redeploy it if a consumer still needs it{(removed.Kind == PublicKind.FeatureFlag ? ", and keep the flag in the flag service until then" : string.Empty)}."
                : $"Removal rollback: the previous version reads {removed.Name} again, so keep it in the config until verification passes."))
            .Concat(facts.PartsOfDestructive.SelectMany(parts => parts.Later).Select(later => later.Line).Distinct(StringComparer.Ordinal))
            .Concat(facts.PartsOfDestructive.Where(parts => parts is { Stored: null, Labels.Count: > 0 } && parts.Item.DestroysData).Select(LabelRollback));

    /// <summary>A renamed mode label drops nothing; what the new version may do to stored data under the new mode is still one-way.</summary>
    private static string LabelRollback(DestructiveParts parts) =>
        $"Renamed mode {Wording.Code(parts.Labels)}: no stored object is dropped, and the previous version reads the old name again; but if the new version converts stored data to the new layout when it starts, that cannot be reversed by redeploying, and the way back is restoring the snapshot taken before the first data change (its id recorded in the plan's thread).";

    /// <summary>
    /// The way back from one item's contract step: stored data only from the snapshot; a dropped index (no data of its own)
    /// by creating it again; and an archive the notes name as a second copy, checked before the drop.
    /// </summary>
    private static IEnumerable<string> StoredRollback(DestructiveParts parts)
    {
        if (parts.Operation == ContractOperation.DeleteRows)
        {
            yield return $"Deleting the rows from {parts.Stored} cannot be reversed, and redeploying the previous version does not bring them back: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since.";
        }
        else if (parts.Indexes.Count > 0 && parts.Operation is ContractOperation.Drop or ContractOperation.Removal)
        {
            if (parts.Holding.Count > 0)
            {
                yield return $"The contract step for {Wording.Code(parts.Holding)} cannot be reversed: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since.";
            }

            var indexes = Wording.Code(parts.Indexes);
            yield return $"Dropping the index {indexes} loses no data, so it needs no restore: record its definition before the drop, and the way back is creating it again from that definition (in the background or CONCURRENTLY), which takes a while on a large collection or table; queries that used it are slow until then.";
        }
        else
        {
            yield return $"The contract step for {parts.Stored} cannot be reversed: the way back is restoring the snapshot taken right before it (its id recorded in the plan's thread), losing writes made since.";
        }

        if (parts.Renamed is { } renamed)
        {
            // The previous version reads the old name: redeploying it is a way back only while the old name is still there.
            yield return $"The previous version still uses {parts.Stored}: roll the version back only before the contract step drops it; after that, rolling back needs {parts.Stored} back first (a compatibility view or alias of {renamed}, or the snapshot).";
        }

        if (parts.Archived is { } archive && parts.Holding.Count > 0)
        {
            yield return $"Besides the snapshot, the notes name a copy of {Wording.Code(parts.Holding)} (\"{archive}\"): it is a second way back only for what it holds, so before the contract step check that it is complete (its count matches) and that nothing was written since it was taken.";
        }
    }

    /// <summary>A rename whose old name stays tonight: the previous version, which uses it, is a way back while both are kept in step.</summary>
    private static string KeptRollback(DestructiveParts parts) =>
        $"The previous version still uses {parts.Stored}, which this release keeps (the notes drop it only in a later release): redeploying it is a way back as long as {parts.Stored} and {parts.Renamed} are kept in step.";

    /// <summary>What holds data among the contracted names: the snapshot before the contract steps is taken for these (a dropped index needs none).</summary>
    internal static IEnumerable<string> Snapshotted(PlanFacts facts) =>
        facts.PartsOfDestructive.Where(parts => parts.Contracted is not null && !parts.OnlyIndexes)
            .Select(parts => parts.Indexes.Count > 0 && parts.Holding.Count > 0 ? Wording.Code(parts.Holding) : parts.Stored!);

    private static string Tested(PlanFacts facts) => Rehearsal.IsRehearsal(facts) ? $"this {facts.Env} run, the rehearsal for production, tests it" : "tested in staging";

    private static IEnumerable<string> Stored(PlanFacts facts) => facts.PartsOfDestructive.Select(parts => parts.Contracted).OfType<string>();

    /// <summary>The public things removed, one entry per item, or one entry for them all past <see cref="Separate"/> items.</summary>
    private static IEnumerable<(string Name, PublicKind Kind, string? Replacement, bool Renames)> Removed(PlanFacts facts, bool everyName = false)
    {
        var parts = facts.PartsOfDestructive.SelectMany(part => part.Removals.Select(removal => (removal.Name, removal.Kind, part.Replacement, part.Renames)))
            .DistinctBy(removal => removal.Name, StringComparer.Ordinal).ToArray();
        if (parts.Length <= Separate)
        {
            return parts;
        }

        var removed = parts.Select(part => part.Name).ToArray();
        // Kinds mixed: only a URL path among them has consumers to ask; settings and code beside each other are the code's to drop.
        var kind = parts.All(part => part.Kind == parts[0].Kind) ? parts[0].Kind : parts.Any(part => part.Kind == PublicKind.Endpoint && part.Name.Contains('/', StringComparison.Ordinal)) ? PublicKind.Endpoint : PublicKind.Code;
        if (everyName)
        {
            return [($"any of the {removed.Length} things the notes remove ({string.Join("; ", removed)})", kind, null, false)];
        }

        var named = removed.Where(name => !name.StartsWith("what line", StringComparison.Ordinal)).Take(Separate).ToArray();
        return [(named.Length == 0 ? $"the {removed.Length} things the notes remove" : $"the {removed.Length} things the notes remove, among them {Wording.List(named)}", kind, null, false)];
    }
}
