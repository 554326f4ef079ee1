using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>The names the config steps give: the keys and config files to apply, other names, and the routes where a value shows.</summary>
internal sealed partial class ConfigPlaybook
{
    /// <summary>
    /// The keys and the config files the config items name ("JWT_SIGNING_KID" and "identity/jwks-prod.json"); read once per
    /// plan through <see cref="PlanFacts.ConfigNames"/> and <see cref="PlanFacts.ConfigNamesBeforeRollout"/>.
    /// </summary>
    internal static string Keys(PlanFacts facts, IReadOnlyList<string>? except = null)
    {
        var files = ConfigItemNames(facts).Where(name => NotesFacts.IsFilePath(name) && ConfigFile(name));
        var all = facts.Names.Keys.Except(except ?? [], StringComparer.Ordinal).Where(key => !OfProjectFileOnly(facts, key)).Concat(files).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // "prod.json" read inside "identity/jwks-prod.json" is the same file.
        var names = all.Where(name => !all.Any(other => other.Length > name.Length && other.EndsWith(name, StringComparison.OrdinalIgnoreCase))).Take(6).ToArray();
        return names.Length > 0 ? Wording.Code(names) : RotatedSecret(facts) ?? "settings and secrets" + Lines(facts);
    }

    /// <summary>
    /// " of lines 5 and 31 of the notes": where the config items that name no setting stand, so "Apply the new settings and
    /// secrets" says which ones (the notes are shown above every plan; their free text never reaches a step). Items that are
    /// not fixes first: "After initial creation, agent configuration cannot be changed …" rather than "Clarifies wording
    /// around a secret provider error message".
    /// </summary>
    private static string Lines(PlanFacts facts)
    {
        var items = facts.Analysis.Items.Where(KindEvidence.IsConfig).ToArray();
        var lines = (items.Any(item => !item.Fix) ? items.Where(item => !item.Fix) : items)
            .Select(item => OperatorActions.LineOf(facts.Notes, item.Text)).OfType<int>().Distinct().Order().Take(3)
            .Select(line => line.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return lines.Length switch
        {
            0 => string.Empty,
            1 => $" of line {lines[0]} of the notes",
            _ => $" of lines {Wording.List(lines)} of the notes",
        };
    }

    /// <summary>
    /// The other names the config items give (files, options), after the keys and files already named: never a removed or
    /// renamed key left out of <see cref="NotesFacts.Keys"/> ("Apply the new …: LEGACY_TOKEN_TTL" would set what was
    /// removed), nor a route ("JWKS at /.well-known/jwks.json" is served, not applied), nor code: a call
    /// ("`jwe.Settings(jwe.WithMaxDecompressBufferSize(int64))`" is set in the service's code, not in its config) or a
    /// language's literal ("defaults to `nil`").
    /// </summary>
    private static string OtherNames(PlanFacts facts)
    {
        // "Rename `error_handler` settings to `on_error`": the old name is confirmed unused (ContractPlaybook), never applied.
        // Its new name is set where the old one is by the rename's own step, not applied as a new key.
        var removed = facts.PartsOfDestructive.Select(parts => parts.Item).Distinct().SelectMany(item => NotesFacts.RemovedIn(item.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var renamedTo = facts.PartsOfDestructive.Where(parts => parts.Renames).Select(parts => parts.Replacement).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = ConfigItemNames(facts)
            .Where(name => !removed.Contains(name) && !renamedTo.Contains(Wording.Code([name])) && !NotesFacts.IsVersion(name) && !NotesFacts.IsSettingName(name) && !facts.Names.Keys.Contains(name, StringComparer.OrdinalIgnoreCase)
                && !(name.StartsWith('/') && !NotesFacts.IsFilePath(name)) && !facts.ConfigNames.Contains(Wording.Code([name]), StringComparison.OrdinalIgnoreCase)
                && !name.Contains('(', StringComparison.Ordinal) && !Literal().IsMatch(name))
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
            .Where(name => !(item.Risks.Contains(RiskArea.Schema) && NameShapes.IsColumn(name)) && !CodeNames.Is(name, item.Text, holdsData: false) && !IsScope(item.Text, name) && !OfProjectFileOnly(facts, name)));

    /// <summary>
    /// A name the notes give only beside a file of the project's own ("the `apiVersion` for the `Chart.yaml` is now `v2`",
    /// "Specify `kubeVersion` in `Chart.yaml`"): a field the project set in its own metadata, no setting of the operator's.
    /// </summary>
    private static bool OfProjectFileOnly(PlanFacts facts, string name)
    {
        var items = facts.Analysis.Items.Where(item => item.Text.Contains(name, StringComparison.Ordinal)).ToArray();
        return items.Length > 0 && items.All(item => NotesFacts.NamesIn(item.Text).Any(ProjectFiles.IsProjectOwn));
    }

    /// <summary>
    /// "`opentelemetry-sdk`: Drop unused … environment variables", "**helm:** add `tls.enabled`": a name that opens the item
    /// before a colon says which package or component the item is about, and is no setting of it.
    /// </summary>
    private static bool IsScope(string item, string name)
    {
        var text = item.TrimStart('-', '*', '+', ' ', '`');
        return text.StartsWith(name, StringComparison.Ordinal) && text[name.Length..].TrimStart('`', '*', ')').StartsWith(':');
    }

    /// <summary>A value of a programming language, never a setting's name: "defaults to `nil`", "`None`", "`true`".</summary>
    [GeneratedRegex(@"^(?:nil|null|none|true|false|undefined|nan)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Literal();

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
        && !path.Contains("migrat", StringComparison.OrdinalIgnoreCase) && !ProjectFiles.IsProjectOwn(path);
}
