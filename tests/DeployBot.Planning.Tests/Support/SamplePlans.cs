using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Planning.Prompts;

namespace DeployBot.Planning.Tests.Support;

/// <summary>Plans a good model would write for an input, honouring the content rules of plan-format.md.</summary>
internal static class SamplePlans
{
    public static DeploymentPlan GoodFor(PlanningInput input, bool mentionFlag = true)
    {
        var request = input.Request;
        var flag = mentionFlag ? request.Flag : null;
        var production = input.Environment.IsProduction;
        return new DeploymentPlan(
            new PlanContext(request.Notes, request.Environment, request.Window, request.Flag),
            Summary(request.Environment, request.Window, flag),
            Checks(production),
            Steps(flag),
            [
                "Readiness and liveness probes report healthy on every pod within 5 minutes.",
                "Smoke-test sign-in, sign-out and password reset on the new version.",
                "Pass when the 5xx rate stays under 1% and p95 latency under 400 ms for 15 minutes" + (flag is null ? "." : $", with {flag} on and with {flag} off."),
            ],
            [
                flag is null ? "Redeploy the previous image tag with deploy/rollback.sh." : $"First turn {flag} off; if errors persist, redeploy the previous image tag with deploy/rollback.sh.",
                "Roll back now if the 5xx rate exceeds 2% for 5 minutes or sign-in failures spike.",
                "Keep the previous image tag and the pre-deployment database snapshot until the release is accepted.",
                "Apply the down-migration db/migrations/down.sql if the schema change must be reverted.",
            ],
            [
                "Before: the release manager confirms approvals and the on-call engineer acknowledges the plan.",
                "During: ops/SRE watch the service dashboard; the developer who owns the change stays available.",
                "After: product confirms the fix, and the team updates the runbook" + (flag is null ? "." : $" and schedules removing {flag}."),
            ],
            ReleaseKind.Normal,
            [RiskArea.Auth],
            new PlannerInfo(PlannerInfo.Model, PlanningServices.ModelId, 1, null));
    }

    /// <summary>The plan's sections as the JSON object the prompt asks the model for.</summary>
    public static string AsModelJson(DeploymentPlan plan) => PlanBodyJson.Serialize(plan, PlanJson.Indented);

    private static string[] Summary(string environment, string? window, string? flag) =>
    [
        $"This release ships the Safari login redirect fix and a session cookie library bump to {environment}.",
        "The main risk area is authentication, because session handling changes.",
        "It is a normal release with a standard rolling deployment.",
        window is null ? "No maintenance window is set, so it deploys during business hours." : $"All steps fit inside the maintenance window {window}.",
        flag is null ? "No feature flag guards the change." : $"The flag {flag} guards the change and ramps gradually.",
    ];

    private static string[] Checks(bool production) => production
        ? [
            "CI is green on the release commit, including the authentication suite.",
            "The change has two approvals, including the service owner's approval.",
            "Session and cookie secrets are present in the production secret store.",
            "A database backup snapshot is taken and verified before starting.",
            "The on-call engineer is told before starting and acknowledges the plan.",
        ]
        : [
            "CI is green on the release commit, including the authentication suite.",
            "Session and cookie secrets are present in the staging secret store.",
            "A database backup snapshot is taken before starting.",
            "The team channel is told before starting.",
        ];

    private static PlanStep[] Steps(string? flag) =>
    [
        new("Build and push the release image from the tagged commit.", ".ci/release.yml", StepMode.Automated),
        new("Roll out the new image with a rolling update.", "deploy/k8s/deployment.yaml", StepMode.Automated),
        flag is null
            ? new PlanStep("Watch the rollout until all pods are ready.", null, StepMode.Manual)
            : new PlanStep($"Enable {flag} for 1% of traffic, hold 15 minutes, then 10%, 50% and 100%.", "config/flags.yaml", StepMode.Manual, $"enable {flag} for 1% → 10% → 50% → 100%"),
    ];
}
