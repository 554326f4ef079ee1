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

    private ChromiumBrowser? _chromium;
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
        _chromium = reason is null ? await ChromiumBrowser.LaunchAsync() : null;
        SkipReason = reason ?? _chromium?.SkipReason;
        if (SkipReason is not null)
        {
            return;
        }

        _host = await DeployBotProcess.StartAsync("agents-playground", new Dictionary<string, string?>
        {
            ["Teams:EmulatorMode"] = "true",
            [$"Environments:{Environment}:ReleaseChannel:Teams"] = ReleaseChannel.Id,
        }, ct);
        _playground = await AgentsPlaygroundProcess.StartAsync(install!, new Uri(_host.BaseAddress, "api/messages"), ct);
    }

    /// <summary>A fresh Playground page (a new conversation), with every request off this machine refused.</summary>
    internal async Task<IPage> OpenAsync()
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var context = await _chromium!.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1400 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        // The page asks a CDN for fonts and animations; offline (as in CI) those must fail at once, not wait on DNS.
        await context.RouteAsync(
            url => !url.StartsWith(_playground!.Page.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_playground!.Page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
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
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
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
