namespace DeployBot.Core.Requests;

/// <summary>Writes a request back as slash-command text that <see cref="ArgumentParser.Parse"/> reads to the same request.</summary>
public static class ArgumentFormatter
{
    public static string Format(DeploymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Empty;
    }
}
