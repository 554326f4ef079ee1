using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What a library's changelog says of its own surface that an application's does not, beyond the package manager and the
/// frameworks (<see cref="EcosystemScore"/>): the types its users program against named in prose (<c>HttpClientCall</c>,
/// <c>ISendEndpointProvider</c>, <c>JobContext&lt;T&gt;</c>, <c>io.ktor.util.cio.FileChannelsKt#writeChannel</c>), the
/// exception types its calls throw, a type's shape ("should be an object, not a class") or its API docs (KDoc, Javadoc,
/// typings), the platforms its users build for (Android, iOS, JS browser, Native AOT), "your applications" that use it,
/// and a client or driver of its own it now depends on ("The RabbitMQ client v7 is now used").
/// </summary>
/// <remarks>
/// Each family counts one point and none decides alone: an application's changelog may name a class or an exception too.
/// Only the sum with the other families, net of what a service's notes say (its image, UI, ports, config file), makes the
/// notes a library's.
/// </remarks>
internal sealed partial record PackagedRelease
{
    /// <summary>Distinct type-shaped names from which the notes name an API's types rather than one class in passing.</summary>
    private const int TypeNamesFromWhichAnApi = 4;

    /// <summary>The points of the API-surface families, one each.</summary>
    private static int ApiSurfaceScore(string notes)
    {
        var score = 0;
        score += Distinct(TypeName(), notes) >= TypeNamesFromWhichAnApi ? 1 : 0;
        score += Distinct(ExceptionType(), notes) >= 2 ? 1 : 0;
        score += TypeShape().IsMatch(notes) ? 1 : 0;
        score += Distinct(BuildPlatform(), notes) >= 2 ? 1 : 0;
        score += UsersCode().IsMatch(notes) ? 1 : 0;
        score += OwnDependency().IsMatch(notes) ? 1 : 0;
        return score;
    }

    private static int Distinct(Regex pattern, string notes) =>
        pattern.Matches(notes).Select(match => match.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// A type-shaped name: CamelCase of three words or more (<c>ByteWriteChannel</c>), a .NET interface (<c>IPublishEndpoint</c>),
    /// a generic (<c>JobContext&lt;T&gt;</c>) or a JVM name with its package (<c>io.ktor.util.cio.FileChannelsKt#writeChannel</c>).
    /// </summary>
    [GeneratedRegex(@"(?<![\w./-])(?:(?:[A-Z][a-z0-9]+){3,}|I[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+|[A-Z]\w+<[A-Z]\w*>|[a-z]+(?:\.[a-z]+){2,}\.[A-Z]\w+(?:#\w+)?)(?![\w/-])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TypeName();

    /// <summary>An exception type its calls throw: <c>IllegalArgumentException</c>, <c>StackOverflowError</c>.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][a-z0-9]+){2,}(?:Exception|Error)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ExceptionType();

    /// <summary>A type's shape changed ("should be an object, not a class"), or the API docs its users read (KDoc, Javadoc, JSDoc, rustdoc, typings, type hints).</summary>
    [GeneratedRegex(@"\b(?:an?\s+)?(?:object|class|interface|enum|struct|trait)\b,?\s+(?:not|instead\s+of)\s+an?\s+(?:object|class|interface|enum|struct|trait)\b|\b(?:KDoc|Javadoc|JSDoc|rustdoc|typings|type\s+hints?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TypeShape();

    /// <summary>The platforms its users build for: a multiplatform library names several (Android, iOS, JS browser, Darwin, Native AOT).</summary>
    [GeneratedRegex(@"\b(?:JS\s+browser|Kotlin/(?:Native|JS|Wasm)|Native\s+AOT|JVM|Darwin|Android|iOS|watchOS|tvOS|Mac\s+Catalyst|MAUI|Blazor|Xamarin|React\s+Native)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BuildPlatform();

    /// <summary>"update any migrations in your applications", "consumers of this library", "how the community utilizes the framework".</summary>
    [GeneratedRegex(@"\b(?:in|of|from)\s+your\s+(?:applications|apps|services|projects|codebase)\b|\bconsumers?\s+of\s+(?:this|the)\s+(?:library|package|SDK|framework)\b|\b(?:utili[sz]es?|uses?)\s+the\s+(?:framework|library|SDK)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UsersCode();

    /// <summary>A client or driver it now depends on, which its users inherit: "The RabbitMQ client v7 is now used", "now uses the MongoDB 3.1 NuGet package".</summary>
    [GeneratedRegex(@"\b(?:client|driver)\s+v?\d+(?:\.\d+)*\s+is\s+now\s+(?:used|required)\b|\bnow\s+uses\s+the\s+[\w.-]+\s+v?\d+(?:\.\d+)*\s+(?:NuGet|npm|Maven|PyPI|Hex)?\s*(?:package|client|driver)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OwnDependency();
}
