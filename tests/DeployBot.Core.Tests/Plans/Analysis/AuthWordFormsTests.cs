using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Auth words without a qualifier (the sixteenth session): a token alone is a credential ("users and tokens will need to
/// be recreated", "the transport token is sent in a header"), unless it is a token of a grammar, a header's value, a page
/// or a model's budget. The authority an HTTP request is routed by is its host, and a translated message about sign-in
/// is wording. Made-up items.
/// </summary>
public sealed class AuthWordFormsTests
{
    [Theory]
    [InlineData("- All existing dashboards, users and tokens will need to be recreated.")]
    [InlineData("- Allow the long-poll transport token to be sent in a header.")]
    [InlineData("- Fall back to the agent's Vault token when workload identity is unavailable.")]
    [InlineData("- Invalid tokens now get a 401 instead of a 500.")]
    [InlineData("- Tokens issued by the legacy parser service are revoked on upgrade.")]
    public void Analyze_ACredentialTokenWithoutQualifier_IsAuth(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));

    [Theory]
    [InlineData("- Treat '+' as a normal atom token when parsing responses.")]
    [InlineData("- A new setting omits the version token from the `Server` header field.")]
    [InlineData("- Return the next page token with every list response.")]
    [InlineData("- Raise the max tokens of the summary prompt to 2048.")]
    [InlineData("- `bufio.Scanner: token too long` errors when importing lists with long lines.")]
    [InlineData("- Fix `SyntaxError: Unexpected token` when the config file is empty.")]
    [InlineData("- Report an unexpected token at line 3 of the rules file.")]
    [InlineData("- Ingress authority routing now supports prefix matching.")]
    [InlineData("- Fix the translation of invalid authentication messages in Dutch.")]
    public void Analyze_ATokenOrAuthWordThatIsNoCredential_IsNotAuth(string item) =>
        Assert.False(ReleaseAnalyzer.Analyze(item).Has(RiskArea.Auth));
}
