using System.Net.Http.Json;
using System.Text.Json;
using DeployBot.WebConsole.Endpoints;

namespace DeployBot.WebConsole.Tests.Infrastructure;

/// <summary>Small helpers for calling the console's JSON endpoints as the page does.</summary>
internal static class ConsoleHttp
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, ConsoleJson.Options, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
