using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DeployBot.Host.Operations.Validation;

/// <summary>
/// Turns what stops the host at start into one line per problem, each naming the configuration key: validation
/// failures of every options class (several classes failing at once arrive as an <see cref="AggregateException"/>),
/// data-annotation messages (rewritten to name <c>Section:Key</c>), and values the binder could not convert.
/// </summary>
internal static partial class StartupFailures
{
    /// <summary>The lines to print, or null when <paramref name="exception"/> is not a configuration problem.</summary>
    public static IReadOnlyList<string>? Describe(Exception exception) => exception switch
    {
        OptionsValidationException validation => Lines(validation),
        AggregateException aggregate when aggregate.InnerExceptions.All(inner => Describe(inner) is not null) =>
            [.. aggregate.InnerExceptions.SelectMany(inner => Describe(inner)!).Distinct(StringComparer.Ordinal)],
        InvalidOperationException conversion when ConversionFailure().Match(conversion.Message) is { Success: true } match =>
            [$"{match.Groups["key"].Value} could not be read as {FriendlyType(match.Groups["type"].Value)}; fix its value in appsettings.json or the environment variable {match.Groups["key"].Value.Replace(":", "__", StringComparison.Ordinal)}."],
        DeployBot.Storage.StorageInUseException inUse => [inUse.Message],
        System.Data.Common.DbException storage =>
            [$"storage is not reachable at start ({storage.Message.TrimEnd('.')}); check Storage:Provider and Storage:ConnectionString, and that the database is up."],
        _ => null,
    };

    private static string[] Lines(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        return [.. exception.Failures.SelectMany(failure => Rewrite(failure, section))];
    }

    /// <summary>"DataAnnotation validation failed for 'ModelOptions' members: 'MaxAttempts' with the error: '…'." → "Model:MaxAttempts: …".</summary>
    private static IEnumerable<string> Rewrite(string failure, string? section)
    {
        var annotation = AnnotationFailure().Match(failure);
        if (!annotation.Success || section is null)
        {
            yield return failure;
            yield break;
        }

        foreach (var member in annotation.Groups["members"].Value.Trim('\'').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return $"{section}:{member}: {annotation.Groups["error"].Value}";
        }
    }

    private static string FriendlyType(string typeName)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number",
            _ => $"a {type?.Name ?? typeName}",
        };
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: (?<members>'.*?') with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex AnnotationFailure();

    [GeneratedRegex(@"Failed to convert configuration value(?: '[^']*')? at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
