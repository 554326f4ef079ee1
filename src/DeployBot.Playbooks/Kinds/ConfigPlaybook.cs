using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Config or secret: apply before the code that reads it, reload or restart (no image when it is config only),
/// and know when the old value stops working (revocation ends the easy rollback).</summary>
internal sealed partial class ConfigPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Config;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        // A chart's settings are its values: set in the values file before the diff and applied by `helm upgrade` (PackageSteps).
        if (OnlyUnchanged(facts) || InChartValues(facts))
        {
            yield break;
        }

        var keys = facts.ConfigNames;
        // Recorded right before the change; a setting that points at a new store is the blue/green switch itself.
        var switches = SwitchPlaybook.SwitchedByConfig(facts);
        var apply = switches ? Phase.Switch : Phase.Expand;
        var vendor = KeyRotationSteps.Vendor(facts);
        var revoked = vendor is not null ? KeyRotationSteps.OldKeyNote(vendor, OldValueLifetime.When(facts.Notes))
            : ChangesSecret(facts) ? $", and note when the old value will be revoked{(OldValueLifetime.When(facts.Notes) is { } when ? $" ({when}, as the notes say)" : string.Empty)}"
            : string.Empty;
        // During an incident the value running now is the broken one: it is noted for the incident record, not kept as a way back.
        var incident = Urgency.IsIncident(facts);
        if (!incident)
        {
            yield return Manual(apply, $"Record the current version of {keys} in the secret store or config history as the rollback target{revoked}", facts.Paths.ConfigMap, 5);
        }

        if (vendor is not null)
        {
            // Rolled after the old version is recorded; the vendor's expiry keeps the old key working through the restart.
            yield return KeyRotationSteps.Roll(apply, vendor);
        }

        var verb = switches ? "Switch to the new store: apply the new"
            : KeyRotation.Jwks(facts.Notes) is { } rotation ? $"Once the new key{(rotation.NewKid is { } kid ? $" (kid {kid})" : string.Empty)} is in every verifier's JWKS cache, switch signing to it: apply the new"
            : "Apply the new";
        var record = incident ? " (note the version it replaces for the incident record; that one is what the incident is about, not a rollback target)" : string.Empty;
        if (facts.ChangedDefault is { } changed)
        {
            // A changed default is applied by the rollout itself: what the operator decides is whether to pin the old value.
            var old = changed.Old is { } value ? $" (`{changed.Key}={value}`)" : string.Empty;
            yield return Manual(apply, $"Decide `{changed.Key}` for {facts.Env} before the rollout: its default becomes `{changed.New}` in this release, so if {facts.Env} never set it, it changes with the rollout; set the old value explicitly{old} if the new behaviour is not wanted yet (a second person reviews the diff), or leave it unset and tell whoever the new default affects{OtherNames(facts)}", facts.Paths.ConfigMap, 5);
            if (LaterKeySteps.Step(facts) is { } afterDecision)
            {
                yield return afterDecision;
            }

            yield break;
        }

        // The keys the notes say to change after upgrading have their own step after the rollout; the rest are applied first,
        // and restarted for and tested like any other key.
        var later = LaterKeySteps.Step(facts);
        if (later is null || AppliedFirst(facts))
        {
            var applied = later is null ? keys : facts.ConfigNamesBeforeRollout;
            yield return Automated(apply, $"{verb} {applied} to {facts.Env} before anything reads it{record} (a second person reviews the diff; no secret in the repository){OtherNames(facts)}", facts.Paths.ConfigMap, 5);
            if (!facts.Is(ChangeKind.Image) || Urgency.ConfigOnly(facts))
            {
                var service = facts.Names.Services.Count > 0 ? Wording.List(facts.Names.Services) : vendor is not null ? "every service and job that holds the key (the list above)" : "the service";
                yield return Automated(switches ? Phase.Switch : Phase.Rollout, $"Restart {service} with a rolling restart (no new image) so every pod reads the new {applied}", facts.Paths.Deployment, 10);
            }

            if (vendor is not null)
            {
                yield return KeyRotationSteps.Test(facts, vendor, applied);
            }
        }

        if (later is not null)
        {
            yield return later;
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (OnlyUnchanged(facts))
        {
            yield return $"Config: {Wording.Code(facts.Names.Keys)} stays as it is, as the notes say: nothing is applied and nothing restarts for it; confirm that nobody changes it during the window.";
            yield break;
        }

        if (facts.ChangedDefault is { } changed)
        {
            yield return $"Changed default: the product owner decided whether {facts.Env} takes the new default `{changed.Key}={changed.New}` or keeps the old behaviour set explicitly, and who is told; the value {facts.Env} sets today (if any) is recorded.";
        }
        else if (facts.KeysAfterRollout.Count == 0 || AppliedFirst(facts))
        {
            yield return $"Config and secrets: the new values for {facts.ConfigNamesBeforeRollout} are in {facts.Env} and were reviewed by a second person; the old values stay valid until verification passes.";
        }

        if (LaterKeySteps.Check(facts) is { } later)
        {
            yield return later;
        }
    }

    /// <summary>Some keys or config files are to be applied before the rollout, not only the ones the notes change after upgrading.</summary>
    private static bool AppliedFirst(PlanFacts facts) =>
        facts.Names.Keys.Except(facts.KeysAfterRollout, StringComparer.Ordinal).Any() || ConfigItemNames(facts).Any(name => NotesFacts.IsFilePath(name) && ConfigFile(name));

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (OnlyUnchanged(facts))
        {
            yield break;
        }

        yield return facts.ChangedDefault is { } changed
            ? $"Config: the running pods read `{changed.Key}` as decided before the rollout (the new default `{changed.New}`, or the old value set explicitly), and what it switches behaves that way."
            : $"Config: the running pods report the new config version for {facts.ConfigNames}, with no startup errors about missing settings or secrets and no auth failures against the services that use it{Routes(facts)}.";
        if (KeyRotationSteps.Vendor(facts) is { } vendor)
        {
            yield return KeyRotationSteps.Verification(vendor, facts.ConfigNames);
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        // `helm rollback` puts the values back with the revision (PackageSteps.Rollback).
        if (OnlyUnchanged(facts) || InChartValues(facts))
        {
            yield break;
        }

        if (Urgency.IsIncident(facts))
        {
            yield return IncidentRollback(facts);
            yield break;
        }

        if (KeyRotationSteps.Vendor(facts) is { } vendor)
        {
            yield return KeyRotationSteps.Rollback(vendor, facts.ConfigNames, OldValueLifetime.When(facts.Notes));
            yield break;
        }

        if (facts.ChangedDefault is { } changed)
        {
            var old = changed.Old is { } value ? $" (`{value}`)" : string.Empty;
            yield return $"Changed default: the previous version brings the old default{old} of `{changed.Key}` back for an environment that never set it; one that set it explicitly for tonight keeps that value until it is removed again.";
            yield break;
        }

        var oldNames = OldValueLifetime.OldNames(facts.Notes);
        var previous = oldNames.Count > 0 ? $" ({Wording.Code(oldNames)})" : string.Empty;
        var until = OldValueLifetime.When(facts.Notes) is { } when ? $" ({when}, as the notes say)" : string.Empty;
        yield return ChangesSecret(facts)
            ? $"Config rollback: re-apply the previous version of {facts.ConfigNames}{previous} and restart; this works only until the old value is revoked{until}, so revoke it only after verification passes."
            : $"Config rollback: re-apply the previous version of {facts.ConfigNames}{previous} and restart.";
    }

    /// <summary>The notes are a Helm chart's own release: its settings are values in the file the release is upgraded with.</summary>
    private static bool InChartValues(PlanFacts facts) => facts.Package is { Kind: Package.HelmChart } && facts.ChangedDefault is null;

    /// <summary>The settings a chart release sets in its values file (<see cref="PackageSteps"/>); null when it sets none.</summary>
    internal static string? ChartValues(PlanFacts facts) =>
        facts.Is(ChangeKind.Config) && InChartValues(facts) && !OnlyUnchanged(facts) ? facts.ConfigNames + OtherNames(facts) : null;

    /// <summary>
    /// The only settings the notes name are ones they keep as they are ("same DATABASE_URL (pgbouncer repoint)"), and
    /// they name no config file: there is nothing to apply or restart.
    /// </summary>
    internal static bool OnlyUnchanged(PlanFacts facts) =>
        UnchangedSettings.All(facts.Names.Keys, facts.Notes) && !ConfigItemNames(facts).Any(name => NotesFacts.IsFilePath(name) && ConfigFile(name));

    /// <summary>
    /// During an incident the value running now is the one the incident is about (an expired certificate, a wrong
    /// webhook secret, yesterday's limit that throttles partners): re-applying it brings the incident back.
    /// </summary>
    private static string IncidentRollback(PlanFacts facts)
    {
        var keys = facts.ConfigNames;
        var code = facts.Is(ChangeKind.Image) && !Urgency.ConfigOnly(facts) ? "; if the release's code change misbehaves, roll back the code only and keep the new value" : string.Empty;
        return ChangesSecret(facts)
            ? $"Config rollback: none to the previous {keys}: it is the broken value the incident is about. If the new value still fails, re-check it against its source (the provider's dashboard or the issuing authority) and set it again{code}."
            : $"Config rollback: the previous {keys} is the value the incident is about, so go back to it only if the incident commander decides the new value is worse{code}.";
    }

    /// <summary>
    /// A secret is among the changed values (a key, token, password, certificate or credential), or the notes name no
    /// value and no config item at all: only a secret has an old value to revoke. "DB_POOL_SIZE 20 → 50" is a setting, and
    /// nothing is revoked; nor is "the Keeper configuration functionality will be improved" or "update the logging
    /// configuration", where the items name no key and no secret.
    /// </summary>
    internal static bool ChangesSecret(PlanFacts facts)
    {
        var items = facts.Analysis.Items.Where(KindEvidence.IsConfig).ToArray();
        return (facts.Names.Keys.Count == 0 && items.Length == 0) || OldValueLifetime.When(facts.Notes) is not null
            || facts.Names.Keys.Any(key => Secret().IsMatch(key)) || items.Any(item => Secret().IsMatch(item.Text));
    }

    [GeneratedRegex(@"(?:\b|_)(?:keys?|secrets?|tokens?|passwords?|passwd|credentials?|certs?|certificates?|private|dsn|salt|signing|rotat\w*|api[_-]?key)(?:\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Secret();
}
