using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// The keys the notes say to change once the new version runs (<see cref="PlanFacts.KeysAfterRollout"/>): one step after
/// the rollout is verified, and the check that the new value is ready but not applied before it.
/// </summary>
internal static partial class LaterKeySteps
{
    public static TimedStep? Step(PlanFacts facts)
    {
        if (facts.KeysAfterRollout is not { Count: > 0 } later)
        {
            return null;
        }

        var keys = Wording.Code(later);
        var signed = later.Any(key => Secret().IsMatch(key))
            ? "; what was signed with the old value (sessions, cookies, reset links) stops being valid, so expect users to sign in again, and if it also encrypts stored data, do not change it until the notes say how that data is re-encrypted"
            : string.Empty;
        var after = Urgency.ShipsImage(facts) ? "After the rollout is verified" : "After the changes above are verified";
        return Manual(Phase.AfterRollout,
            $"{after}, change {keys} as the notes say to do after upgrading: put the new value in the secret store or config (a second person reviews it), then restart the service with a rolling restart so every pod reads it{signed}",
            facts.Paths.ConfigMap, 10);
    }

    public static string? Check(PlanFacts facts) => facts.KeysAfterRollout is { Count: > 0 } later
        ? $"Config after the rollout: the new value for {Wording.Code(later)} is prepared but not applied first; the notes say to change it after upgrading, which its own step does."
        : null;

    [GeneratedRegex(@"(?:\b|_)(?:key|secret|token|salt|signing)(?:\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Secret();
}
