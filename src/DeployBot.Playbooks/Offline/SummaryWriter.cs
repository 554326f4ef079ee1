using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Writes the 3-5 sentence summary: where and as which kinds of change, the kind of release and its risky items by
/// name, how the window (also in UTC) and the flag shape the plan, and what production adds.
/// User values (window, flag) are never followed by a capital letter, so they cannot change the sentence count.
/// </summary>
internal static class SummaryWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts, Schedule schedule)
    {
        var sentences = new List<string> { Where(facts), KindAndRisks(facts), Window(facts, schedule), Flag(facts) };
        if (facts.IsProduction)
        {
            var backup = facts.ChangesData ? ", fresh snapshots" : string.Empty;
            sentences.Add($"Because this is production, the plan adds approvals, on-call told before starting{backup} and tighter rollback triggers.");
        }

        return sentences;
    }

    private static string Where(PlanFacts facts)
    {
        var risk = facts.Environment.Risk.ToString().ToLowerInvariant();
        var kind = facts.IsProduction ? "production" : "non-production";
        // Only stored data gets contract steps; removals of endpoints, flags or keys are confirmed unused before the rollout.
        var contracts = facts.PartsOfDestructive.Any(part => part.Contracted is not null);
        // A deletion the notes put off ("delete products_v2 after 48h") removes nothing tonight: the risks sentence names it as a follow-up.
        var removesTonight = contracts || facts.PartsOfDestructive.Any(part => part.Public is not null);
        // Settings or secrets alone are applied and restarted: no image is rolled out, whatever the notes' words suggested.
        var kinds = facts.Kinds.Order().Where(kind => (kind != ChangeKind.Image || Urgency.ShipsImage(facts)) && (kind != ChangeKind.Contract || removesTonight)).ToArray();
        // An extension update the notes require is deployed as its package on the database servers and its update statement.
        var extensions = ExtensionUpgrade.StatedExtensions(facts);
        var extension = extensions.Count == 0 ? [] : new[] { $"an update of the {Wording.List([.. extensions])} extension{(extensions.Count == 1 ? string.Empty : "s")} (package on every database server, then ALTER EXTENSION)" };
        var changes = kinds.Length + extension.Length == 0
            ? "no change the notes ask to deploy or apply"
            : Wording.List([.. kinds.Select(kind => kind == ChangeKind.Contract && !contracts
                    ? Kinds.PackageRemovals.Of(facts) is { } removing ? Kinds.PackageRemovals.Summary(removing) : "removals confirmed unused first"
                : kind == ChangeKind.Infra && facts.Package is { } package ? Kinds.ToolVehicles.Adoption(facts) ?? package.Adoption
                : kind == ChangeKind.Image && facts.Package is { Kind: Package.Library } library ? library.Adoption
                : kind == ChangeKind.Schema && facts.Parallel is { } parallel ? $"a {parallel.New} beside the {parallel.Old} (its own databases, data written to both)"
                : kind == ChangeKind.Switch && facts.NoInPlace is { } fresh ? $"a new installation ({fresh.NewName}) beside {fresh.OldName}, filled by a one-shot migration in an announced downtime, then a switch of users to it"
                : kind == ChangeKind.Schema && Kinds.SchemaPlaybook.ReworkedByRelease(facts) ? "a schema change the new version makes itself as it starts"
                : Wording.Change(kind)), .. extension]);
        var ci = facts.Input.Release?.Ci is { AllGreen: false } ? ", and CI is not green yet, which blocks it (see the checks)" : string.Empty;
        var tickets = Tickets.In(facts.Notes) is { Count: > 0 } cited ? $" ({Wording.List(cited)})" : string.Empty;
        return $"This plan deploys the release described in the notes{tickets} to {facts.Env}, a {risk}-risk {kind} environment, as {changes}{ci}.";
    }

    private static string KindAndRisks(PlanFacts facts)
    {
        var risks = facts.Analysis.Risks.Select(Wording.Risk).ToArray();
        var touching = risks.Length == 0
            ? "with no schema, auth, integration or infrastructure risks found in the notes"
            : $"whose risk areas are {Wording.List(risks)}";
        var detail = facts.IsThin
            ? "; the notes are too thin to judge the risk, so ask the author what changes and how it was tested, and this plan takes the safe defaults"
            : Risky(facts);
        var extensions = ExtensionUpgrade.StatedExtensions(facts);
        var oneWay = extensions.Count == 0 ? string.Empty
            : $"; the update of {Wording.List([.. extensions])} cannot be reversed except by restoring the snapshot taken right before it";
        // A deletion the new version makes itself as it starts has no contract step to name it (SelfDeletion).
        var itself = SelfDeletion.DeletedNames(facts).ToArray();
        oneWay += itself.Length == 0 ? string.Empty
            : $"; the new version itself deletes {Wording.List(itself)} when it starts, which cannot be reversed except by restoring {SelfDeletion.Snapshot(facts)}";
        // An upgrade allowed only from a stepping stone fails half-way from any other version: the summary says so up front.
        oneWay += facts.SteppingStone is { } stone
            ? $"; the notes allow the upgrade only from {stone.Named} (line {stone.Line}), so the version running now is checked first and the window stops if it is another"
            : string.Empty;
        return $"It is {Wording.Kind(KindOf(facts))} {touching}{detail}{oneWay}{Later(facts)}.";
    }

    /// <summary>
    /// The kind of release as the playbooks read it: an incident's fix (<see cref="IncidentReading"/>) is a hotfix, and a
    /// release the analysis calls a hotfix only for an incident ticket among its features is a normal release.
    /// </summary>
    private static ReleaseKind KindOf(PlanFacts facts) => facts.Analysis.Kind switch
    {
        ReleaseKind.Hotfix when !facts.Is(ChangeKind.Hotfix) && !facts.Is(ChangeKind.Patch) => ReleaseKind.Normal,
        ReleaseKind.Normal when facts.Is(ChangeKind.Hotfix) => ReleaseKind.Hotfix,
        var kind => kind,
    };

    /// <summary>"; the deletion of products_v2 is a follow-up after 48h, not tonight": nothing the notes put off is removed in this window.</summary>
    private static string Later(PlanFacts facts)
    {
        var later = PutOffDeletions.Phrases(facts).Distinct(StringComparer.Ordinal).Take(3).ToArray();
        return later.Length == 0 ? string.Empty : $"; {Wording.List(later)}, not tonight, and cannot be undone once done";
    }

    private static string Risky(PlanFacts facts)
    {
        // Only stored data is contracted and irreversible; a removed endpoint, flag or key goes with the rollout and comes back with the previous version.
        var parts = facts.PartsOfDestructive;
        // A dropped index holds no data: it is recreated to go back, not restored; the rest is what the contract steps snapshot.
        var stored = ContractPlaybook.Snapshotted(facts).Distinct().Take(4).ToArray();
        var indexes = parts.Where(part => part.OnlyIndexes || part.Holding.Count > 0).SelectMany(part => part.Indexes).Distinct().Take(4).ToArray();
        var removed = parts.Where(part => !part.Removals.All(removal => removal.Kind == PublicKind.Retyped)).Select(part => part.Public).OfType<string>().Distinct().Take(4).ToArray();
        // A piece of code whose type changes is not removed: it is checked in the code, and the previous version has the old type.
        var retyped = parts.SelectMany(part => part.Removals).Where(removal => removal.Kind == PublicKind.Retyped).Select(removal => removal.Name).Distinct().Take(4).ToArray();
        if (stored.Length + removed.Length + indexes.Length + retyped.Length > 0)
        {
            var contract = stored.Length == 0 ? null : $"the destructive items ({Wording.List(stored)}) are planned as contract steps after the rollout and cannot be reversed except from a snapshot";
            var dropped = indexes.Length == 0 ? null : $"{(indexes.Length == 1 ? $"the dropped index ({Wording.Code(indexes)}) loses no data and is" : $"the dropped indexes ({Wording.Code(indexes)}) lose no data and are")} created again to go back";
            // A Terraform provider's or module's removals are uses in the operator's own configuration, gone before the plan is applied.
            var unused = removed.Length == 0 ? null : Kinds.PackageRemovals.Of(facts) is { } package
                ? Kinds.PackageRemovals.Risk(package, Wording.List(removed))
                : $"the removed items ({Wording.List(removed)}) are confirmed unused before the rollout removes them, and the previous version brings them back";
            var types = retyped.Length == 0 ? null : $"the code that reads {Wording.List(retyped)} is checked against {(retyped.Length == 1 ? "its" : "their")} new type before the rollout, and the previous version has the old one";
            return "; " + string.Join("; ", new[] { contract, dropped, unused, types }.OfType<string>());
        }

        if (facts.Erasure is { } erasure)
        {
            return $"; {erasure.Called} erases personal data and cannot be reversed: its snapshot only repairs a wrong erasure, since restoring it brings the erased data back";
        }

        var named = RiskyNames.Of(facts);
        return named.Length > 0 ? $"; the risky items name {Wording.Code(named)}" : string.Empty;
    }

    private static string Window(PlanFacts facts, Schedule schedule)
    {
        var total = schedule.TotalMinutes;
        if (facts.Window is not { } window)
        {
            if (Urgency.IsIncident(facts))
            {
                return $"No window was given for this hotfix, so it goes out as soon as the incident commander agrees; the steps add up to about {total} minutes.";
            }

            return facts.IsProduction
                ? $"No maintenance window was given, so pick a low-traffic time agreed with on-call; the steps add up to about {total} minutes."
                : $"No maintenance window was given, so any working hour suits {facts.Env}; the steps add up to about {total} minutes.";
        }

        // A clock change inside the window makes its length differ from what the wall clocks say: name it beside the UTC times.
        var clockChange = window.ClockChange is { } change ? $"; {change}" : string.Empty;
        // "Sat 22:00-23:45 UTC" is already in UTC, even though the UTC text writes its range with an en dash.
        var utc = window.UtcText is { } inUtc && !SameText(inUtc, window.Text) ? $" ({inUtc}{clockChange})" : string.Empty;
        if (window.IsNow && facts.WindowMinutes is null)
        {
            return $"The window {window.Text}{utc} starts as soon as the plan is read; the steps add up to about {total} minutes.";
        }

        if (facts.WindowMinutes is not { } length)
        {
            return $"All steps and verification must fit inside the window {window.Text}{utc}; the steps add up to about {total} minutes, "
                + $"so stop starting new steps when less than {Schedule.RollbackReserve} minutes are left.";
        }

        if (!schedule.FitsIn(length) && Urgency.IsIncident(facts))
        {
            // An incident's fix does not wait for a longer window: the incident commander weighs the overrun against the outage.
            return $"The window {window.Text}{utc} is about {length} minutes and the steps add up to about {total}; an incident's fix goes out anyway, so tell the incident commander that the watch runs past the window's end.";
        }

        if (schedule.Tight(length))
        {
            // A plan that fills its window has nowhere to roll back: the rollback would run past the window's end.
            var left = length - total == 0 ? "no time" : $"only {length - total} minutes";
            return $"The steps add up to about {total} of the {length} minutes of the window {window.Text}{utc}, leaving {left} to roll back inside it "
                + $"(at least {Schedule.RollbackReserve} are needed), so ask for a longer window, or agree beforehand that a rollback may run past its end.";
        }

        return schedule.FitsIn(length)
            ? $"All steps and verification must fit inside the window {window.Text}{utc}: the steps add up to about {total} of its {length} minutes, "
                + $"leaving {length - total} minutes to roll back if needed."
            : $"The window {window.Text}{utc} is about {length} minutes but the steps add up to about {total}, so ask for a longer window or split the release rather than rushing it{Split(schedule)}.";
    }

    private static bool SameText(string utc, string given) =>
        string.Equals(utc.Replace('–', '-').Replace(" - ", "-", StringComparison.Ordinal), given.Trim().Replace('–', '-').Replace(" - ", "-", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>"; steps 10–13, the ZooKeeper → KRaft migration (about 90 minutes), can be that split: tonight's other steps take about 125".</summary>
    private static string Split(Schedule schedule) => schedule.Separable() is { } part
        ? $"; steps {part.First}–{part.Last}, {part.Name} (about {part.Minutes} minutes), can be that split: in a window of their own, the other steps take about {schedule.TotalMinutes - part.Minutes}"
        : string.Empty;

    private static string Flag(PlanFacts facts)
    {
        // Without FLAG, a flag the notes name is the plan's flag (PlanFacts.Flag), except one the notes only move to a share.
        if (FlagPlaybook.Named(facts) is { } named && FlagPlaybook.StatedShare(facts) is { } share)
        {
            return Share(named.Name, share);
        }

        if (facts.Flag is not { } flag)
        {
            return Urgency.ShipsImage(facts)
                ? "No feature flag was given, so the new code is live for everyone once deployed and rollback means redeploying the previous version."
                : "No feature flag was given, so the change is live as soon as it is applied and rollback means undoing it as described below.";
        }

        var which = facts.FlagGiven ? $"the flag {flag}" : $"the flag {flag} (named in the notes; no FLAG was given)";
        return Urgency.ShipsImage(facts)
            ? $"The risky change ships dark behind {which}, {Ramp(facts)}, and turning {flag} off is the first rollback."
            : $"The change is switched on with {which}, {Ramp(facts)}, and turning {flag} off is the first rollback.";
    }

    /// <summary>How far the flag goes tonight: every stage with its hold, or, for a ramp the notes spread over days, only tonight's stage.</summary>
    private static string Ramp(PlanFacts facts)
    {
        var stated = StatedRamp.Read(facts.Notes);
        var stages = FlagRamp.Describe(FlagRamp.Stages(facts.IsProduction, null, stated));
        if (FlagRamp.Later(stated) is { } later)
        {
            return $"taken only to {stages} tonight with a hold and guard metrics, while the later stages ({later}) follow over {stated!.Over} as the notes say, each after the guard metrics held";
        }

        return stages.Contains('→', StringComparison.Ordinal)
            ? $"ramped {stages} with a hold and guard metrics at each stage"
            : $"taken to {stages} with a hold and guard metrics, as far as the notes go";
    }

    /// <summary>No FLAG was given and nothing ships: the notes move the flag they name to a stated share.</summary>
    private static string Share(string flag, StatedRamp share)
    {
        var from = share.From is { } at ? $" from {at}%" : string.Empty;
        var back = share.From is { } was ? $"setting it back to {was}%" : $"turning {flag} off";
        return $"The notes switch the flag {flag}{from} to {string.Join(" then ", share.Percents.Select(p => $"{p}%"))} and nothing is deployed, so the plan sets it in the flag service with a hold and guard metrics, and {back} is the first rollback.";
    }
}
