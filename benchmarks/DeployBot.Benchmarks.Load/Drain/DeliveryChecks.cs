using DeployBot.Benchmarks.Load.Driving;

namespace DeployBot.Benchmarks.Load.Drain;

/// <summary>Counts, from the ledger of what reached the fake Slack, how each acknowledged command was posted.</summary>
internal static class DeliveryChecks
{
    /// <summary>The .NET driver's commands, one by one: plan commands acknowledged and posted once, and form-only ones never posted.</summary>
    public static DeliveryCheck Followed(PlanLedger ledger, IReadOnlyList<Sample> planned, IReadOnlyList<Sample> forms)
    {
        var acked = planned.Where(s => s.Accepted).Select(s => ledger.Count(SignedCommands.Tag(s.Index))).ToArray();
        var unacked = planned.Where(s => !s.Accepted).Count(s => ledger.Count(SignedCommands.Tag(s.Index)).Plans > 0);
        var formsPosted = forms.Count(s => ledger.Count(SignedCommands.Tag(s.Index)).Plans > 0);
        return new DeliveryCheck(
            acked.Length, acked.Count(c => c is (1, 1)), acked.Count(c => c.Plans == 0), acked.Count(c => c.Plans > 1 || c.Messages > 1), unacked, formsPosted,
            0, 0, 0, 0, 0);
    }

    /// <summary>Adds wrk's commands (checked as a whole) and the store's plan count to <paramref name="check"/>.</summary>
    public static DeliveryCheck WithWrk(DeliveryCheck check, PlanLedger ledger, (int From, int To) indices, long wrkAcknowledged, long plansRecorded)
    {
        var counts = Enumerable.Range(indices.From, indices.To - indices.From + 1)
            .Select(i => ledger.Count(SignedCommands.Tag(i))).Where(c => c.Plans > 0).ToArray();
        return check with
        {
            WrkAcknowledged = wrkAcknowledged,
            WrkPostedOnce = counts.Count(c => c is (1, 1)),
            WrkDoubled = counts.Count(c => c.Plans > 1 || c.Messages > 1),
            PlansRecorded = plansRecorded,
            PlansPosted = ledger.PlanCount,
        };
    }
}
