using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Classifies one item: its risk areas from the English and local term lists, the section it stands under
/// ("Breaking changes", "Security", "Removed"), and whether it is destructive (then it is breaking too).
/// </summary>
internal static partial class ItemClassifier
{
    private static readonly (RiskArea Area, Regex[] English, Func<Regex>? Local)[] Areas =
    [
        (RiskArea.Schema, [RiskPatterns.Schema()], LocalTerms.Schema),
        (RiskArea.Auth, RiskPatterns.AuthParts, LocalTerms.Auth),
        (RiskArea.External, RiskPatterns.ExternalParts, LocalTerms.External),
        (RiskArea.Config, RiskPatterns.ConfigParts, LocalTerms.Config),
        (RiskArea.Infra, RiskPatterns.InfraParts, null),
        (RiskArea.Data, RiskPatterns.DataParts, LocalTerms.Data),
        (RiskArea.Breaking, [RiskPatterns.Breaking()], null),
    ];

    public static ReleaseItem Classify(NoteItem item) => Classify(item, ReleaseContext.None);

    /// <summary>Classifies <paramref name="item"/> in the <paramref name="context"/> of the whole release (<see cref="ReleaseContext"/>).</summary>
    public static ReleaseItem Classify(NoteItem item, ReleaseContext context)
    {
        // A link's address is not prose: "…/Migration-Guide-3.0:-Hibernate-ORM-5-to-6-migration[guide]" names no migration.
        // Only a security advisory is cited by its link alone (".. _VSV17: https://…/security/VSV00017.html"), so auth reads it.
        // "[Ecto.Repo] Remove unused `:pool_timeout`": a leading component tag only says where; the item starts after it.
        // "No config or schema changes": what an item rules out is read as if it were not written (links have no spaces,
        // so ruling out first changes nothing of theirs).
        // "remvoe users.tz_offset": a removal typed in a hurry is still a removal (Typos: a bounded set of words and slips).
        var ruledOut = RiskPatterns.NegatedChange().Replace(Typos.Correct(item.Text), " ");
        var linked = Link().Replace(ruledOut, " ");
        var text = RiskPatterns.WithoutLeadingTicket(ComponentTag().Replace(linked, string.Empty));
        // "[datadog_logs_index] Add sample_attribute support": a tag that names a cloud resource the Terraform way still
        // says whose API the change is in, so the external area reads it.
        var tag = ComponentTag().Match(linked).Value;
        if (RiskPatterns.NothingDeployed().IsMatch(text) || (item.Section is { } heading && RiskPatterns.NothingDeployedSection().IsMatch(heading)))
        {
            return new ReleaseItem(OneLine(item.Text), [], false);
        }

        var isFix = RiskPatterns.FixItem().IsMatch(text);

        // An item under a "Bug Fixes"/"Fixed" heading describes a bug even without "Fix" in front of it
        // ("#18353 - Disable fetching … when `ISOLATED_DEPLOYMENT` is enabled"): the setting or cluster it names is where
        // the bug was. A removal there still removes ("remove shortNames for routes"), so only the naming rules below
        // use this. A "Security" section is not one: security releases often ship a new requirement there.
        var describesBug = isFix || BugFixFor().IsMatch(text)
            || (item.Section is { } fixSection && KindSignals.IsFixSection(fixSection) && !SecuritySection().IsMatch(fixSection));
        var risks = Areas.Where(area => Matches(area, area.Area switch
            {
                RiskArea.Infra when describesBug => RiskPatterns.RuntimeOfBug().Replace(RiskPatterns.RuntimeAvailable().Replace(context.WithoutOwnVersions(RiskPatterns.WithoutScreens(text)), " "), " "),
                RiskArea.Infra => RiskPatterns.RuntimeAvailable().Replace(context.WithoutOwnVersions(RiskPatterns.WithoutScreens(text)), " "),
                RiskArea.Auth => RiskPatterns.WithoutNonAuthSecurity(RiskPatterns.WithoutTypeMembers(RiskPatterns.WithoutScreens(ruledOut))),
                RiskArea.External => RiskPatterns.OwnedStorage().Replace(RiskPatterns.WithoutScreens(text), " ") + " " + tag,
                RiskArea.Config => RiskPatterns.ConfigUnchanged().Replace(RiskPatterns.WithoutScreens(text), " "),
                _ => text,
            }))
            .Select(area => area.Area).ToHashSet();
        if ((RiskPatterns.SchemaInDatabaseContext().IsMatch(text) || (!context.ApiClient && RiskPatterns.OrmModelChange().IsMatch(text)))
            && DatabaseInSight(text, context))
        {
            risks.Add(RiskArea.Schema);
        }

        // "new SENDGRID_API_KEY in vault", "GITHUB_OAUTH_CLIENT_SECRET retired": a setting's name says whose it is.
        var settingWords = string.Join(" ", RiskPatterns.SettingName().Matches(text).Select(name => name.Value.Replace('_', ' ')));
        if (settingWords.Length > 0 && RiskPatterns.VendorName().IsMatch(settingWords))
        {
            risks.Add(RiskArea.External);
        }

        if (RiskPatterns.IsUserAuthSettingName(text))
        {
            risks.Add(RiskArea.Auth);
        }

        if (RiskPatterns.SchemaShorthand().IsMatch(text))
        {
            risks.Add(RiskArea.Schema);
        }

        // "airflow 2.7 -> 2.9 (metadata db via airflow db migrate)": the platform the release runs on moves.
        if (!describesBug && KindSignals.PlatformUpgrade().IsMatch(text))
        {
            risks.Add(RiskArea.Infra);
        }

        if (RiskPatterns.ImpliedDataRewrite().IsMatch(text))
        {
            risks.Add(RiskArea.Data);
        }

        if (!risks.Contains(RiskArea.Config) && RiskPatterns.ConfigNamed().IsMatch(text) && !RiskPatterns.ApiSurface().IsMatch(text))
        {
            risks.Add(RiskArea.Config);
        }

        // A fix names the flag or setting the bug shows in ("Fix `--sortr=path`", "Fix `NGINX_BASE` …"): only the words
        // of configuration itself, a changed default, or an option added, removed or renamed make it a configuration change.
        if (describesBug && risks.Contains(RiskArea.Config) && !RiskPatterns.ConfigChange().IsMatch(text)
            && !RiskPatterns.IsConfig(RiskPatterns.CliFlag().Replace(text, " ")) && !(LocalTerms.Config().IsMatch(text)))
        {
            risks.Remove(RiskArea.Config);
        }
        // "Add a `retries` option to `send()`", "new parameters on the Charge type": an option of a function, method, request
        // or type is part of a library's API, not something an operator sets in the deployment's configuration. Removing
        // one still breaks whoever set it, so a removal keeps it.
        if (risks.Contains(RiskArea.Config) && (context.ApiClient || RiskPatterns.CodeSurface().IsMatch(text)) && !RiskPatterns.SettingName().IsMatch(text)
            && !RiskPatterns.Breaking().IsMatch(text) && !DestructivePatterns.IsDestructive(text)
            && !RiskPatterns.IsConfig(RiskPatterns.OptionWord().Replace(text, " ")))
        {
            risks.Remove(RiskArea.Config);
        }

        if (RiskPatterns.NoLonger().IsMatch(text) && !isFix && !RiskPatterns.Cve().IsMatch(text) && !context.NoBreakingChanges)
        {
            risks.Add(RiskArea.Breaking);
        }

        // Under a "Fixed" heading "Removed the stray `id` from the search box" is the fix itself, not a removal to plan for.
        if (RiskPatterns.IsBreakingChange(text) && !describesBug && !RiskPatterns.Cve().IsMatch(text) && !context.NoBreakingChanges)
        {
            risks.Add(RiskArea.Breaking);
        }

        // A fix that "removes" or "drops" something names the bug it cures ("Fix X dropping rows"), not a removal.
        // "Removed `escape_string`" removes a library's surface; under "Fixed" it is what the fix took out, nothing to migrate.
        // "Add `delete_all_traces()` function to delete all trace data" offers a deletion; deploying it deletes nothing.
        var destructive = !isFix && !OfferedDeletions.Offers(text) && (IsDestructive(text, risks) || DeletedStreams.AnyDeleted(context.Streams, text) || (!describesBug && DestructivePatterns.RemovesCodeSurface(text)));
        if (context.ApiClient)
        {
            // In a vendor's client library every shipped change is in how the deployment talks to the vendor, and
            // "Removed estimatedCompletionTime from `LongRunningOperationResponse`" removes part of the API contract.
            risks.Add(RiskArea.External);
            destructive |= !isFix && RemovedItem().IsMatch(text);
        }
        // "Previously, it would attempt to delete all processed containers": the old behaviour, which the release ends.
        if (RiskPatterns.OldBehaviourOnly().IsMatch(text))
        {
            destructive = false;
            risks.Remove(RiskArea.Breaking);
            risks.Remove(RiskArea.Data);
        }

        if (item.Section is { } section)
        {
            AddSectionRisks(section, text, risks, ref destructive);
        }

        if (destructive)
        {
            risks.Add(RiskArea.Breaking);
            // Deleting a table, column or index of a database deletes data, whatever else the item talks about: a schema
            // change, planned as a contract step with a snapshot, not a removed API that the previous version brings back.
            if ((DestructivePatterns.StoredRemoval().IsMatch(text) && (DatabaseInSight(text, context) || DestructivePatterns.NamedTables().IsMatch(text)))
                || DestructivePatterns.DatabaseObjectRemoval().IsMatch(text) || DestructivePatterns.ShorthandChange().IsMatch(text)
                || (RiskPatterns.DatabaseContext().IsMatch(text) && DestructivePatterns.DottedNameRemoval().IsMatch(text)))
            {
                risks.Add(RiskArea.Schema);
            }
        }

        return new ReleaseItem(OneLine(item.Text), [.. risks.Order()], destructive) { Fix = describesBug };
    }

    /// <summary>The terms that made an area match in <paramref name="text"/>, for tests and diagnostics.</summary>
    public static IEnumerable<string> Evidence(string text, RiskArea area)
    {
        var (_, english, local) = Areas.Single(candidate => candidate.Area == area);
        var found = english.SelectMany(pattern => pattern.Matches(text)).Concat(local?.Invoke().Matches(text) ?? Enumerable.Empty<Match>()).Select(match => match.Value.Trim());
        return area switch
        {
            RiskArea.Config => found.Concat(RiskPatterns.ConfigNamed().Matches(text).Concat(RiskPatterns.SettingName().Matches(text)).Select(match => match.Value)),
            RiskArea.Schema => found.Concat(RiskPatterns.SchemaInDatabaseContext().Matches(text).Select(match => match.Value)),
            RiskArea.Data => found.Concat(RiskPatterns.ImpliedDataRewrite().Matches(text).Select(match => match.Value)),
            _ => found,
        };
    }

    private static bool Matches((RiskArea Area, Regex[] English, Func<Regex>? Local) area, string text) =>
        area.English.Any(pattern => pattern.IsMatch(text))
        || (area.Local?.Invoke().IsMatch(text) ?? false)
        || (area.Area == RiskArea.Config && RiskPatterns.SettingName().IsMatch(RiskPatterns.NamedNonSetting().Replace(text, " ")));

    /// <summary>
    /// A data rewrite that says how big it is: any data term other than an only implied rewrite
    /// (<see cref="RiskPatterns.ImpliedDataRewrite"/>). With schema changes it makes the release a migration.
    /// </summary>
    public static bool StatesDataRewrite(string text) => Matches(Areas.Single(area => area.Area == RiskArea.Data), text);

    /// <summary>Destructive in English, or a local removal word next to a schema word ("eliminar la columna").</summary>
    private static bool IsDestructive(string text, HashSet<RiskArea> risks) =>
        DestructivePatterns.IsDestructive(text)
        || (LocalTerms.Removal().IsMatch(text) && (risks.Contains(RiskArea.Schema) || risks.Contains(RiskArea.Config)));

    private static void AddSectionRisks(string section, string text, HashSet<RiskArea> risks, ref bool destructive)
    {
        if (BreakingSection().IsMatch(section))
        {
            risks.Add(RiskArea.Breaking);
        }

        if (RemovedSection().IsMatch(section) && Thing().IsMatch(text) && !SupportDropped().IsMatch(text))
        {
            destructive = true;
        }

        if (SecuritySection().IsMatch(section))
        {
            risks.Add(RiskArea.Auth);
        }
    }

    /// <summary>A heading that announces incompatible changes ("Breaking changes", "Upgrade notes", "Migration guide").</summary>
    public static bool IsBreakingSection(string heading) => BreakingSection().IsMatch(heading);

    /// <summary>The item or its release notes speak of a database, so its table, index and migration words are the database's.</summary>
    private static bool DatabaseInSight(string text, ReleaseContext context) => context.Database || RiskPatterns.DatabaseContext().IsMatch(text);

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\bbreaking\b|\bincompatib\w*|\bupgrade\s+notes\b|\baction\s+required\b|\bmigration\s+guide\b|\bupgrading\s+(?:from|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BreakingSection();

    [GeneratedRegex(@"^\W*removed?\b|\bremovals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovedSection();

    [GeneratedRegex(@"\bsecurity\b|\bcves?\b|\bvulnerabilit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SecuritySection();

    [GeneratedRegex(@"\b(?:columns?|tables?|index|endpoints?|apis?|flags?|options?|settings?|keys?|parameters?|fields?|methods?|commands?|properties|variables?|constants?|class(?:es)?|functions?|modules?|types?)\b|`|--\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Thing();

    /// <summary>
    /// Support dropped for a platform, runtime or version ("Drop binary gem support for platform `x86-mingw32`"): whoever
    /// runs it must move (breaking), but nothing is deleted, so under a "Removed" heading it is not destructive.
    /// </summary>
    [GeneratedRegex(@"\b(?:remov|drop|end)\w*\s+(?:[\w-]+\s+){0,3}?support\b|\bsupport\s+(?:for\s+)?[^.;\n]{0,40}?\b(?:removed|dropped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SupportDropped();

    /// <summary>"This is a patch release with a bug fix for the `--sortr` flag": what follows is where the bug was.</summary>
    [GeneratedRegex(@"\bbug\s?fix(?:es)?\s+(?:for|in|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BugFixFor();

    [GeneratedRegex(@"^\W*(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovedItem();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>\[\]()`""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();

    /// <summary>A code component in brackets ("[Ecto.Repo]", "[mix.exs]"), not a kind tag in capitals ("[BUGFIX]") or words ("[Feature]").</summary>
    [GeneratedRegex(@"^\s*\[(?=[^\]\n]*[a-z])(?!(?:bug\s?fix|fix|feature|enhancement|change|security|breaking|deprecat\w*|removed?)\])[\w./:-]{1,40}\]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ComponentTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex WhiteSpace();
}
