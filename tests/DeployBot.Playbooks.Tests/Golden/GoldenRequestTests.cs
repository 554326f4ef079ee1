using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Rendering;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Tests.Golden;

/// <summary>
/// The SRE-reviewed requests of <c>requests.yaml</c> (written from plan-format.md before the planner, each with the
/// reason its expectations are there): every plan is valid, names what the notes name, keeps the required order, and
/// rolls back the way its kind of change rolls back.
/// </summary>
public sealed class GoldenRequestTests
{
    private static readonly OfflinePlanner Planner = new();

    public static TheoryData<string> Requests() => new(GoldenRequest.Ids());

    /// <summary>Requests whose every expectation is met today; the floor may only rise (README has the list of the rest).</summary>
    private const int FullyMetFloor = FullyMet;

    [Theory]
    [MemberData(nameof(Requests))]
    public void CreatePlan_GoldenRequest_IsAValidPlan(string id)
    {
        var request = GoldenRequest.Get(id);
        var input = request.Input();

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
    }

    [Fact]
    public void CreatePlan_AllGoldenRequests_MeetTheirExpectationsAtLeastAsOftenAsRecorded()
    {
        var unmet = GoldenRequest.Ids().Select(GoldenRequest.Get)
            .Select(request => (request, problems: Problems(request, Planner.CreatePlan(request.Input(), null, 0, null), []).ToList()))
            .Where(result => result.problems.Count > 0)
            .ToList();

        var met = GoldenRequest.Ids().Count() - unmet.Count;
        var report = string.Join("\n", unmet.Select(result => $"{result.request.Id}: {string.Join("; ", result.problems)}"));
        Assert.True(met >= FullyMetFloor, $"{met} requests fully met, fewer than {FullyMetFloor}:\n{report}");
    }

    private const int FullyMet = 53;

    internal static IEnumerable<string> Problems(GoldenRequest request, DeploymentPlan plan, IReadOnlyList<PlanViolation> violations)
    {
        foreach (var violation in violations)
        {
            yield return $"invalid: {violation.Rule}: {violation.Message}";
        }

        var steps = plan.Steps.Select(step => $"{step.Action} {step.Reference} {step.FlagAction}").ToList();
        foreach (var name in request.StepsName.Where(name => !steps.Any(step => Has(step, name))))
        {
            yield return $"no step names \"{name}\"";
        }

        foreach (var word in request.StepsForbid.Where(word => steps.Any(step => Has(step, word))))
        {
            yield return $"a step says \"{word}\"";
        }

        foreach (var pair in request.Order)
        {
            int first = steps.FindIndex(step => Has(step, pair[0])), second = steps.FindIndex(step => Has(step, pair[1]));
            if (first < 0 || second < 0 || first > second)
            {
                yield return $"\"{pair[0]}\" (step {first + 1}) is not before \"{pair[1]}\" (step {second + 1})";
            }
        }

        foreach (var word in request.RollbackMentions.Where(word => !plan.Rollback.Any(line => Has(line, word))))
        {
            yield return $"Rollback Readiness does not mention \"{word}\"";
        }

        var total = plan.Steps.Sum(step => Minutes(step.Action));
        if (total < request.MinutesAtLeast)
        {
            yield return $"steps add up to {total} minutes, less than the {request.MinutesAtLeast} the notes state";
        }

        if (request.Thin && !plan.Summary.Any(line => Has(line, "too thin")))
        {
            yield return "the summary does not say the notes are too thin";
        }
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static int Minutes(string action)
    {
        var start = action.LastIndexOf("(~", StringComparison.Ordinal);
        return start < 0 ? 0 : int.Parse(action[(start + 2)..action.IndexOf(" min)", start, StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
