using Microsoft.Extensions.Configuration.Json;

namespace DeployBot.Host.Operations;

/// <summary>Where configuration comes from and where the host listens by default (CONTRACT.md).</summary>
internal static class HostConfigurationExtensions
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Reads <c>appsettings.json</c> from beside the binaries as well as from the working directory (the repository root
    /// under <c>dotnet run</c>), keeps environment variables and the command line on top, and listens on
    /// <see cref="DefaultUrl"/> unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.
    /// </summary>
    public static WebApplicationBuilder UseRepositoryConfiguration(this WebApplicationBuilder builder)
    {
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(besideBinaries))
        {
            // Built completely before it is inserted: the configuration manager loads a source the moment it is added.
            var source = new JsonConfigurationSource { Path = besideBinaries, Optional = true, ReloadOnChange = false };
            source.ResolveFileProvider();
            builder.Configuration.Sources.Insert(0, source);
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
