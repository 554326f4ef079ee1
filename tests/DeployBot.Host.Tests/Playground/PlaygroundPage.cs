using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DeployBot.Host.Tests.Playground;

/// <summary>What a person does and sees on the Agents Playground's page (a Teams look-alike), in the page's own terms.</summary>
internal static class PlaygroundPage
{
    /// <summary>The compose box of the open chat or channel (a rich-text editor, so typed key by key like a person).</summary>
    public static async Task SendAsync(this IPage page, string text)
    {
        var composer = page.Locator("[data-lexical-editor=true][role=textbox]").Last;
        await composer.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await composer.PressAsync("Enter");
    }

    /// <summary>A chat or channel in the left-hand list, e.g. "Personal Chat" or the team's channel (named with its team).</summary>
    public static Task OpenAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Treeitem, new() { NameRegex = new Regex(@"(^|\s)" + Regex.Escape(name) + @"(\s|$)") }).First.ClickAsync();

    /// <summary>A text message in the open conversation (not its preview in the chat list, nor the log panel).</summary>
    public static ILocator Message(this IPage page, string text) =>
        page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = text });

    /// <summary>An Adaptive Card in the open conversation that shows this text.</summary>
    public static ILocator Card(this IPage page, string text) =>
        page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text });

    /// <summary>The parameter form card: the one with an Environment picker.</summary>
    public static ILocator FormCard(this IPage page) =>
        page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.GetByRole(AriaRole.Combobox, new() { Name = "Environment" }) });

    /// <summary>Opens a card's drop-down and picks the choice whose label starts with <paramref name="value"/>.</summary>
    public static async Task ChooseAsync(this ILocator card, string label, string value)
    {
        await card.GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await card.Page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^" + Regex.Escape(value) + @"\b") }).ClickAsync();
    }

    /// <summary>A unique marker so each test finds its own messages.</summary>
    public static string Marker() => Guid.NewGuid().ToString("N")[..8];
}
