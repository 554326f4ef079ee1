using DeployBot.Testing.Browser;
using Microsoft.Playwright;

namespace DeployBot.WebConsole.Tests.Browser;

/// <summary>One host and one Chromium for every browser test (a cold start of each costs seconds on a 2-core machine).</summary>
public sealed class ConsoleBrowserFixture : IAsyncLifetime
{
    private ChromiumBrowser? _chromium;
    private ConsoleHostApplication? _host;

    internal Uri BaseAddress => _host?.BaseAddress ?? new Uri("http://127.0.0.1/");

    internal string? SkipReason => _chromium?.SkipReason;

    public async ValueTask InitializeAsync()
    {
        _chromium = await ChromiumBrowser.LaunchAsync();
        if (_chromium.SkipReason is not null)
        {
            return;
        }

        _host = new ConsoleHostApplication();
        _host.Start();
    }

    /// <summary>A fresh page (own cookies and storage) at the whole host's console, at the given viewport size.</summary>
    internal Task<IPage> OpenConsoleAsync(int width = 1280, int height = 900) => OpenConsoleAtAsync(BaseAddress, width, height);

    /// <summary>A fresh page at a console served by <paramref name="baseAddress"/> (e.g. a console-only test server).</summary>
    internal async Task<IPage> OpenConsoleAtAsync(Uri baseAddress, int width = 1280, int height = 900)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var context = await _chromium!.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("Live");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        _host?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleBrowserCollection : ICollectionFixture<ConsoleBrowserFixture>
{
    public const string Name = "Console in a browser";
}
