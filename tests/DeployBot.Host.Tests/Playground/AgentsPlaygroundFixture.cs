using System.Text.Json.Nodes;
using DeployBot.Host.Tests.Infra;
using DeployBot.Testing.Browser;
using DeployBot.Testing.Processes;
using Microsoft.Playwright;

namespace DeployBot.Host.Tests.Playground;

/// <summary>
/// The real host in Teams emulator mode (an OS process, SQLite, offline planner), Microsoft 365 Agents Playground
/// pointed at its <c>/api/messages</c>, and Debian's Chromium for the Playground's page. The release channel of
/// <see cref="Environment"/> is the one channel the Playground's config file gives its team.
/// </summary>
public sealed class AgentsPlaygroundFixture : IAsyncLifetime
{
    /// <summary>The environment whose plans go to the Playground's team channel.</summary>
    public const string Environment = "staging";

    private Task<ChromiumBrowser>? _chromium;
    private IBrowserContext? _context;
    private DeployBotProcess? _host;
    private AgentsPlaygroundProcess? _playground;

    internal string? SkipReason { get; private set; }

    /// <summary>The Playground's team channel (id and display name), read from its config file.</summary>
    internal (string Id, string Name) ReleaseChannel { get; } = ReadChannel();

    /// <summary>The person typing in the Playground (its config's <c>currentUser</c>).</summary>
    internal string CurrentUser { get; } = (string)Config()["currentUser"]!["name"]!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var (install, reason) = AgentsPlaygroundInstall.Find();
        if (reason is not null)
        {
            SkipReason = reason;
            return;
        }

        // Chromium starts while the host and then the Playground do: each takes seconds on a loaded 2-core machine.
        _chromium = ChromiumBrowser.LaunchAsync();
        _host = await DeployBotProcess.StartAsync("agents-playground", new Dictionary<string, string?>
        {
            ["Teams:EmulatorMode"] = "true",
            [$"Environments:{Environment}:ReleaseChannel:Teams"] = ReleaseChannel.Id,
        }, ct);
        _playground = await AgentsPlaygroundProcess.StartAsync(install!, new Uri(_host.BaseAddress, "api/messages"), ct);
        var chromium = await _chromium;
        SkipReason = chromium.SkipReason;
        if (SkipReason is null)
        {
            _context = await NewContextAsync(chromium.Browser!, _playground.Page);
        }
    }

    /// <summary>
    /// A fresh Playground page: a new conversation (the Playground starts one per page load). The pages share one
    /// browser context, so the second load of the Playground's large script comes from the cache.
    /// </summary>
    internal async Task<IPage> OpenAsync()
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var page = await _context!.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        await page.GotoAsync(_playground!.Page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri playground)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1400 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        // The page asks a CDN for fonts and animations; offline (as in CI) those must fail at once, not wait on DNS.
        var local = playground.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(url => !url.StartsWith(local, StringComparison.Ordinal), route => route.AbortAsync());
        return context;
    }

    /// <summary>What the host and the Playground said, and a picture of the page: for a failing test's message.</summary>
    internal async Task<string> DescribeAsync(IPage page, string name)
    {
        var picture = Path.Combine(AppContext.BaseDirectory, "screenshots", $"playground-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(picture)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = picture, FullPage = true });
        return $"Screenshot: {picture}{System.Environment.NewLine}{_playground?.Describe()}{System.Environment.NewLine}Host output:{System.Environment.NewLine}{_host?.Output.Tail(60)}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_chromium is not null)
        {
            // Also when the host or the Playground failed to start while Chromium was launching: wait, then close it.
            try
            {
                await (await _chromium).DisposeAsync();
            }
            catch (Exception launch) when (launch is InvalidOperationException or PlaywrightException)
            {
                // It never launched; InitializeAsync has already reported why.
            }
        }

        _playground?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static JsonNode Config() => RepositoryFiles.Documents($"{AgentsPlaygroundInstall.Folder}/{AgentsPlaygroundInstall.ConfigFileName}").Single();

    private static (string Id, string Name) ReadChannel()
    {
        var channel = Config()["team"]!["channels"]!.AsArray().Single()!;
        return ((string)channel["id"]!, (string)channel["name"]!);
    }
}
