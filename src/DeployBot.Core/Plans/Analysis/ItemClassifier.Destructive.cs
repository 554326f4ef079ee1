using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>Whether an item is destructive, and what that adds: breaking always, schema when it deletes stored data.</summary>
internal static partial class ItemClassifier
{
    private static bool Destructive(string text, bool isFix, bool describesBug, ReleaseContext context, HashSet<RiskArea> risks)
    {
        // A fix that "removes" or "drops" something names the bug it cures ("Fix X dropping rows"), not a removal.
        // "Removed `escape_string`" removes a library's surface; under "Fixed" it is what the fix took out, nothing to migrate.
        // "Add `delete_all_traces()` function to delete all trace data" offers a deletion; deploying it deletes nothing.
        // "You can delete the old index if you no longer need it" leaves a deletion to the operator; the release makes none.
        // "… when deleting a bucket" is when the change matters; "… from the examples" deploys nothing.
        // In a fix, "re-subscribing to deleted queues" names where the bug was.
        // "This can be used for supporting X by removing `:tagging_directive` when copying" tells a use of an option, not a removal.
        var offered = RiskPatterns.WithoutUsage32(RiskPatterns.WithoutDeletionCircumstance(OfferedDeletions.WithoutOffers(text)));
        var made = describesBug ? RiskPatterns.WithoutRemovedState(offered) : offered;
        var destructive = !RiskPatterns.OnlyInExamples().IsMatch(text) && !isFix && !OfferedDeletions.Offers(text) && (IsDestructive(made, risks) || DeletedStreams.AnyDeleted(context.Streams, made) || (!describesBug && DestructivePatterns.RemovesCodeSurface(made)));
        // "An existing method `X` is removed from service `Y`" under "Bug Fixes": what was there for callers is gone.
        destructive |= !isFix && !OfferedDeletions.Offers(text) && RiskPatterns.ExistingRemoved().IsMatch(text);
        if (context.ApiClient)
        {
            // In a vendor's client library every shipped change is in how the deployment talks to the vendor, and
            // "Removed estimatedCompletionTime from `LongRunningOperationResponse`" removes part of the API contract.
            risks.Add(RiskArea.External);
            destructive |= !isFix && RemovedItem().IsMatch(text);
        }
        // "Previously, it would attempt to delete all processed containers": the old behaviour, which the release ends.
        // "Don't drop functions in the upgrade migration", "The install migration no longer drops the audit functions": the
        // release stops a removal, it makes none.
        if (RiskPatterns.OldBehaviourOnly().IsMatch(text) || NegatedRemoval().IsMatch(text) || RemovedShape.Denies(text))
        {
            destructive = false;
            risks.Remove(RiskArea.Breaking);
            risks.Remove(RiskArea.Data);
        }

        // "Rename keys with better names while supporting old methods": what the operator uses keeps working.
        if (RiskPatterns.KeepsOldNames().IsMatch(text))
        {
            destructive = false;
            risks.Remove(RiskArea.Breaking);
        }

        return destructive;
    }

    /// <summary>A destructive item is breaking; one that deletes a database's table, column or index is a schema change too.</summary>
    private static void AddDestructiveRisks(string text, ReleaseContext context, HashSet<RiskArea> risks)
    {
        risks.Add(RiskArea.Breaking);
        // "Correct `iam-group` variable name mis-spelling": a setting's name changes.
        if (DestructivePatterns.SettingNameCorrected().IsMatch(text))
        {
            risks.Add(RiskArea.Config);
        }

        // Deleting a table, column or index of a database deletes data, whatever else the item talks about: a schema
        // change, planned as a contract step with a snapshot, not a removed API that the previous version brings back.
        // "Drop `container_memory_failures_total{scope="hierarchy"}` metrics": metric series, which no database holds.
        if (((DestructivePatterns.StoredRemoval().IsMatch(text) && (DatabaseInSight(text, context) || DestructivePatterns.NamedTables().IsMatch(text)))
            || DestructivePatterns.DatabaseObjectRemoval().IsMatch(text) || DestructivePatterns.ShorthandChange().IsMatch(text)
            || (RiskPatterns.DatabaseContext().IsMatch(text) && DestructivePatterns.DottedNameRemoval().IsMatch(text)))
            && !DestructivePatterns.DropsMetricSeries32(text))
        {
            risks.Add(RiskArea.Schema);
        }
    }

    /// <summary>Destructive in English, or a local removal word next to a schema word ("eliminar la columna").</summary>
    private static bool IsDestructive(string text, HashSet<RiskArea> risks) =>
        DestructivePatterns.IsDestructive(text)
        || (LocalTerms.Removal().IsMatch(text) && (risks.Contains(RiskArea.Schema) || risks.Contains(RiskArea.Config)));

    /// <summary>An item that tells what is no longer removed: "Don't drop functions …", "Do not delete the volume on …", "Never purge …".</summary>
    [GeneratedRegex(@"^\W*(?:don'?t|don’t|do\s+not|never)\s+(?:drop|delete|remove|purge|truncate|wipe|prune)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NegatedRemoval();

    [GeneratedRegex(@"^\W*(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovedItem();
}
