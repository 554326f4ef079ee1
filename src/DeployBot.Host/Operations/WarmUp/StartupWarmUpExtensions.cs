namespace DeployBot.Host.Operations.WarmUp;

/// <summary>The start-up warm-up: every project's <see cref="DeployBot.Core.Health.IStartupWarmUp"/> run before the host listens.</summary>
internal static class StartupWarmUpExtensions
{
    /// <summary>Call last: hosted services start in the order they were added, so storage is migrated before this runs.</summary>
    /// <example><code>builder.AddDeployBotCore().AddDeployBotStorage().AddSlackChannel().AddStartupWarmUp();</code></example>
    public static IHostApplicationBuilder AddStartupWarmUp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<StartupWarmUp>();
        return builder;
    }
}
