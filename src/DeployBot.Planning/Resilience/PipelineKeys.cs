namespace DeployBot.Planning.Resilience;

/// <summary>Names of the Polly pipelines in the registry (<c>ResiliencePipelineProvider&lt;string&gt;</c>).</summary>
internal static class PipelineKeys
{
    /// <summary>Asking the model for a plan: attempts, repairs, time budget and circuit breaker.</summary>
    public const string PlanGeneration = "deploybot-plan-generation";

    /// <summary>Asking the model to answer a question in a plan's thread (fewer attempts).</summary>
    public const string ThreadAnswer = "deploybot-thread-answer";
}
