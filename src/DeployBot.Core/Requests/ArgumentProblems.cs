namespace DeployBot.Core.Requests;

/// <summary>Writes problems as the one-line answers the CLI and chat replies give.</summary>
public static class ArgumentProblems
{
    /// <summary>"unknown key "TEAM": …; NOTES is 4,812 characters; the limit is 4,000" — newlines flattened.</summary>
    public static string ToOneLine(IEnumerable<ArgumentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return string.Join("; ", problems.Select(problem => Sentence(problem.Message)).Where(text => text.Length > 0));
    }

    /// <summary>Everything standing between a resolution and a request: "missing NOTES, ENVIRONMENT; unknown key …".</summary>
    public static string ToOneLine(RequestResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var parts = new List<string>();
        if (resolution.Missing.Count > 0)
        {
            parts.Add(MissingText(resolution));
        }

        var problems = ToOneLine(resolution.Problems);
        if (problems.Length > 0)
        {
            parts.Add(problems);
        }

        return string.Join("; ", parts);
    }

    private static string MissingText(RequestResolution resolution)
    {
        var names = string.Join(", ", resolution.Missing.Select(RequestSyntax.KeyName));
        var text = $"missing {names}";
        return resolution.Missing.Contains(RequestField.Window) && resolution.Environment is { } environment
            ? $"{text} ({environment.Name} requires a maintenance window)"
            : text;
    }

    private static string Sentence(string message)
    {
        var flat = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
        return flat.Length > 1 && char.IsUpper(flat[0]) && !char.IsUpper(flat[1])
            ? char.ToLowerInvariant(flat[0]) + flat[1..]
            : flat;
    }
}
