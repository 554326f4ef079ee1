namespace DeployBot.Testing.Fuzzing;

/// <summary>
/// Strings that break naive decoders: empty and blank, control and NUL characters, a lone surrogate, direction
/// overrides and zero-width characters, Slack's own escapes and mention syntax, quote marks of every kind, broken
/// percent-encoding, numbers-as-text at the edges, and huge values (100 KB of text, 10,000 emoji).
/// </summary>
public static class HostileText
{
    public static IReadOnlyList<string> All { get; } =
    [
        string.Empty,
        " ",
        "\u0000",
        "\u0001\u001f\u007f",
        "\r\n\t",
        "\uD800",
        "\uDC00x",
        "\u202Eevil\u202C",
        "\u200B\u200D\uFEFF",
        "e\u0301\u0301\u0301",
        "漢字テスト",
        "🚀🔥",
        "<!channel> <!here> <@U0ADMIN01> <#C0RELEASES1|releases>",
        "&lt;&gt;&amp;&quot;",
        "NOTES=\"",
        "“smart” ‘quotes’ „low“ ‚single‘ «guillemets»",
        "\\\"\\\\",
        "%",
        "%ZZ%G1%",
        "&&==&",
        "+",
        "a=b&c=d",
        "{\"json\":[1,2,{}]}",
        "[",
        "null",
        "true",
        "-0",
        "1e999",
        "99999999999999999999999999999999",
        "9007199254740993",
        "2147483648",
        "${jndi:ldap://127.0.0.1/x}",
        "'; DROP TABLE jobs; --",
        "<script>alert(1)</script>",
        "../../../../etc/passwd",
        new string('a', 100_000),
        string.Concat(Enumerable.Repeat("🚀", 10_000)),
        string.Concat(Enumerable.Repeat("NOTES=\"x\" ", 2_000)),
    ];
}
