using Microsoft.Playwright;

namespace DeployBot.WebConsole.Tests.Browser;

/// <summary>What a person does and sees on the console page, in the page's own terms.</summary>
internal static class ConsolePage
{
    /// <summary>Types in the composer and presses Enter, as a person would.</summary>
    public static async Task SendAsync(this IPage page, string text)
    {
        var composer = page.GetByLabel("Message #releases");
        await composer.FillAsync(text);
        await composer.PressAsync("Enter");
    }

    /// <summary>The plan message in the channel whose context block carries these notes.</summary>
    public static ILocator ChannelPlan(this IPage page, string notes) =>
        page.Locator("#messages article[data-kind=plan]").Filter(new LocatorFilterOptions { HasText = notes });

    public static ILocator Thread(this IPage page) => page.Locator("#thread");

    /// <summary>A unique marker so each test finds its own messages in the shared channel.</summary>
    public static string Marker() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Saves a picture to the test output, and to <c>DEPLOYBOT_SCREENSHOT_DIR</c> when set (docs/images for the README).</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string fileName, bool copyToDocs = true)
    {
        var paths = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots", fileName) };
        if (copyToDocs && Environment.GetEnvironmentVariable("DEPLOYBOT_SCREENSHOT_DIR") is { Length: > 0 } directory)
        {
            paths.Add(Path.Combine(directory, fileName));
        }

        foreach (var path in paths)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }
    }
}
