using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Classifies one item: its risk areas from the English and local term lists, the section it stands under
/// ("Breaking changes", "Security", "Removed"), and whether it is destructive (then it is breaking too).
/// </summary>
/// <remarks>
/// The steps live beside this file: ItemClassifier.Text (what of the item is prose), ItemClassifier.Risks (the areas
/// read from names, settings and shorthands, and the configuration and breaking calls), ItemClassifier.Destructive and
/// ItemClassifier.Sections (the heading an item stands under).
/// </remarks>
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
        var (ruledOut, text, tag) = Prose(item.Text);
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
                RiskArea.Infra when describesBug => RiskPatterns.RuntimeOfBug().Replace(RiskPatterns.RuntimeAvailable().Replace(context.WithoutOwnVersions(RiskPatterns.WithoutDotNetProducts(RiskPatterns.WithoutScreens(text))), " "), " "),
                RiskArea.Infra => RiskPatterns.RuntimeAvailable().Replace(context.WithoutOwnVersions(RiskPatterns.WithoutDotNetProducts(RiskPatterns.WithoutScreens(text))), " "),
                RiskArea.Auth => RiskPatterns.WithoutNonAuth31(RiskPatterns.WithoutNonAuth29(RiskPatterns.WithoutNonAuth28(RiskPatterns.WithoutNonAuthSecurity(RiskPatterns.WithoutTypeMembers(RiskPatterns.WithoutScreens(ruledOut)))))),
                RiskArea.External => RiskPatterns.OwnedStorage().Replace(RiskPatterns.WithoutTestIntegrations(RiskPatterns.WithoutOwnPublishing(RiskPatterns.WithoutScreens(text))), " ") + " " + tag,
                RiskArea.Schema => RiskPatterns.WithoutSchemaScreens(text),
                RiskArea.Breaking => RiskPatterns.WithoutBreakingAsides(RiskPatterns.WithoutNonBreaking31(RiskPatterns.WithoutUsage32(describesBug ? RiskPatterns.WithoutDependencyBreak32(RiskPatterns.WithoutBrokenSymptom31(text)) : text)), describesBug),
                RiskArea.Config => RiskPatterns.WithoutNonConfig32(RiskPatterns.WithoutNonConfig31(RiskPatterns.ConfigUnchanged().Replace(RiskPatterns.WithoutSql(RiskPatterns.WithoutScreens(text)), " "))),
                _ => text,
            }))
            .Select(area => area.Area).ToHashSet();
        AddNamedRisks(text, describesBug, context, risks);
        WeighConfig(text, describesBug, context, risks);
        AddBreaking(text, isFix, describesBug, context, risks);
        var destructive = Destructive(text, isFix, describesBug, context, risks);
        if (item.Section is { } section)
        {
            AddSectionRisks(section, text, risks, ref destructive);
        }

        if (destructive)
        {
            AddDestructiveRisks(text, context, risks);
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

    /// <summary>The item or its release notes speak of a database, so its table, index and migration words are the database's.</summary>
    private static bool DatabaseInSight(string text, ReleaseContext context) => context.Database || RiskPatterns.DatabaseContext().IsMatch(text);
}
