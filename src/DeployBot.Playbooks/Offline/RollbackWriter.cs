using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>Writes how to roll back (flag first, then each kind's way back), the triggers, and what must exist beforehand.</summary>
internal static class RollbackWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts, Schedule schedule)
    {
        var items = PlaybookCatalog.For(facts).OrderBy(playbook => playbook.Kind != ChangeKind.Flag)
            .SelectMany(playbook => playbook.Rollback(facts)).ToList();
        if (PasswordRehash.Rollback(facts) is { } rehash)
        {
            items.Add(rehash);
        }

        if (BehaviourDeletion.Rollback(facts) is { } deletion)
        {
            items.Add(deletion);
        }

        if (DataUpgradeSteps.Rollback(facts) is { } dataUpgrade)
        {
            items.Add(dataUpgrade);
        }

        if (SettingConversion.Rollback(facts) is { } conversion)
        {
            items.Add(conversion);
        }

        // What the notes' own upgrade steps leave behind: a step they call irreversible, an extension with no path down.
        items.AddRange(OperatorSteps.Rollback(facts));
        items.AddRange(SplitComponent.Read(facts.Analysis).Select(split => split.Rollback));

        // A provider's, module's or chart's own changelog speaks of its project's reverts ("Reverted the 5.10.0 support for
        // `pkcs12_bundle`"), not of the operator's way back: that is the previous pin (PackageSteps).
        var wayBack = facts.Package is null ? NotesFacts.RollbackNames(facts.Analysis.Items.Select(item => item.Text)) : [];
        if (wayBack.Count > 0)
        {
            items.Add($"From the notes, for the way back: {Wording.Code(wayBack)} (confirm each before starting).");
        }

        // An engine's own versions ("pg 13 -> 16", "kafka 2.8 -> 3.7") are not values to set back: its playbook says what the way back is.
        // Nor are a runtime's versions when the notes state a point of no return: that line says how far back the way goes.
        var versionsHaveTheirOwnWayBack = facts.Is(ChangeKind.Engine) || facts.NoWayBack is not null;
        // A rename ("users.name → users.full_name (rename col)") is no value to set back: its contract step says what its way back is.
        // A provider's, module's or chart's own before and after come back with its previous pin: they are no values of the operator's.
        var changes = facts.Package is not null ? [] : BeforeAfter.Read(facts.Notes).Where(change => !versionsHaveTheirOwnWayBack || !(IsVersion(change.Before) && IsVersion(change.After)))
            .Where(change => !facts.PartsOfDestructive.Any(parts => parts.Renamed?.Contains($"\"{change.After}\"", StringComparison.Ordinal) == true))
            // A setting converted to an inverted or retyped one has its own way back (SettingConversion): not "return to the first".
            .Where(change => !SettingConversion.Converted(facts, change.Before)).ToArray();
        if (changes.Length > 0)
        {
            var values = string.Join(", ", changes.Select(change => $"`{change.Before}` → `{change.After}`"));
            // In an incident the first of each is what the incident ran on: going back to it brings the incident back.
            items.Add(Urgency.IsIncident(facts)
                ? $"Values this release changes, from the notes: {values}. The first of each is what the incident ran on, so go back to it only if the new value makes things worse than the incident did."
                : $"Values this release changes, from the notes (the way back returns to the first of each): {values}.");
        }

        items.Add(Triggers(facts, schedule));
        items.Add(Artifacts(facts));
        if (facts.IsHighRisk)
        {
            var runbook = facts.Input.Environment.Setup.RollbackRunbook is { } configured ? $" and `{configured}`" : string.Empty;
            items.Add($"High risk: follow the detailed rollback plan (`rollback` in this plan's thread{runbook}), and decide on a rollback within 10 minutes of a trigger.");
        }

        return items;
    }

    internal static string Triggers(PlanFacts facts, Schedule schedule)
    {
        var baseline = Wording.Baseline(facts);
        var own = ToolVehicles.Triggers(facts);
        var triggers = own ?? (facts.IsProduction
            ? new List<string> { "5xx error rate above 1% for 5 minutes", $"p95 latency more than 20% over {baseline} for 10 minutes", "a failed health check after 5 minutes" }
            : ["5xx error rate above 5% for 10 minutes", "failing smoke tests"]);
        if (facts.ChangesData)
        {
            triggers.Add("any data integrity error");
        }

        if (facts.Has(RiskArea.Auth) && own is null)
        {
            triggers.Add("users unable to sign in");
        }

        if (facts.Is(ChangeKind.Payments))
        {
            triggers.Add("payment success rate below its baseline");
        }

        // Only a window with room after the plan has a rollback point; a short one would trigger from its first minute.
        if (facts.WindowMinutes is { } length && length - Schedule.RollbackReserve >= schedule.TotalMinutes)
        {
            triggers.Add($"verification not passed {length - Schedule.RollbackReserve} minutes into the window (the last {Schedule.RollbackReserve} are kept for rolling back)");
        }

        // Any one trigger is enough: "a or b", never "a and b", which reads as if all had to happen together.
        return $"Roll back now on any of: {Wording.List(triggers, "or")}.";
    }

    private static string Artifacts(PlanFacts facts)
    {
        var needed = new List<string>();
        if (facts.Is(ChangeKind.Image) && !Kinds.Urgency.ConfigOnly(facts))
        {
            needed.Add("the previous image tag");
        }

        if (facts.Is(ChangeKind.Config))
        {
            needed.Add("the previous config and secret versions");
        }

        if (facts.Is(ChangeKind.Infra))
        {
            needed.Add(ToolVehicles.Artifact(facts) ?? "the previous release revision or state version");
        }

        if (StepsWriter.KeepsSnapshots(facts))
        {
            needed.Add("the snapshot ids recorded in the plan's thread");
        }
        else if (Kinds.ExtensionUpgrade.StatedExtensions(facts).Count > 0)
        {
            needed.Add("the id of the snapshot taken right before the extension update");
        }

        // A drop has no down-migration (its way back is the snapshot); only an expand part can be undone that way. A second
        // installation beside the running one migrates nothing in place: its way back is the old one, still running.
        if (facts.Parallel is { } parallel)
        {
            needed.Add($"the {parallel.Old}, running and still receiving writes, until the {parallel.New} is validated");
        }
        else if (facts.NoInPlace is { } fresh)
        {
            // No in-place upgrade: the old installation, never migrated, is the way back; there is no down-migration.
            needed.Add($"{fresh.OldName} and its database, stopped but untouched, until {fresh.NewName} is accepted");
        }
        else if (facts.Has(RiskArea.Schema) && facts.ItemsWith(RiskArea.Schema, destructive: false).Count > 0 && facts.NoWayBack is not { OnData: true }
            && !Kinds.SchemaPlaybook.ReworkedByRelease(facts) && Kinds.SchemaPlaybook.OwnMigration(facts) is null)
        {
            needed.Add("the tested down-migrations");
        }

        needed.AddRange(DatastoreMoveRollback.Artifacts(facts));
        if (facts.Flag is { } flag)
        {
            needed.Add($"access to switch {flag}");
        }

        return needed.Count == 0 ? "Have ready beforehand: who can undo the change and how." : $"Have ready beforehand: {Wording.List(needed)}.";
    }

    /// <summary>"13", "2.8", "v7.0.1": a version number, not a setting.</summary>
    private static bool IsVersion(string value) => value.TrimStart('v', 'V') is { Length: > 0 } digits && digits.All(c => char.IsAsciiDigit(c) || c == '.');
}
