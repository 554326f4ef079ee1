using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

internal static partial class RiskPatterns
{
    /// <summary>
    /// <paramref name="text"/> without the qualified code names whose last word is one of auth's ambiguous words: in
    /// <c>stripe.issuing.Authorization</c>, <c>Checkout.Session</c> or <c>Rack::Auth::AbstractRequest</c> it names a class or
    /// resource of a library's API (a card payment's hold, a checkout), not sign-in or access control. Words with one sense
    /// keep it inside a code name (<c>Guardian.Permissions</c> is still about permissions).
    /// </summary>
    internal static string WithoutTypeMembers(string text) => TypeMember().Replace(text, " ");

    [GeneratedRegex(@"(?<=\w(?:\.|::))(?-i:Authoriz\w*|Auth|Session)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex TypeMember();

    /// <summary>
    /// <paramref name="text"/> without the ticket it opens with ("#2095 Remove unused header support", "19636: Disable the
    /// delete API", "WEB-1204 Bump eslint"): a reference says where the change was tracked, and the item's own first word
    /// (a removal, a fix) follows it.
    /// </summary>
    internal static string WithoutLeadingTicket(string text) => LeadingTicket().Replace(text, string.Empty);

    [GeneratedRegex(@"^\s*(?:#\d+|\d{3,}:|(?-i:[A-Z][A-Z0-9]+-\d+):?)\s+(?=\w)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex LeadingTicket();
}
