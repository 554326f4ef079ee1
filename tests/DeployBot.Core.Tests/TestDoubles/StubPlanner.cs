using System.Collections.Concurrent;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>Writes a small plan from the request and remembers what it was asked. <see cref="Gate"/> can hold a call.</summary>
internal sealed class StubPlanner : IDeploymentPlanner
{
    private readonly ConcurrentQueue<PlanningInput> _inputs = new();

    public IReadOnlyList<PlanningInput> Inputs => _inputs.ToArray();

    /// <summary>When set, each call waits for this task (ignoring cancellation, like a process that simply dies).</summary>
    public Task? Gate { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many Deployment Steps each plan has (the first is always "Run the pipeline.").</summary>
    public int StepCount { get; init; } = 1;

    public async Task<DeploymentPlan> CreatePlanAsync(PlanningInput input, CancellationToken cancellationToken)
    {
        _inputs.Enqueue(input);
        Entered.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        var request = input.Request;
        var call = _inputs.Count;
        return new DeploymentPlan(
            new PlanContext(request.Notes, request.Environment, request.Window, request.Flag),
            [$"Deploy to {request.Environment} (draft {call})."],
            ["CI is green."],
            [new PlanStep("Run the pipeline.", "ci/deploy.yml", StepMode.Automated), .. Enumerable.Range(2, StepCount - 1).Select(n => new PlanStep($"Step {n}.", null, StepMode.Manual))],
            ["Health checks pass."],
            ["Roll back to the previous image."],
            ["Tell the team."],
            ReleaseKind.Normal,
            [],
            PlannerInfo.OfflineByChoice);
    }
}
