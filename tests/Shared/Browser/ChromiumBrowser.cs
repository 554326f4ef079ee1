using Microsoft.Playwright;

namespace DeployBot.Testing.Browser;

/// <summary>
/// Debian's Chromium, driven headless by Playwright's own driver (shipped inside the NuGet package; no browser download).
/// Without Chromium the browser tests skip with the reason, except in CI, where they must run.
/// Shared source: compiled into each test project that drives a browser (they reference Microsoft.Playwright themselves,
/// so the projects that do not drive one do not carry Playwright's driver).
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright? _playwright;

    private ChromiumBrowser(IPlaywright? playwright, IBrowser? browser, string? skipReason)
    {
        _playwright = playwright;
        Browser = browser;
        SkipReason = skipReason;
    }

    public IBrowser? Browser { get; }

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public string? SkipReason { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("DEPLOYBOT_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            var reason = $"Chromium is not installed at {path} (apt-get install chromium, or set DEPLOYBOT_CHROMIUM).";
            return Environment.GetEnvironmentVariable("CI") == "true"
                ? throw new InvalidOperationException(reason + " CI must run the browser tests.")
                : new ChromiumBrowser(null, null, reason);
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Arguments,
        });
        return new ChromiumBrowser(playwright, browser, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
