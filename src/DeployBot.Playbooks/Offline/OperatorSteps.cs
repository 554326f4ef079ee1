using System.Globalization;
using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>The steps and the check for what the notes ask the operator to do by hand (<see cref="OperatorActions"/>).</summary>
internal static class OperatorSteps
{
    /// <summary>At most this many actions get a step each; the rest share one.</summary>
    private const int Separate = 3;

    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        // What must happen before the rollout gets a step of its own first: a shared step cannot stand on both sides of it.
        var actions = facts.OperatorActions.OrderBy(action => !action.Before).ToList();
        foreach (var action in actions.Take(Separate))
        {
            yield return Manual(action.Before ? Phase.Prepare : Phase.AfterRollout, Action(action), null, 10);
        }

        if (actions.Count > Separate)
        {
            var rest = actions.Skip(Separate).ToList();
            yield return Manual(rest.Any(action => action.Before) ? Phase.Prepare : Phase.AfterRollout, $"Do what {Where(rest)} of the notes ask of the operator, each at the point it says, and post the results in the plan's thread", null, 10);
        }
    }

    /// <summary>An action for installs older than a version starts with a check of the version running now.</summary>
    private static string Action(OperatorActions action) => action switch
    {
        { IfOlder: true } => $"Before the rollout, check the version running now against the one {Where(action)} names; if it is older, do what that line asks of the operator first, as the project's upgrade notes describe it, and post the version and the result in the plan's thread{Wording.Items([action.Item])}",
        { Before: true } => $"Before the rollout, do what {Where(action)} asks of the operator, as the project's upgrade notes describe it, and post the result in the plan's thread{Wording.Items([action.Item])}",
        _ => $"Once the new version runs, do what {Where(action)} asks of the operator, as the project's upgrade notes describe it, and post the result in the plan's thread{Wording.Items([action.Item])}",
    };

    public static string? Check(PlanFacts facts)
    {
        var actions = facts.OperatorActions;
        if (actions.Count == 0)
        {
            return null;
        }

        var rehearsed = facts.IsProduction ? ", and they were rehearsed in staging first" : string.Empty;
        return $"Upgrade steps: {Where(actions)} {(actions.Count == 1 ? "asks" : "ask")} the operator to act by hand; who does each and when is agreed{rehearsed}.";
    }

    private static string Where(OperatorActions action) => action.Line is { } line ? $"line {line} of the notes" : "the notes";

    private static string Where(IEnumerable<OperatorActions> actions)
    {
        var lines = actions.Select(action => action.Line).OfType<int>().Distinct().Select(line => line.ToString(CultureInfo.InvariantCulture)).ToArray();
        return lines.Length switch
        {
            0 => "the notes",
            1 => $"line {lines[0]} of the notes",
            _ => $"lines {Wording.List(lines)} of the notes",
        };
    }
}
