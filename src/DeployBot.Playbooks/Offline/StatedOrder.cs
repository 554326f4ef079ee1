using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// Keeps the notes' own sequence (<see cref="StatedSequence"/>): each step of the plan that carries out a step of the
/// notes is tied to it and says so; a step of the notes no playbook carries out gets a step of its own (its verbs and
/// names, never its free text); and the tied steps take the places they already hold, in the notes' order. Steps before
/// the work (announce, prepare, snapshot) and after it (ramp, watch, close) stay where they are, so the snapshot still
/// comes before anything irreversible.
/// </summary>
internal static class StatedOrder
{
    public static List<TimedStep> Apply(PlanFacts facts, List<TimedStep> ordered)
    {
        var stated = StatedSequence.Read(facts.Notes);
        if (stated.Count < 2)
        {
            return ordered;
        }

        // A command the notes give is the step of the notes it stands in (its step says which); a step of the notes that
        // has its command is not also carried out by a plan step that only shares a verb with it ("3. Apply the
        // migrations" is not the step that applies a setting), only by one that shares a distinctive name.
        var stands = ordered.Select(step => Stands(step, stated)).ToList();
        var owned = stands.OfType<int>().ToHashSet();
        var anchors = ordered.Select((step, index) => stands[index] ?? (IsWork(step.Phase) && Anchor(step, stated) is { } number && (!owned.Contains(number) || Named(step, stated, number)) ? number : null)).ToList();
        // The snapshot right before a contract step goes where that step goes.
        for (var i = anchors.Count - 2; i >= 0; i--)
        {
            if (anchors[i] is null && IsWork(ordered[i].Phase) && ordered[i].Step.Action.StartsWith("Take a snapshot", StringComparison.Ordinal))
            {
                anchors[i] = anchors[i + 1];
            }
        }

        var steps = ordered.Zip(anchors, (step, anchor) => (Step: step, Anchor: anchor)).ToList();
        foreach (var missing in stated.Where(s => !anchors.Contains(s.Number)))
        {
            if (New(facts, missing) is not { } step)
            {
                continue;
            }

            // Placed beside the step the notes put before it, then reordered with the others below.
            var after = steps.FindLastIndex(entry => entry.Anchor is { } number && number < missing.Number);
            var at = after >= 0 ? after + 1 : Math.Max(0, steps.FindIndex(entry => IsWork(entry.Step.Phase)));
            var phase = after >= 0 ? steps[after].Step.Phase : Phase.Expand;
            steps.Insert(at, (step with { Phase = phase }, missing.Number));
        }

        var slots = steps.Select((entry, index) => (entry, index)).Where(pair => pair.entry.Anchor is not null).Select(pair => pair.index).ToArray();
        var tied = steps.Where(entry => entry.Anchor is not null).Select((entry, order) => (entry, order))
            .OrderBy(pair => pair.entry.Anchor).ThenBy(pair => pair.order).Select(pair => pair.entry).ToArray();
        for (var i = 0; i < slots.Length; i++)
        {
            steps[slots[i]] = tied[i];
        }

        return [.. Mark(steps, stated)];
    }

    /// <summary>The step of the notes a command's step says it is (<see cref="StatedUpgradeSteps.StepMarker"/>), when the notes' sequence has it.</summary>
    private static int? Stands(TimedStep step, IReadOnlyList<StatedStep> stated)
    {
        var action = step.Step.Action;
        var at = action.IndexOf(StatedUpgradeSteps.StepMarker, StringComparison.Ordinal);
        if (at < 0 || !action.Contains("as the notes give it", StringComparison.Ordinal))
        {
            return null;
        }

        var digits = new string([.. action.Skip(at + StatedUpgradeSteps.StepMarker.Length).TakeWhile(char.IsAsciiDigit)]);
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var number) && stated.Any(s => s.Number == number) ? number : null;
    }

    /// <summary>The plan step shares a distinctive name with the notes' step <paramref name="number"/>.</summary>
    private static bool Named(TimedStep step, IReadOnlyList<StatedStep> stated, int number) =>
        stated.First(s => s.Number == number).Names.Any(name => IsDistinctive(name) && step.Step.Action.Contains(name, StringComparison.Ordinal));

    /// <summary>A SETTING_NAME or a file path: named once, for one thing.</summary>
    private static bool IsDistinctive(string name) =>
        (name.Length > 3 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_') && name.Contains('_')) || NotesFacts.IsFilePath(name);

    private static bool IsWork(Phase phase) => phase is Phase.Expand or Phase.Upgrade or Phase.Rollout or Phase.Switch or Phase.AfterRollout or Phase.Contract;

    /// <summary>The step of the notes a plan step carries out: one that uses the plan step's first action word, preferring one that shares a name with it.</summary>
    private static int? Anchor(TimedStep step, IReadOnlyList<StatedStep> stated)
    {
        if (Action(step) is not { } action)
        {
            return null;
        }

        // A setting or file both name is the strongest tie ("flip SEARCH_BACKEND=v2" is the step that applies SEARCH_BACKEND).
        bool Named(StatedStep s) => s.Names.Any(name => step.Step.Action.Contains(name, StringComparison.OrdinalIgnoreCase));
        bool Distinctive(StatedStep s) => s.Names.Any(name => IsDistinctive(name) && step.Step.Action.Contains(name, StringComparison.Ordinal));
        var tied = stated.Where(Distinctive).ToArray();
        if ((tied.FirstOrDefault(s => s.Actions.Contains(action)) ?? tied.FirstOrDefault()) is { } named)
        {
            return named.Number;
        }

        // A rollout of a service a step of the notes names carries that step out, whatever its verb ("1. ledger-svc (adds /v2/balances)").
        // The service the step rolls out comes first in it ("the rollout of platform-api (after notifier-svc is healthy)"), in
        // its first clause: what the rest says of other things ("the notes stop Icinga 2 first") is not what it rolls out.
        var rolled = FirstClause(step.Step.Action);
        if (action == StatedAction.Deploy && stated.Select(s => (s.Number, At: s.Names.Select(name => WholeAt(rolled, name)).Where(at => at >= 0).DefaultIfEmpty(-1).Min()))
                .Where(found => found.At >= 0).OrderBy(found => found.At).ThenBy(found => found.Number).Select(found => (int?)found.Number).FirstOrDefault() is { } deployed)
        {
            return deployed;
        }

        // A step of the notes that starts with the same action beats one that only mentions it ("remove … in a second apply").
        var primary = stated.Where(s => s.Primary == action).ToArray();
        var mentioned = stated.Where(s => s.Actions.Contains(action)).ToArray();
        return (primary.FirstOrDefault(Named) ?? primary.FirstOrDefault() ?? mentioned.FirstOrDefault(Named) ?? mentioned.FirstOrDefault())?.Number;
    }

    private static string FirstClause(string action)
    {
        var end = action.IndexOfAny([',', ':', ';']);
        return end < 0 ? action : action[..end];
    }

    private static int WholeAt(string text, string name) =>
        Regex.Match(text, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout) is { Success: true } match ? match.Index : -1;

    /// <summary>What a plan step does, by its phase where that says it, otherwise by its first action word.</summary>
    private static StatedAction? Action(TimedStep step) => step.Phase switch
    {
        Phase.Contract when !step.Step.Action.StartsWith("Take a snapshot", StringComparison.Ordinal) => StatedAction.Remove,
        Phase.Upgrade => StatedAction.Upgrade,
        Phase.Rollout when step.Step.Action.StartsWith("Restart", StringComparison.Ordinal) => StatedAction.Restart,
        Phase.Rollout => StatedAction.Deploy,
        Phase.Contract => null,
        _ when step.Step.Action.StartsWith("Run the smoke tests", StringComparison.Ordinal) || step.Step.Action.StartsWith("Record", StringComparison.Ordinal) => null,
        _ => StatedSequence.FirstAction(step.Step.Action),
    };

    private static readonly HashSet<string> CommandLineTools = new(StringComparer.OrdinalIgnoreCase)
    {
        "kafka-consumer-groups", "kafka-topics", "kafka-configs", "kubectl", "helm", "terraform", "psql", "pg_dump", "pg_restore",
        "pg_upgrade", "redis-cli", "mongosh", "mysql", "aws", "gcloud", "az", "rake", "flyway", "liquibase", "alembic", "rabbitmqctl",
    };

    /// <summary>A step for a step of the notes no playbook carries out, from its first action and its names.</summary>
    private static TimedStep? New(PlanFacts facts, StatedStep stated)
    {
        // "kafka-consumer-groups --reset-offsets --group invoice-mailer-v2": the tool is how, the group is what.
        var named = stated.Names.Where(name => !CommandLineTools.Contains(name)).ToArray();
        var names = named.Length > 0 ? " " + Wording.Code(named) : string.Empty;
        var which = $"(the notes' step {stated.Number})";
        if (names.Length == 0 && stated.Primary is not (StatedAction.Wait or StatedAction.Offsets or StatedAction.Analyze or StatedAction.CatchUp))
        {
            // Nothing named and no playbook step does it: the plan cannot say what to act on, so it adds nothing.
            return null;
        }

        return stated.Primary switch
        {
            StatedAction.CatchUp => Manual(Phase.Expand, $"Wait until the consumer lag{(names.Length > 0 ? " on" + names : string.Empty)} is 0 {which} before the next step, watching the consumers' errors meanwhile", null, stated.Minutes ?? 10),
            StatedAction.Offsets => Manual(Phase.Expand, $"Set the consumer group offsets{names} {which} (for Kafka: kafka-consumer-groups --reset-offsets), before any consumer of the new version joins the group", null, 5),
            StatedAction.Drain => Manual(Phase.Expand, $"Cordon and drain{(names.Length > 0 ? names : " the old nodes")} {which}, respecting PodDisruptionBudgets, and wait until their pods run elsewhere", null, stated.Minutes ?? 15),
            StatedAction.Wait => Manual(Phase.Expand, $"Wait {stated.Minutes ?? 10} minutes {which} before the next step, watching errors meanwhile", null, stated.Minutes ?? 10),
            StatedAction.Copy => Automated(Phase.Expand, $"Copy the data{names} {which} in batches, resumable, watching load", null, stated.Minutes ?? facts.Names.StatedMinutes ?? 30),
            StatedAction.Remove => Manual(Phase.Contract, $"Remove{(names.Length > 0 ? names : " what the notes' step retires")} {which}, only once the steps before it are verified", null, stated.Minutes ?? 10),
            StatedAction.Switch => Manual(Phase.Switch, $"Switch{(names.Length > 0 ? names : " over")} {which}, once the steps before it are verified", null, stated.Minutes ?? 5),
            StatedAction.Restart => Automated(Phase.Rollout, $"Restart{(names.Length > 0 ? names : " the service")} {which} with a rolling restart", null, stated.Minutes ?? 10),
            // "Before the deploy, …" names no deploy of its own: the playbooks' rollout is that step.
            StatedAction.Deploy when stated.Names.Count == 0 => null,
            StatedAction.Deploy => Automated(Phase.Rollout, $"Roll out{(names.Length > 0 ? names : " the release")} {which}", null, stated.Minutes ?? 10),
            StatedAction.Verify => Manual(Phase.Switch, $"Verify{(names.Length > 0 ? names : " the result of the step before")} {which} before going on", null, stated.Minutes ?? 5),
            StatedAction.Upgrade => Automated(Phase.Upgrade, $"Upgrade{(names.Length > 0 ? names : " as the notes describe")} {which} and wait until it reports healthy", null, stated.Minutes ?? 30),
            StatedAction.Analyze => Automated(Phase.AfterRollout, $"Run ANALYZE{names} {which} to rebuild planner statistics", null, stated.Minutes ?? 10),
            StatedAction.Create => Manual(Phase.Expand, $"Create{(names.Length > 0 ? names : " what the notes' step needs")} {which} and wait until it reports healthy", null, stated.Minutes ?? 10),
            _ => null,
        };
    }

    /// <summary>The first plan step tied to a step of the notes says which one it carries out.</summary>
    private static IEnumerable<TimedStep> Mark(List<(TimedStep Step, int? Anchor)> steps, IReadOnlyList<StatedStep> stated)
    {
        var said = new HashSet<int>();
        foreach (var (step, anchor) in steps)
        {
            if (anchor is not { } number || step.Step.Action.StartsWith("Take a snapshot", StringComparison.Ordinal) || !said.Add(number)
                || step.Step.Action.Contains("(the notes' step", StringComparison.Ordinal))
            {
                yield return step;
                continue;
            }

            var words = stated.First(s => s.Number == number).Words;
            var what = words.Count > 0 ? $": {string.Join(", ", words)}" : string.Empty;
            yield return step with { Step = step.Step with { Action = $"{step.Step.Action} (the notes' step {number}{what})" } };
        }
    }
}
