using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A library known from its ecosystem rather than its name: its notes speak of the package manager it ships through
/// ("the new nuget-package", a Maven coordinate, a gem), the platforms its consumers build on ("targets .NET 6",
/// "Dropped support for Ruby &lt; 3 and Rails &lt; 6.1", "requires Erlang/OTP 25+", "minimum rust version") and its API
/// (qualified names such as <c>Foo.Bar</c>, <c>foo::bar</c>, <c>Mod.fun/2</c>; methods, classes, annotations, builders).
/// </summary>
/// <remarks>
/// No single word decides: an application's notes also say "requires Ruby 3.3" or "built with Go 1.22" of its own build.
/// Each family of signals counts once, and what a deployed service's notes say (an image, a chart, a server or instance
/// to upgrade, a migration the operator runs, its web UI, its ports or config file) counts against.
/// </remarks>
internal sealed partial record PackagedRelease
{
    /// <summary>The score from which the notes are a library's: two families or more, net of what a service's notes say.</summary>
    private const int LibraryThreshold = 3;

    /// <summary>Whether the notes read as a library's by their ecosystem (<see cref="EcosystemScore"/>).</summary>
    private static bool SpeaksAsLibrary(string notes) => EcosystemScore(notes) >= LibraryThreshold;

    /// <summary>The library signals of the notes, each family once, less the service signals.</summary>
    internal static int EcosystemScore(string notes)
    {
        var score = 0;
        score += Registry().IsMatch(notes) ? 2 : 0;
        score += TargetFramework().IsMatch(notes) ? 2 : 0;
        score += (FrameworkRange().IsMatch(notes) ? 2 : 0) + (RuntimeFloor().IsMatch(notes) ? 1 : 0);
        score += Math.Min(2, ApiNames(notes));
        score += ApiWords().IsMatch(notes) ? 1 : 0;
        score += LibraryWords().IsMatch(notes) ? 1 : 0;
        score += CodeSample().IsMatch(notes) ? 1 : 0;
        score += ApiSurfaceScore(notes);
        score -= ServiceWords().Matches(notes).Select(Family).Distinct().Sum(family => family is "port" or "config" ? 1 : 2);
        return score;
    }

    /// <summary>Distinct qualified API names in code spans: 0, 1, or 2 for three or more.</summary>
    private static int ApiNames(string notes)
    {
        var names = QualifiedName().Matches(notes).Concat(MemberChain().Matches(notes)).Select(match => match.Value).Distinct(StringComparer.Ordinal).Count();
        return names >= 3 ? 2 : names >= 1 ? 1 : 0;
    }

    private static string Family(Match match) =>
        match.Groups.Values.Skip(1).FirstOrDefault(group => group.Success)?.Name ?? match.Value;

    /// <summary>A package manager or registry the release ships through: "nuget-package", NuGet, a gem, Hex, a crate, a Maven coordinate, Gradle, PyPI.</summary>
    [GeneratedRegex(@"\bnuget(?:-package|\s+packages?)?\b|\bstrong-named\s+package\b|\b(?:core|DI)\s+package\b|\bGemfile\b|\brubygems\b|\bgem\s+['""`][a-z]|\bhex\.pm\b|\bHex\s+package\b|\bmix\.exs\b|\bcrates?\.io\b|\bCargo\.toml\b|\bMaven\b|\bGradle\b|\b(?:new|Maven|artifact)\s+coordinates?\b|^\|\s*Coordinate\b|\bPyPI\b|\bpip\s+install\b|\brequirements\.txt\b|\bpyproject\.toml\b|\bnpm\s+package\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Registry();

    /// <summary>The frameworks its consumers build against: "targets .NET 6", "netstandard2.0", ".NetStandard 2.0 tfm", "net8.0".</summary>
    [GeneratedRegex(@"\btargets?\s+\.NET\s*(?:Core\s*|Framework\s*)?\d|\.?\bnet\s*standard\s*\d|\btfms?\b|\bnet\d\.\d\b|\bnet4\d+\b|\.NET\s*(?:Framework\s*)?\d(?:\.\d)?\s+(?:support|target)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TargetFramework();

    /// <summary>A range of a web framework its consumers run ("support for Rails &lt; 7.2", "Django &gt;= 4.2"): an application is built on one version, a library supports several.</summary>
    [GeneratedRegex(@"\b(?:Rails|Django|Flask|Phoenix|Laravel|Symfony|Spring\s+Boot|ASP\.NET\s+Core|React|Vue)\s*(?:<=?|>=?|≥|≤)\s*\d", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FrameworkRange();

    /// <summary>
    /// A runtime floor said as a library says it: "Dropped support for Ruby &lt; 3", "requires Erlang/OTP 25+", "minimum
    /// (supported) rust version", MSRV, "to require Java 17", "Python 3.8 support dropped". One point only: an application says so too.
    /// </summary>
    [GeneratedRegex(@"\bsupport\s+for\s+(?:Ruby|Python|Node(?:\.js)?|PHP|Java|JDK|Elixir|Erlang(?:/OTP)?)\s*(?:<=?|>=?)\s*\d|\brequires?\s+Erlang/OTP\s*\d+\+?|\bminimum\s+(?:supported\s+)?rust\s+version\b|\bMSRV\b|\bto\s+require\s+(?:Java|JDK)\s*\d+|\b(?:Python|Ruby|PHP|Node(?:\.js)?)\s+\d+(?:\.\d+)?\s+support\s+(?:was\s+|is\s+|has\s+been\s+)?(?:dropped|removed)|\bJDK\s*\d+\+|\bJava\s+\d+\+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RuntimeFloor();

    /// <summary>
    /// A qualified name of an API in a code span: <c>Headers.toString()</c>, <c>axum::extract::Query</c>,
    /// <c>Postgrex.Notifications.listen/3</c>, <c>ResolutionContext.Options</c>, <c>@SqlPreflight</c>, an Elixir option
    /// <c>:ssl_opts</c>. Not a file name (<c>Chart.yaml</c>), a dotted setting (<c>log.level</c>, all lower case) or a version.
    /// </summary>
    [GeneratedRegex(@"`(?:[A-Z]\w*(?:\.[A-Za-z_]\w*)+(?<!\.(?:ya?ml|json|md|txt|xml|ini|conf|config|toml|cs|rb|py|js|ts|go|rs|java|kt|lock|props|csproj|sln|sh|html|env))(?:\(\)|/\d)?|\w+(?:::\w+)+(?:\.\w+)*(?:\([\w\s,&*]*\))?|[a-z_]\w*\.[a-z_]\w*\(\)|[a-z_]\w*/\d|@[A-Z]\w+|:[a-z_]+)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex QualifiedName();

    /// <summary>
    /// A member chain or generic in a code span: <c>context.CancellationToken.IsCancellationRequested</c>,
    /// <c>response.content.copyAndClose(…)</c>, <c>JobContext&lt;T&gt;</c>. Not a dotted setting (<c>log.level</c>: all lower
    /// case, no call), nor a type named by its package (<c>org.acme.plugins.Decorator</c>), which a plugin API of an application names too.
    /// </summary>
    [GeneratedRegex(@"`(?:[a-z_]\w*(?:\.[A-Za-z_]\w*)*\.[A-Z]\w*(?:(?:\.[A-Za-z_]\w*)+(?:\([^`]*\))?|\([^`]*\))|[a-z_]\w*(?:\.[a-z_]\w*){2,}\([^`]*\)|[A-Z]\w*<[A-Z]\w*(?:,\s*[A-Z]\w*)*>)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex MemberChain();

    /// <summary>Words only an API's changelog uses of its own surface: deprecated or removed methods, a language's API, builders, trait impls, extension methods, nullable annotations.</summary>
    [GeneratedRegex(@"\bmethods?\s+marked\b|\bdeprecated\s+methods?\b|\bremoved?\s+(?:the\s+)?methods?\b|`[\w.]+(?:\(\))?`\s+(?:method|function|trait|macro|struct|extension\s+method)\b|\b(?:public|Kotlin|Java|C#|Rust|Elixir|Ruby|Python|\.NET)\s+APIs?\b|\bthe\s+builder\b|`\w+`\s+builder\b|\bextension\s+methods?\b|\bimpl\b|\btype\s+converters?\b|\bC#\s+\d+|\bNullable[-\s](?:support|reference|annotations?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ApiWords();

    /// <summary>
    /// A fenced sample in a programming language ("```rust", "```java"): the notes show their users code to write against
    /// the release, as a library's do; a service's show config or shell (yaml, toml, sh), which do not count.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:```|~~~)\s*(?:rust|rs|java|kotlin|kt|scala|go|golang|python|py|ruby|rb|php|csharp|cs|c\#|fsharp|f\#|typescript|ts|tsx|javascript|js|jsx|swift|cpp|c\+\+|elixir|ex|exs|haskell|clojure|dart|zig|nim|ocaml)\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeSample();

    /// <summary>The notes call the project a helper or client library or an SDK ("**Library - Fix**", "Python Helper Library"), or address its users' apps ("your app will no longer work").</summary>
    [GeneratedRegex(@"\b(?:helper|client)\s+library\b|\*\*Library\s+-\s+\w+\*\*|\bSDK\b|\byour\s+(?:app|application|code)\s+(?:will|can|may|should|needs?|must)\b|\bport\s+your\s+app\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LibraryWords();

    /// <summary>
    /// What a deployed service's notes say, each family once: its image or chart, the server or instance to upgrade, a
    /// migration the operator runs, its web UI (two points each); its ports, its own config file (one point each).
    /// </summary>
    [GeneratedRegex(@"(?<image>\bdocker\s+(?:image|pull|run)\b|\bcontainer\s+image\b|\bdocker-compose\.ya?ml\b|\bDockerfile\b)|(?<cluster>\bhelm\s+(?:chart|upgrade|install)\b|\bkubectl\b)|(?<server>\bupgrad\w*\s+(?:your|the)\s+(?:server|instance|installation|cluster|nodes?)\b|\b(?:your|self-hosted)\s+(?:instance|installation|server)s?\b|\brestart\s+(?:the|your)\s+(?:server|service)\b)|(?<migration>\b(?:run|apply)\s+(?:the\s+)?(?:database\s+)?migrations?\b|\bdatabase\s+(?:upgrade|migration)\s+(?:is\s+)?required\b|\brequires?\s+a\s+database\s+(?:upgrade|migration)\b)|(?<ui>\b(?:admin|web)\s+(?:UI|interface|console|panel)\b|\bsettings\s+page\b)|(?<port>\bport\s+\d{2,5}\b|\blistens?\s+on\b)|(?<config>\b[\w-]+\.(?:ini|conf)\b|\bconfig(?:uration)?\s+file\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ServiceWords();
}
