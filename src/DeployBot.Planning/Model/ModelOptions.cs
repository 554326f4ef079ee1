using System.ComponentModel.DataAnnotations;

namespace DeployBot.Planning.Model;

/// <summary>The <c>Model</c> section: which language model writes plans, and how patiently it is asked.</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Model";

    /// <summary><c>Offline</c> (default), <c>OpenAI</c>, <c>AzureOpenAI</c> or <c>OpenAICompatible</c>.</summary>
    public string Provider { get; set; } = nameof(ModelProvider.Offline);

    /// <summary>The API base; for OpenAI-compatible servers the URL that ends in <c>/v1</c>.</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The model id (for Azure OpenAI: the deployment name).</summary>
    public string? ModelId { get; set; }

    [Range(0.1, 600)]
    public double AttemptTimeoutSeconds { get; set; } = ModelDefaults.AttemptTimeoutSeconds;

    [Range(1, 10)]
    public int MaxAttempts { get; set; } = ModelDefaults.MaxAttempts;

    /// <summary>The whole budget for one plan, attempts and waits included; past it the offline planner writes the plan.</summary>
    [Range(0.1, 1800)]
    public double TotalTimeoutSeconds { get; set; } = ModelDefaults.TotalTimeoutSeconds;

    /// <summary>The first retry's base delay; later ones grow exponentially, with jitter.</summary>
    [Range(0, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = ModelDefaults.RetryBaseDelayMilliseconds;

    /// <summary>Failed plan requests within the sampling window before the circuit opens (at least 2).</summary>
    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = ModelDefaults.CircuitBreakerMinimumThroughput;

    /// <summary>How long the circuit stays open: plans are written offline at once meanwhile.</summary>
    [Range(0.5, 3600)]
    public double CircuitBreakDurationSeconds { get; set; } = ModelDefaults.CircuitBreakDurationSeconds;

    /// <summary>Attempts for a thread question (fewer than for a plan: someone is waiting in the thread).</summary>
    [Range(1, 10)]
    public int AssistantMaxAttempts { get; set; } = ModelDefaults.AssistantMaxAttempts;

    /// <summary>Ask for <c>response_format: json_object</c>; turn off for servers that reject it.</summary>
    public bool JsonMode { get; set; } = true;

    internal ModelProvider ProviderKind =>
        Enum.GetValues<ModelProvider>().FirstOrDefault(
            kind => kind != ModelProvider.Unknown && kind.ToString().Equals(Provider?.Trim(), StringComparison.OrdinalIgnoreCase));

    internal bool UsesModel => ProviderKind is not (ModelProvider.Offline or ModelProvider.Unknown);
}

/// <summary>Where plans come from.</summary>
public enum ModelProvider
{
    Unknown,
    Offline,
    OpenAI,
    AzureOpenAI,
    OpenAICompatible,
}

/// <summary>The defaults of <see cref="ModelOptions"/>.</summary>
internal static class ModelDefaults
{
    public const double AttemptTimeoutSeconds = 30;
    public const int MaxAttempts = 3;
    public const double TotalTimeoutSeconds = 90;
    public const int RetryBaseDelayMilliseconds = 1000;
    public const int CircuitBreakerMinimumThroughput = 3;
    public const double CircuitBreakDurationSeconds = 30;
    public const int AssistantMaxAttempts = 2;
}
