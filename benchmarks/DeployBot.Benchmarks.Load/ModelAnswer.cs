using DeployBot.Benchmarks.Load.Driving;
using DeployBot.Core.Requests;
using DeployBot.Testing.Model;

namespace DeployBot.Benchmarks.Load;

/// <summary>The fake model's one valid answer for every command <see cref="SignedCommands"/> sends.</summary>
internal static class ModelAnswer
{
    public const string ModelId = "fake-load-model";

    public static string ValidPlanJson() =>
        ValidModelPlans.ForProduction(new DeploymentRequest(SignedCommands.Notes(1), SignedCommands.Environment, SignedCommands.Window, SignedCommands.Flag));
}
