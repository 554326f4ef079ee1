using Microsoft.Extensions.Options;

namespace DeployBot.Host.Operations;

/// <summary>Runs the host; configuration that fails validation stops it with one clear line per problem, not a stack trace.</summary>
internal static class StartupExtensions
{
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                await Console.Error.WriteLineAsync($"DeployBot cannot start: {failure}");
            }

            return 1;
        }
    }
}
