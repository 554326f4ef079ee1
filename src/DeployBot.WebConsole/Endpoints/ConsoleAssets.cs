using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>The page, its script and its style sheet: plain files embedded in this assembly, no build step.</summary>
internal static class ConsoleAssets
{
    private static readonly FrozenDictionary<string, (string ContentType, byte[] Content)> Files =
        new Dictionary<string, (string, byte[])>(StringComparer.Ordinal)
        {
            ["index.html"] = ("text/html; charset=utf-8", Load("index.html")),
            ["app.js"] = ("text/javascript; charset=utf-8", Load("app.js")),
            ["app.css"] = ("text/css; charset=utf-8", Load("app.css")),
            ["icon.svg"] = ("image/svg+xml", Load("icon.svg")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IResult Serve(string name, HttpContext http)
    {
        var (contentType, content) = Files[name];
        // Always revalidate: a rebuilt host must never run an old script against new endpoints.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(content, contentType);
    }

    private static byte[] Load(string name)
    {
        var resource = $"DeployBot.WebConsole.Assets.{name}";
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console asset {resource} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
