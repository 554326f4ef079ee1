using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Requests;

namespace DeployBot.Planning.Tests.Support;

internal static class SampleInputs
{
    public static PlanningInput Staging(string notes = "Fix the login redirect loop on Safari; bump the session cookie library.", string? flag = null, string? window = null) =>
        new(new DeploymentRequest(notes, "staging", window, flag), new DeploymentEnvironment("staging", new EnvironmentOptions { Risk = RiskLevel.Medium }));

    public static PlanningInput Production(string notes, string? flag = null, string? window = "Sat 02:00-04:00 UTC") =>
        new(
            new DeploymentRequest(notes, "production", window, flag),
            new DeploymentEnvironment("production", new EnvironmentOptions { Risk = RiskLevel.High, RequireWindow = true, Aliases = ["prod"] }));
}
