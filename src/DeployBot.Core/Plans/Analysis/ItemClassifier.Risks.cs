using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>The areas an item's names, settings and shorthands add, and the configuration and breaking calls made on the whole item.</summary>
internal static partial class ItemClassifier
{
    private static void AddNamedRisks(string text, bool describesBug, ReleaseContext context, HashSet<RiskArea> risks)
    {
        if ((RiskPatterns.SchemaInDatabaseContext().IsMatch(RiskPatterns.WithoutSchemaScreens(text)) || (!context.ApiClient && RiskPatterns.OrmModelChange().IsMatch(text)))
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

        if (RiskPatterns.SchemaShorthand().IsMatch(text) || RiskPatterns.SchemaForms26().IsMatch(text) || RiskPatterns.SchemaForms28().IsMatch(text) || RiskPatterns.SchemaForms31().IsMatch(text))
        {
            risks.Add(RiskArea.Schema);
        }

        // "airflow 2.7 -> 2.9 (metadata db via airflow db migrate)": the platform the release runs on moves.
        if (!describesBug && KindSignals.PlatformUpgrade().IsMatch(text))
        {
            risks.Add(RiskArea.Infra);
        }

        // "There is no downgrade process", "you cannot go back": with a database in sight, its data is upgraded one way.
        if (!describesBug && RiskPatterns.NoWayBack().IsMatch(text) && DatabaseInSight(text, context))
        {
            risks.Add(RiskArea.Data);
        }

        // "Use `uuid` data type for the `correlation_id` column": the column's stored values are converted.
        if (RiskPatterns.ColumnTypeChange().IsMatch(text) && DatabaseInSight(text, context))
        {
            risks.Add(RiskArea.Schema);
            risks.Add(RiskArea.Data);
        }

        if (RiskPatterns.ImpliedDataRewrite().IsMatch(text) || RiskPatterns.RetentionShortened().IsMatch(text) || RiskPatterns.ExpiredDeleted31().IsMatch(text) || RiskPatterns.SessionsPurged().IsMatch(text))
        {
            risks.Add(RiskArea.Data);
        }

        if (!risks.Contains(RiskArea.Config) && RiskPatterns.ConfigNamed().IsMatch(text) && !RiskPatterns.ApiSurface().IsMatch(text))
        {
            risks.Add(RiskArea.Config);
        }
    }

    private static void WeighConfig(string text, bool describesBug, ReleaseContext context, HashSet<RiskArea> risks)
    {
        // A fix names the flag or setting the bug shows in ("Fix `--sortr=path`", "Fix `NGINX_BASE` …"): only the words
        // of configuration itself, a changed default, or an option added, removed or renamed make it a configuration change.
        // "Fixed that … when the settings `A` and `B` were set to different values": the settings the bug showed under.
        var bugText = describesBug ? RiskPatterns.WithoutBugCondition31(text) : text;
        if (describesBug && risks.Contains(RiskArea.Config) && !RiskPatterns.ConfigChange().IsMatch(RiskPatterns.WithoutConfigInternals(bugText))
            && !RiskPatterns.IsConfig(RiskPatterns.WithoutConfigInternals(RiskPatterns.CliFlag().Replace(bugText, " "))) && !(LocalTerms.Config().IsMatch(bugText)))
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
    }

    private static void AddBreaking(string item, bool isFix, bool describesBug, ReleaseContext context, HashSet<RiskArea> risks)
    {
        // "Lower minimum Terraform version to 1.5.7", "fix backward-incompatible change that slipped in 4.2.3": not breaking.
        var text = RiskPatterns.WithoutUsage32(RiskPatterns.WithoutNonBreaking31(RiskPatterns.WithoutNonBreaking30(item)));
        // "`Client::open` does not return a `Result` anymore" says "no longer" in other words.
        if ((RiskPatterns.NoLonger().IsMatch(text) || RiskPatterns.NotAnymore32().IsMatch(text)) && !describesBug && !RiskPatterns.Cve().IsMatch(text) && !context.NoBreakingChanges)
        {
            risks.Add(RiskArea.Breaking);
        }

        // "This change requires PHP 7.1 as the minimum version", "Node 12 is now the minimum supported version": whoever runs
        // an older platform cannot take the release.
        if (!describesBug && !context.NoBreakingChanges && KindSignals.DropsRuntime(text))
        {
            risks.Add(RiskArea.Breaking);
        }

        // Under a "Fixed" heading "Removed the stray `id` from the search box" is the fix itself, not a removal to plan for.
        if (RiskPatterns.IsBreakingChange(text) && !describesBug && !RiskPatterns.Cve().IsMatch(text) && !context.NoBreakingChanges)
        {
            risks.Add(RiskArea.Breaking);
        }
    }
}
