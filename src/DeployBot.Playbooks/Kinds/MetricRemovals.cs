using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The lines of <see cref="ContractPlaybook"/> for metric series the release stops exporting or scraping
/// (<see cref="MetricSeries"/>): what uses one is a dashboard, an alert or a recording rule, found by searching them for the
/// series; the setting that keeps it (a chart's values, an exporter's collector flag, a relabel rule) is the opt-out; and the
/// way back leaves a gap in the series for the time it was not collected. No database is touched.
/// </summary>
internal static class MetricRemovals
{
    public static string Step(string removed) =>
        $"Confirm that nothing still uses {removed}: no dashboard, alert or recording rule queries {Wording.It(removed)} (search the alerting and recording rules, the dashboards' queries and any remote-write or federation consumer for {Wording.It(removed)}) before the upgrade stops collecting {Wording.It(removed)}; where one does, change its query first, or keep {Wording.It(removed)} with the setting that restores {Wording.It(removed)} (the chart's values, the exporter's flag or a relabel rule the notes name) as the opt-out";

    public static string Check(string removed) =>
        $"Dropped metric series ({removed}): no alert, recording rule or dashboard queries it, or the data owner of the monitoring (whoever owns the dashboards and alerts that use it) approves changing the query or keeping the series with the opt-out setting; no database change comes with it, so it needs no database backup (the history already stored stays).";

    public static string Verification(string removed) =>
        $"After the upgrade: the alerting and recording rules evaluate without errors, the dashboards that used {removed} show data (no empty panels), and a query for {Wording.It(removed)} shows it gone as the notes say (or still there, where the opt-out keeps it).";

    public static string Rollback(string removed) =>
        $"Metric rollback: the previous version (or the opt-out setting) collects {removed} again; what was stored before stays for its retention, but the gap of samples not collected in between cannot be undone, and no backup or snapshot restores it.";
}
