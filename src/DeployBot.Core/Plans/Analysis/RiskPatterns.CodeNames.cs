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
}
