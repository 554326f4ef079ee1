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
        if (OnlyUnchanged(facts))
        {
            yield break;
        }

        var keys = Keys(facts);
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
            yield break;
        }

        yield return Automated(apply, $"{verb} {keys} to {facts.Env} before anything reads it{record} (a second person reviews the diff; no secret in the repository){OtherNames(facts)}", facts.Paths.ConfigMap, 5);
        if (!facts.Is(ChangeKind.Image) || Urgency.ConfigOnly(facts))
        {
            var service = facts.Names.Services.Count > 0 ? Wording.List(facts.Names.Services) : vendor is not null ? "every service and job that holds the key (the list above)" : "the service";
            yield return Automated(switches ? Phase.Switch : Phase.Rollout, $"Restart {service} with a rolling restart (no new image) so every pod reads the new {keys}", facts.Paths.Deployment, 10);
        }

        if (vendor is not null)
        {
            yield return KeyRotationSteps.Test(facts, vendor, keys);
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
            yield break;
        }

        yield return $"Config and secrets: the new values for {Keys(facts)} are in {facts.Env} and were reviewed by a second person; the old values stay valid until verification passes.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (OnlyUnchanged(facts))
        {
            yield break;
        }

        yield return facts.ChangedDefault is { } changed
            ? $"Config: the running pods read `{changed.Key}` as decided before the rollout (the new default `{changed.New}`, or the old value set explicitly), and what it switches behaves that way."
            : $"Config: the running pods report the new config version for {Keys(facts)}, with no startup errors about missing settings or secrets and no auth failures against the services that use it{Routes(facts)}.";
        if (KeyRotationSteps.Vendor(facts) is { } vendor)
        {
            yield return KeyRotationSteps.Verification(vendor, Keys(facts));
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (OnlyUnchanged(facts))
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
            yield return KeyRotationSteps.Rollback(vendor, Keys(facts), OldValueLifetime.When(facts.Notes));
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
            ? $"Config rollback: re-apply the previous version of {Keys(facts)}{previous} and restart; this works only until the old value is revoked{until}, so revoke it only after verification passes."
            : $"Config rollback: re-apply the previous version of {Keys(facts)}{previous} and restart.";
    }

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
        var keys = Keys(facts);
        var code = facts.Is(ChangeKind.Image) && !Urgency.ConfigOnly(facts) ? "; if the release's code change misbehaves, roll back the code only and keep the new value" : string.Empty;
        return ChangesSecret(facts)
            ? $"Config rollback: none to the previous {keys}: it is the broken value the incident is about. If the new value still fails, re-check it against its source (the provider's dashboard or the issuing authority) and set it again{code}."
            : $"Config rollback: the previous {keys} is the value the incident is about, so go back to it only if the incident commander decides the new value is worse{code}.";
    }

    /// <summary>
    /// A secret is among the changed values (a key, token, password, certificate or credential), or the notes name none
    /// at all: only a secret has an old value to revoke. "DB_POOL_SIZE 20 → 50" is a setting, and nothing is revoked.
    /// </summary>
    internal static bool ChangesSecret(PlanFacts facts)
    {
        var items = facts.Analysis.Items.Where(KindEvidence.IsConfig).ToArray();
        return facts.Names.Keys.Count == 0 || OldValueLifetime.When(facts.Notes) is not null
            || facts.Names.Keys.Any(key => Secret().IsMatch(key)) || items.Any(item => Secret().IsMatch(item.Text));
    }

    [GeneratedRegex(@"(?:\b|_)(?:keys?|secrets?|tokens?|passwords?|passwd|credentials?|certs?|certificates?|private|dsn|salt|signing|rotat\w*|api[_-]?key)(?:\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Secret();

    /// <summary>The keys and the config files the config items name ("JWT_SIGNING_KID" and "identity/jwks-prod.json").</summary>
    private static string Keys(PlanFacts facts)
    {
        var files = ConfigItemNames(facts).Where(name => NotesFacts.IsFilePath(name) && ConfigFile(name));
        var all = facts.Names.Keys.Concat(files).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // "prod.json" read inside "identity/jwks-prod.json" is the same file.
        var names = all.Where(name => !all.Any(other => other.Length > name.Length && other.EndsWith(name, StringComparison.OrdinalIgnoreCase))).Take(6).ToArray();
        return names.Length > 0 ? Wording.Code(names) : RotatedSecret(facts) ?? "settings and secrets";
    }

    /// <summary>
    /// The other names the config items give (files, options), after the keys already named: never a removed or renamed
    /// key left out of <see cref="NotesFacts.Keys"/> ("Apply the new …: LEGACY_TOKEN_TTL" would set what was removed), nor
    /// a route ("JWKS at /.well-known/jwks.json" is served, not applied).
    /// </summary>
    private static string OtherNames(PlanFacts facts)
    {
        var names = ConfigItemNames(facts)
            .Where(name => !NotesFacts.IsVersion(name) && !NotesFacts.IsSettingName(name) && !facts.Names.Keys.Contains(name, StringComparer.OrdinalIgnoreCase)
                && !(name.StartsWith('/') && !NotesFacts.IsFilePath(name)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToArray();
        return names.Length == 0 ? string.Empty : ": " + Wording.Code(names);
    }

    /// <summary>
    /// The routes the config items name ("rate limit on POST /api/login: 10/min per ip (RATE_LIMIT_LOGIN=10)"): where the
    /// new value shows, so verification checks it there; never a route the items remove.
    /// </summary>
    private static string Routes(PlanFacts facts)
    {
        var items = facts.Analysis.Items.Where(KindEvidence.IsConfig).ToArray();
        var removed = items.Where(item => item.Destructive).SelectMany(item => NotesFacts.RemovedIn(item.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routes = items.SelectMany(item => NotesFacts.NamesIn(item.Text)).Select(name => name.TrimEnd(':', '.', ','))
            .Where(name => name.StartsWith('/') && name.Length > 1 && !NotesFacts.IsFilePath(name) && !removed.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        return routes.Length == 0 ? string.Empty : $", and {Wording.Code(routes)} behave{(routes.Length == 1 ? "s" : string.Empty)} with the new value as the notes say";
    }

    /// <summary>
    /// Every name the config parts of the config items give, in order: keys, files, options; never a column of a schema item
    /// ("migration adds api_keys.key_hash" says "key", and its column is no setting), nor a piece of a library's code
    /// ("`payment_method_configuration` on `BillingPortal::Configuration`").
    /// </summary>
    private static IEnumerable<string> ConfigItemNames(PlanFacts facts) =>
        facts.Analysis.Items.Where(KindEvidence.IsConfig).SelectMany(item => KindEvidence.ConfigParts(item).SelectMany(NotesFacts.NamesIn)
            .Where(name => !(item.Risks.Contains(RiskArea.Schema) && NameShapes.IsColumn(name)) && !CodeNames.Is(name, item.Text, holdsData: false)));

    /// <summary>
    /// "rotate stripe key" names no SETTING_NAME, but the step can still say what it changes: "Stripe key". The owner is
    /// read whatever its case ("stripe", "Stripe", "db"); a vendor rolled at its dashboard is written as the vendor spells it.
    /// </summary>
    private static string? RotatedSecret(PlanFacts facts)
    {
        if (facts.Analysis.Items.Select(item => SecretNamed().Match(item.Text)).FirstOrDefault(match => match.Success) is not { } found)
        {
            return null;
        }

        var what = found.Groups["what"].Value.Trim();
        if (KeyRotation.RolledAtVendor(facts.Notes) is { } vendor && what.StartsWith(vendor, StringComparison.OrdinalIgnoreCase))
        {
            what = vendor + what[vendor.Length..];
        }

        return Wording.Code([what]);
    }

    /// <summary>One or two words naming whose key it is, never an article, a quantifier or the key's age ("rotate all tokens").</summary>
    [GeneratedRegex(@"\b(?:rotat(?:e|es|ed|ing)|renew(?:s|ed)?|replac(?:e|es|ed|ing)|new)\s+(?:the\s+|our\s+|an?\s+)?(?:old\s+|current\s+|existing\s+)?(?<what>(?:(?!(?:the|our|an?|all|every|each|both|some|any|these|those|this|that|its|their|old|new|current|existing|expired|and|or)\b)[a-z][\w.-]*\s+){1,2}(?:api\s+|signing\s+|webhook\s+|secret\s+|access\s+)?(?:key|secret|token|certificate|cert|password|credentials?)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SecretNamed();

    private static bool ConfigFile(string path) =>
        new[] { ".json", ".yaml", ".yml", ".env", ".toml", ".ini", ".properties", ".conf" }.Any(end => path.EndsWith(end, StringComparison.OrdinalIgnoreCase))
        && !path.Contains("migrat", StringComparison.OrdinalIgnoreCase);
}
