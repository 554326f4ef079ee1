using System.Text;
using DeployBot.Slack.Security;
using DeployBot.Slack.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Slack.Tests.Security;

public sealed class SlackSignatureVerifierTests
{
    private const string DocsSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocsTimestamp = "1531420618";
    private const string DocsSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string GoSecret = "e6b19c573432dcc6b075501d51b51bb8";
    private const string GoTimestamp = "1531431954";
    private const string GoSignature = "v0=adada4ed31709aef585c2580ca3267678c6a8eaeb7e0c1aca3ee57b656886b2c";

    [Fact]
    public void Verify_SlackDocumentedExample_ReturnsTrue()
    {
        var sut = CreateSut(DocsSecret, at: 1531420618);

        var valid = sut.Verify(DocsTimestamp, DocsSignature, Payloads.Bytes("slash-command-docs-example.txt"));

        Assert.True(valid);
    }

    [Fact]
    public void Verify_SlackGoJsonVector_ReturnsTrue()
    {
        var sut = CreateSut(GoSecret, at: 1531431954);

        Assert.True(sut.Verify(GoTimestamp, GoSignature, Payloads.Bytes("event-callback-slack-go.json")));
    }

    [Fact]
    public void Verify_SlackGoJsonVectorWithWrongSecret_ReturnsFalse()
    {
        var sut = CreateSut("e6b19c573432dcc6b075501d51b51boo", at: 1531431954);

        Assert.False(sut.Verify(GoTimestamp, GoSignature, Payloads.Bytes("event-callback-slack-go.json")));
    }

    [Fact]
    public void Verify_BodyChangedByOneByte_ReturnsFalse()
    {
        var sut = CreateSut(DocsSecret, at: 1531420618);
        var body = Payloads.Bytes("slash-command-docs-example.txt");
        body[^1] ^= 1;

        Assert.False(sut.Verify(DocsTimestamp, DocsSignature, body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampMoreThanFiveMinutesAway_ReturnsFalse(int offsetSeconds)
    {
        var sut = CreateSut(DocsSecret, at: 1531420618 + offsetSeconds);

        Assert.False(sut.Verify(DocsTimestamp, DocsSignature, Payloads.Bytes("slash-command-docs-example.txt")));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampWithinFiveMinutes_ReturnsTrue(int offsetSeconds)
    {
        var sut = CreateSut(DocsSecret, at: 1531420618 + offsetSeconds);

        Assert.True(sut.Verify(DocsTimestamp, DocsSignature, Payloads.Bytes("slash-command-docs-example.txt")));
    }

    [Theory]
    [InlineData(null, DocsSignature)]
    [InlineData(DocsTimestamp, null)]
    [InlineData("", DocsSignature)]
    [InlineData("1531420618.5", DocsSignature)]
    [InlineData(DocsTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(DocsTimestamp, "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(DocsTimestamp, "V0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    public void Verify_MissingOrMalformedHeaders_ReturnsFalse(string? timestamp, string? signature)
    {
        var sut = CreateSut(DocsSecret, at: 1531420618);

        Assert.False(sut.Verify(timestamp, signature, Payloads.Bytes("slash-command-docs-example.txt")));
    }

    [Fact]
    public void Verify_NoSigningSecretConfigured_ReturnsFalse()
    {
        var body = Encoding.UTF8.GetBytes("token=x");
        var signature = SlackSignatureVerifier.Compute(string.Empty, DocsTimestamp, body);
        var sut = CreateSut(secret: string.Empty, at: 1531420618);

        Assert.False(sut.Verify(DocsTimestamp, signature, body));
    }

    [Fact]
    public void Verify_TwoSecretsTakingTurnsOnOneThread_EachAcceptsOnlyItsOwnSignatures()
    {
        var docs = CreateSut(DocsSecret, at: 1531420618);
        var go = CreateSut(GoSecret, at: 1531420618);
        var body = Payloads.Bytes("slash-command-docs-example.txt");
        var goSignature = SlackSignatureVerifier.Compute(GoSecret, DocsTimestamp, body);

        var results = Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            docs.Verify(DocsTimestamp, DocsSignature, body), go.Verify(DocsTimestamp, goSignature, body),
            docs.Verify(DocsTimestamp, goSignature, body), go.Verify(DocsTimestamp, DocsSignature, body),
        }).ToArray();

        Assert.Equal([true, true, false, false, true, true, false, false, true, true, false, false], results);
    }

    private static SlackSignatureVerifier CreateSut(string secret, long at)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(at));
        return new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = secret, BotToken = "xoxb-test" }), time);
    }
}
