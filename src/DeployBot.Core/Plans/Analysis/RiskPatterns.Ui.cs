using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

internal static partial class RiskPatterns
{
    /// <summary>
    /// <paramref name="text"/> without the screens it names when the item only changes how a screen looks or reads: "login
    /// page: show/hide password eye icon alignment", "refresh empty-state copy on the API keys page", "update help center link
    /// for webhooks docs", "fix typo in password reset email", "add missing tooltip on the container registry overview". Those are UI wording, not a
    /// change to sign-in, keys, an integration or the platform. An item that is not such a
    /// tweak ("the login page now uses OIDC", "add SSO login page") keeps every word.
    /// </summary>
    internal static string WithoutScreens(string text) =>
        UiTweak().IsMatch(text) ? (WordingTweak().IsMatch(text) ? Message().Replace(UiSurface().Replace(text, " "), " ") : UiSurface().Replace(text, " ")) : text;

    /// <summary>
    /// Only the words of a message change ("fix typo in password reset email"); a link or layout in an email may be how
    /// sign-in works ("Password reset email: the reset link now expires after 15 minutes"), so there the email stays.
    /// </summary>
    [GeneratedRegex(@"\b(?:copy|wording|reword\w*|rephras\w*|typos?|grammar|translations?|translated|i18n)\b", Options, TimeoutMs)]
    private static partial Regex WordingTweak();

    /// <summary>A message by the one or two words that name it ("password reset email", "welcome template").</summary>
    [GeneratedRegex(@"\b(?:[\w-]+\s+){1,2}?(?:e-?mails?|templates?)\b", Options, TimeoutMs)]
    private static partial Regex Message();

    /// <summary>What a cosmetic change is about: wording, typos, translations, icons, links, layout, accessibility.</summary>
    [GeneratedRegex("""
        \b(?:copy|wording|reword\w*|rephras\w*|typos?|alignment|aligned|icons?|tooltips?|footer|links?|layout|spacing|padding|colou?rs?|fonts?|styling|placeholders?
           |empty[\s-]states?|keyboard[\s-]accessible|accessibility|a11y|dark\s+mode|translations?|translated|i18n|grammar)\b
        """, Options, TimeoutMs)]
    private static partial Regex UiTweak();

    /// <summary>A screen or a page of documentation by the one or two words that name it ("API keys page", "webhooks docs").</summary>
    [GeneratedRegex(@"\b(?:[\w-]+\s+){1,2}?(?:page|pages|screen|overview|modal|dialog|icon|docs|documentation|tab|menu|button|banner|tooltip|messages?)\b", Options, TimeoutMs)]
    private static partial Regex UiSurface();
}
