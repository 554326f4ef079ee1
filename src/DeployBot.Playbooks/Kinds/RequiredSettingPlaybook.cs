using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Settings the notes require before the upgrade or the data is lost (<see cref="RequiredSetting"/>), and a choice they
/// leave to the owner (<see cref="OwnerChoice"/>): the choice is recorded and the data backed up before the window, the
/// setting is written in the values or config file and seen in the reviewed diff before anything is applied, and the
/// rollback keeps it as set.
/// </summary>
internal sealed class RequiredSettingPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.RequiredSetting;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var required = RequiredSetting.Read(facts.Notes);
        var choice = OwnerChoice.Read(facts.Notes);
        yield return Manual(Phase.Prepare, $"Back up the data this release can lose (every volume or store it manages) and record where the backup is in the plan's thread, before anything of the new version is applied{(choice is null ? string.Empty : ", whichever option the owner chose")}", facts.Paths.Snapshot, 15);
        foreach (var setting in required)
        {
            var when = setting.Condition is { } condition ? $"{Lower(condition)} (the owner's recorded choice), " : string.Empty;
            yield return Manual(Phase.Prepare, $"Before the upgrade, {when}set {Code(setting)} in {Where(facts, setting)} and confirm in the reviewed diff that it is set; it applies to everything from the first new pod on, so it is never ramped by a share of traffic", File(facts, setting), 5);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (OwnerChoice.Read(facts.Notes) is { } choice)
        {
            var options = string.Join("; ", choice.Options.Select((option, index) => $"{index + 1}. {NotesQuote.Words(option, 80)}"));
            yield return $"Decision before the window: the notes make the owner choose ({options}); the service owner records the choice in the plan's thread before starting, and the data is backed up first.";
        }

        foreach (var setting in RequiredSetting.Read(facts.Notes))
        {
            var when = setting.Condition is { } condition ? $" ({Lower(condition)})" : string.Empty;
            yield return $"Required setting before the upgrade{when}: {Code(setting)} is set in {Where(facts, setting)} for {facts.Env} and shows in the reviewed diff; the notes say that otherwise {NotesQuote.Words(setting.Loss, 80)}.";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts) =>
        RequiredSetting.Read(facts.Notes).Select(setting => $"Setting: {Code(setting)} is in effect on the running release (read it back from the deployed values or config), and the data it protects is all there.");

    public IEnumerable<string> Rollback(PlanFacts facts) =>
        RequiredSetting.Read(facts.Notes).Select(setting => $"{Code(setting)} stays set on the way back: the notes say that without it {NotesQuote.Words(setting.Loss, 80)}, so no rollback switches it off; data already lost comes back only from the backup taken before the upgrade.");

    private static string Code(RequiredSetting setting) => $"`{setting.Name}`";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Where(PlanFacts facts, RequiredSetting setting) =>
        setting.IsChartValue ? $"the chart's values file (`{facts.Paths.Chart}`)" : $"the configuration (`{facts.Paths.ConfigMap}`)";

    private static string File(PlanFacts facts, RequiredSetting setting) => setting.IsChartValue ? facts.Paths.Chart : facts.Paths.ConfigMap;
}
