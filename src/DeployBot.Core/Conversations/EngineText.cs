using DeployBot.Core.Environments;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Conversations;

/// <summary>The engine's wording for answers that are the same everywhere.</summary>
internal static class EngineText
{
    public const string Usage = "Usage: /deploy-plan NOTES=\"…\" ENVIRONMENT=… [WINDOW=\"…\"] [FLAG=…]";

    public const string FormExpired = "This form has expired; run /deploy-plan again.";

    public const string FixFields = "Please fix the fields marked below.";

    /// <summary>One message naming every problem, the usage, and the environments that exist.</summary>
    public static string Problems(IEnumerable<ArgumentProblem> problems, EnvironmentCatalog catalog)
    {
        var all = problems.ToArray();
        var lines = all.Select(problem => "• " + problem.Message).ToList();
        var intro = lines.Count == 1 ? "I couldn't use that request:" : $"I couldn't use that request ({lines.Count} problems):";

        // An environment problem already names the known environments.
        var environments = all.Any(problem => problem.Field == RequestField.Environment) ? [] : new[] { Environments(catalog) };
        return string.Join('\n', [intro, .. lines, Usage, .. environments]);
    }

    public static string Environments(EnvironmentCatalog catalog) =>
        catalog.All.Count == 0 ? "No environments are configured yet (Environments:<name> in appsettings.json)." : $"Environments: {catalog.Describe()}.";

    public static string Drafting(string environment, string where) => $"Drafting the {environment} plan — it will appear in {where}.";
}
