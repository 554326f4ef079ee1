using System.Net.Http;

namespace DeployBot.Host.Cli;

/// <summary>
/// The <c>healthcheck</c> verb: GET <c>/healthz</c> on the local host and exit 0 when it answers 200, 1 otherwise.
/// The container's HEALTHCHECK runs it, because the ASP.NET runtime image has no curl.
/// </summary>
internal static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] arguments, TextWriter error)
    {
        var url = arguments.Length > 0 ? arguments[0] : "http://127.0.0.1:3978/healthz";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"healthcheck: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await error.WriteLineAsync($"healthcheck: {url} did not answer ({exception.Message})");
            return 1;
        }
    }
}
