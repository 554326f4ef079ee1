using DeployBot.Core.Requests;
using DeployBot.Testing.Model;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>The fake model's one valid answer for every request <see cref="SlashCommands"/> sends.</summary>
internal static class ModelAnswers
{
    public const string ModelId = "fake-reliability-model";

    public static string ValidPlanJson() =>
        ValidModelPlans.ForProduction(new DeploymentRequest(SlashCommands.Notes(1), "production", SlashCommands.Window, SlashCommands.Flag));
}
